// Turns zod's verdict on a record's values into import issues: which field, what is wrong,
// and whether it is a range problem or a type problem, in words a consultant can act on.
import type { z } from 'zod';
import type { IssueCode } from '../../../shared/import-types';

export interface FieldIssue {
  field: string;
  problem: string;
  code: IssueCode;
}

export function zodIssues(schema: z.ZodType, values: Record<string, unknown>): FieldIssue[] {
  const r = schema.safeParse(values);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    const code: IssueCode =
      i.code === 'too_big' || i.code === 'too_small' ? 'out-of-range' : i.code === 'invalid_type' ? 'wrong-type' : 'invalid';
    return { field, problem: describe(i), code };
  });
}

function describe(i: z.core.$ZodIssue): string {
  if (i.code === 'too_big' || i.code === 'too_small') {
    const bound = Number(i.code === 'too_big' ? i.maximum : i.minimum);
    const inclusive = i.inclusive !== false;
    const big = i.code === 'too_big';
    if (i.origin === 'string') return big ? `longer than ${bound} characters` : bound <= 1 ? 'must not be blank' : `shorter than ${bound} characters`;
    return `out of range: must be ${big ? (inclusive ? 'at most' : 'below') : inclusive ? 'at least' : 'above'} ${bound}`;
  }
  if (i.code === 'invalid_type') return `wrong type: expected ${i.expected}`;
  return i.message;
}
