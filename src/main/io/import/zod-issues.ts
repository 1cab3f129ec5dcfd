// Turns zod's verdict on a record's values into import issues: which field, what is wrong,
// and whether it is a range problem or a type problem, in words a consultant can act on.
import type { z } from 'zod';
import type { IssueCode } from '../../../shared/import-types';

export interface FieldIssue {
  field: string;
  problem: string;
  code: IssueCode;
}

const shapes = new WeakMap<z.ZodType, Record<string, z.ZodType> | null>();

/**
 * Primitive values each field schema has already accepted. A file repeats most values (hire
 * dates, FTEs, birth years) and a date check alone costs a microsecond (regex, then a Date
 * round trip), so a repeat is answered from here. Sound because the import's schemas are pure
 * functions of the value (no context, no clock) and only passes are kept: a failing value is
 * always parsed again, so its issues are zod's own. Bounded per field, since ids never repeat.
 */
const passed = new WeakMap<z.ZodType, Set<string | number | boolean | null>>();
const MEMO_PER_FIELD = 20_000;

function fieldPasses(schema: z.ZodType, value: unknown): ReturnType<z.ZodType['safeParse']> | null {
  const memoable =
    value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !Object.is(value, -0));
  if (!memoable) return schema.safeParse(value);
  let seen = passed.get(schema);
  if (seen?.has(value)) return null;
  const r = schema.safeParse(value);
  if (r.success) {
    if (!seen) passed.set(schema, (seen = new Set()));
    if (seen.size < MEMO_PER_FIELD) seen.add(value);
  }
  return r;
}

/**
 * Checks `values` with the schema. An object schema is applied field by field, for the fields
 * present only: the same checks as parsing the object, at a third of the cost per row.
 */
export function zodIssues(schema: z.ZodType, values: Record<string, unknown>): FieldIssue[] {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    shape = 'shape' in schema && typeof schema.shape === 'object' ? (schema.shape as Record<string, z.ZodType>) : null;
    shapes.set(schema, shape);
  }
  if (!shape) return issuesOf(schema.safeParse(values), '');
  let out: FieldIssue[] | null = null;
  for (const field in values) {
    const fieldSchema = shape[field];
    if (!fieldSchema) continue;
    const r = fieldPasses(fieldSchema, values[field]);
    if (r && !r.success) (out ??= []).push(...issuesOf(r, field));
  }
  return out ?? NONE;
}

const NONE: FieldIssue[] = [];

function issuesOf(r: ReturnType<z.ZodType['safeParse']>, field: string): FieldIssue[] {
  if (r.success) return NONE;
  return r.error.issues.map((i) => {
    const code: IssueCode =
      i.code === 'too_big' || i.code === 'too_small' ? 'out-of-range' : i.code === 'invalid_type' ? 'wrong-type' : 'invalid';
    return { field: field || String(i.path[0] ?? ''), problem: describe(i), code };
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
