// Occupation codes as the sources write them: O*NET-SOC (`15-1252.00`), SOC-6 (`15-1252`),
// in the SOC 2010 or SOC 2018 vintage, and the BLS crosswalk between the two vintages.
// Roles carry whatever code the client had, so matching has to accept every form.

const ONET_SOC = /^(\d{2}-\d{4})\.(\d{2})$/;
const SOC6 = /^(\d{2}-\d{4})$/;
/** Some sources write SOC codes without the dash (`151252`). */
const SOC6_NO_DASH = /^(\d{2})(\d{4})$/;

export interface ParsedCode {
  /** Six-digit SOC code `XX-XXXX`. */
  soc6: string;
  /** Full O*NET-SOC code when the input had the `.YY` suffix. */
  onetSoc: string | null;
}

/** Parses an O*NET-SOC or SOC-6 code; null for anything else (ISCO, free text). */
export function parseSocCode(input: string | null | undefined): ParsedCode | null {
  if (input == null) return null;
  const code = String(input).trim();
  let m = ONET_SOC.exec(code);
  if (m) return { soc6: m[1], onetSoc: code };
  m = SOC6.exec(code);
  if (m) return { soc6: m[1], onetSoc: null };
  m = SOC6_NO_DASH.exec(code);
  if (m) return { soc6: `${m[1]}-${m[2]}`, onetSoc: null };
  return null;
}

/** The O*NET-SOC code a role's code stands for: itself, or `XX-XXXX.00` for a SOC-6 code. */
export function toOnetSoc(input: string | null | undefined): string | null {
  const p = parseSocCode(input);
  if (!p) return null;
  return p.onetSoc ?? `${p.soc6}.00`;
}

export type SocVintage = 'soc2010' | 'soc2018';

/**
 * The SOC 2010 <-> SOC 2018 crosswalk. Rows are many-to-many: a 2010 code may split into
 * several 2018 codes (15-1132 -> 15-1252, 15-1253) and several 2010 codes may merge into one.
 */
export class Crosswalk {
  private readonly to2018 = new Map<string, string[]>();
  private readonly to2010 = new Map<string, string[]>();

  constructor(pairs: Iterable<{ soc2010: string; soc2018: string }>) {
    for (const { soc2010, soc2018 } of pairs) {
      addUnique(this.to2018, soc2010, soc2018);
      addUnique(this.to2010, soc2018, soc2010);
    }
  }

  get size(): number {
    return this.to2018.size;
  }

  /** Codes of the other vintage that `soc6` (read in vintage `from`) maps to. */
  translate(soc6: string, from: SocVintage): string[] {
    return (from === 'soc2010' ? this.to2018 : this.to2010).get(soc6) ?? [];
  }

  /** Whether `soc6` is a code of vintage `v` according to the crosswalk. */
  has(soc6: string, v: SocVintage): boolean {
    return (v === 'soc2010' ? this.to2018 : this.to2010).has(soc6);
  }
}

function addUnique(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
