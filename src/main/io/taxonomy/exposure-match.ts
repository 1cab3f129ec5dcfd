// Matching a role's occupation code to an exposure index, whatever form either side uses.
// In order, the first step that finds rows wins:
//   1. exact    the role's O*NET-SOC code is a row of an O*NET-SOC keyed index (Eloundou);
//   2. soc6     the role's six-digit SOC code is in the index. For an O*NET-SOC keyed index that
//               is the `XX-XXXX.00` row, or the mean of the detailed rows (`.01`, `.02` ...) when
//               the index has no `.00` row for that code;
//   3. crosswalk the role's code read in the other SOC vintage (a 2018 code against a SOC 2010
//               index such as Frey & Osborne, or a 2010 code against a 2018 index) and
//               translated with the BLS crosswalk. One code can map to several (15-1252 (2018)
//               <- 15-1132 and 15-1133 (2010)); the role then gets the unweighted mean of the
//               index values of every code reached, raw and normalised alike. The crosswalk carries
//               no employment weights, so a plain mean is the only defensible aggregate, and every
//               code used is listed in matched_code so the figure can be traced;
//   4. group    the index publishes a SOC group rather than the occupation (a code ending in 0:
//               Frey & Osborne's 15-1150 "Computer support specialists" or 29-1060 "Physicians and
//               surgeons"), and the role's code, or its crosswalk equivalent, falls in that group.
//               SOC detailed occupations never end in 0, so such a row can only be a group.
import type { MatchedRole } from '../../../shared/taxonomy-types';
import { parseSocCode, type Crosswalk, type SocVintage } from './codes';
import type { ExposureIndex, IndexRow } from './exposure-read';
import { roleCodeProblem, type CodedRole } from './roles';

export type MatchOutcome =
  | { ok: true; match: MatchedRole; rows: IndexRow[] }
  | { ok: false; reason: string };

export class IndexLookup {
  private readonly byCode = new Map<string, IndexRow>();
  private readonly bySoc6 = new Map<string, IndexRow[]>();
  /** Rows for SOC groups: the code without its trailing zeros is the prefix of its members. */
  private readonly groups: { prefix: string; row: IndexRow }[] = [];

  constructor(readonly index: ExposureIndex) {
    for (const r of index.rows) {
      this.byCode.set(r.code, r);
      const list = this.bySoc6.get(r.soc6);
      if (list) list.push(r);
      else this.bySoc6.set(r.soc6, [r]);
      if (r.onetSoc === null && r.soc6.endsWith('0')) this.groups.push({ prefix: r.soc6.replace(/0+$/, ''), row: r });
    }
  }

  /** The narrowest group row containing `code`, if the index has one. */
  group(code: string): IndexRow | undefined {
    let best: { prefix: string; row: IndexRow } | undefined;
    for (const g of this.groups) {
      if (code !== g.row.soc6 && code.startsWith(g.prefix) && (!best || g.prefix.length > best.prefix.length)) best = g;
    }
    return best?.row;
  }

  exact(onetSoc: string): IndexRow | undefined {
    return this.index.keyedBy === 'onet-soc' ? this.byCode.get(onetSoc) : undefined;
  }

  /** The rows standing for a six-digit code: its `.00` row when there is one, else all its rows. */
  soc6(code: string): IndexRow[] {
    const rows = this.bySoc6.get(code) ?? [];
    const base = rows.find((r) => r.onetSoc === `${code}.00`);
    return base ? [base] : rows;
  }
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const other = (v: SocVintage): SocVintage => (v === 'soc2010' ? 'soc2018' : 'soc2010');
const vintageName = (v: SocVintage) => (v === 'soc2010' ? 'SOC 2010' : 'SOC 2018');

export function matchRole(role: CodedRole, lookup: IndexLookup, crosswalk: Crosswalk | null): MatchOutcome {
  const problem = roleCodeProblem(role);
  if (problem) return { ok: false, reason: problem };
  const code = role.occupationCode!;
  const parsed = parseSocCode(code);
  if (!parsed) return { ok: false, reason: `"${code}" is not an O*NET-SOC or SOC code` };
  const found = (via: MatchedRole['via'], groups: IndexRow[][]): MatchOutcome => {
    // One value per code reached (a code's detailed rows are averaged first), then the mean.
    const values = groups.map((g) => mean(g.map((r) => r.value)));
    const raws = groups.map((g) => mean(g.map((r) => r.raw)));
    const rows = groups.flat();
    return {
      ok: true,
      rows,
      match: {
        roleId: role.roleId,
        title: role.title,
        occupationCode: code,
        matchedCodes: rows.map((r) => r.code),
        via,
        value: Math.min(1, Math.max(0, mean(values))),
        raw: mean(raws),
      },
    };
  };

  if (parsed.onetSoc) {
    const row = lookup.exact(parsed.onetSoc);
    if (row) return found('exact', [[row]]);
  }
  const direct = lookup.soc6(parsed.soc6);
  if (direct.length > 0) return found('soc6', [direct]);

  const vintage = lookup.index.vintage;
  const translated = crosswalk ? crosswalk.translate(parsed.soc6, other(vintage)) : [];
  const groups = translated.map((c) => lookup.soc6(c)).filter((g) => g.length > 0);
  if (groups.length > 0) return found('crosswalk', groups);
  const groupRows = [...new Set([parsed.soc6, ...translated].map((c) => lookup.group(c)).filter((r): r is IndexRow => r !== undefined))];
  if (groupRows.length > 0) return found('group', groupRows.map((r) => [r]));
  if (!crosswalk) {
    return { ok: false, reason: `no row for ${parsed.soc6} in the index (${vintageName(vintage)} codes); no crosswalk was given to translate it` };
  }
  return {
    ok: false,
    reason:
      translated.length === 0
        ? `no row for ${parsed.soc6} in the index (${vintageName(vintage)} codes), and the crosswalk has no ${vintageName(other(vintage))} code ${parsed.soc6}`
        : `no row for ${parsed.soc6} in the index, nor for its ${vintageName(vintage)} equivalent${translated.length > 1 ? 's' : ''} ${translated.join(', ')}`,
  };
}
