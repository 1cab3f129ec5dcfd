// Which column holds which field in a transitions or moves file, found from the headers the way
// a person would read them ("From role", "from_role", "Source role" are the same field), and the
// reference words: a destination of "exit" (or "leaver", "attrition", "retirement") means the
// person leaves the organisation.
import { AppError } from '../../../shared/result';

export interface FieldSpec {
  field: string;
  label: string;
  required: boolean;
  aliases: string[];
}

export const TRANSITION_FIELDS: FieldSpec[] = [
  { field: 'from', label: 'from role', required: true, aliases: ['from role', 'from', 'source role', 'role from', 'origin role', 'current role', 'role'] },
  { field: 'to', label: 'to role or exit', required: true, aliases: ['to role', 'to', 'destination role', 'role to', 'destination', 'next role', 'target role'] },
  { field: 'rate', label: 'annual rate', required: true, aliases: ['annual rate', 'rate', 'annual probability', 'probability', 'rate per year', 'yearly rate'] },
  { field: 'kind', label: 'kind', required: false, aliases: ['kind', 'type', 'exit kind', 'exit type', 'reason'] },
];

export const MOVE_FIELDS: FieldSpec[] = [
  { field: 'employee', label: 'employee', required: true, aliases: ['employee', 'employee id', 'employee ref', 'person', 'person id', 'staff id', 'id', 'ref'] },
  { field: 'from', label: 'from role', required: true, aliases: ['from role', 'from', 'source role', 'role from', 'previous role', 'old role'] },
  { field: 'to', label: 'to role or exit', required: true, aliases: ['to role', 'to', 'destination role', 'role to', 'new role', 'destination'] },
  { field: 'date', label: 'date', required: true, aliases: ['date', 'move date', 'effective date', 'event date', 'when'] },
  { field: 'kind', label: 'kind', required: false, aliases: ['kind', 'type', 'event', 'reason', 'exit kind'] },
];

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Field -> column index, by the first alias any header matches; names every missing required field. */
export function matchColumns(file: string, headers: string[], fields: FieldSpec[], kind: string): Map<string, number> {
  const normal = headers.map(norm);
  const out = new Map<string, number>();
  const taken = new Set<number>();
  for (const f of fields) {
    for (const alias of f.aliases) {
      const i = normal.findIndex((h, j) => h === alias && !taken.has(j));
      if (i >= 0) {
        out.set(f.field, i);
        taken.add(i);
        break;
      }
    }
  }
  const missing = fields.filter((f) => f.required && !out.has(f.field));
  if (missing.length > 0) {
    throw new AppError(
      'bad-file',
      `${file}: a ${kind} file needs the column${missing.length > 1 ? 's' : ''} ${missing.map((f) => `"${f.label}"`).join(', ')}; it has ${headers.map((h) => `"${h}"`).join(', ')}.`,
      { reason: 'missing-columns', missing: missing.map((f) => f.field), headers },
    );
  }
  return out;
}

const EXIT_WORDS: Record<string, 'attrition' | 'retirement'> = {
  exit: 'attrition',
  exits: 'attrition',
  leave: 'attrition',
  leaver: 'attrition',
  leavers: 'attrition',
  left: 'attrition',
  attrition: 'attrition',
  resignation: 'attrition',
  termination: 'attrition',
  retirement: 'retirement',
  retire: 'retirement',
  retired: 'retirement',
};

/** 'attrition' / 'retirement' when the text names an exit, else null. */
export function exitWord(text: string): 'attrition' | 'retirement' | null {
  const t = norm(text).replace(/^\(|\)$/g, '');
  return EXIT_WORDS[t] ?? null;
}
