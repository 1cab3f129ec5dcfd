// Choices for the reference pickers (role, org unit, location, manager, skill, family,
// program). Searched on the host and capped, so picking a manager among 100,000 people sends
// only the few names that match what was typed.
import type { ListOptionsInput, Option, OptionKind, OptionList } from '../../../../shared/edit-types';
import type { z } from 'zod';
import type { ReadableDB } from '../../types';
import { getSettings } from '../engagement';
import { LIKE, likePattern } from './paging';

interface Source {
  sql: (pseudonymise: boolean) => string;
  searchable: string;
  order: string;
}

const sources: Record<OptionKind, Source> = {
  roles: { sql: () => `SELECT r.id AS value, r.title AS label, r.family AS hint FROM roles r`, searchable: 'r.title', order: 'r.title, r.id' },
  orgUnits: { sql: () => `SELECT u.id AS value, u.name AS label, u.cost_centre AS hint FROM org_units u`, searchable: 'u.name', order: 'u.name, u.id' },
  locations: { sql: () => `SELECT l.id AS value, l.name AS label, l.country AS hint FROM locations l`, searchable: 'l.name', order: 'l.name, l.id' },
  skills: { sql: () => `SELECT s.id AS value, s.name AS label, s.category AS hint FROM skills s`, searchable: 's.name', order: 's.name, s.id' },
  programs: { sql: () => `SELECT p.id AS value, p.name AS label, p.delivery AS hint FROM learning_programs p`, searchable: 'p.name', order: 'p.name, p.id' },
  families: { sql: () => `SELECT DISTINCT r.family AS value, r.family AS label FROM roles r`, searchable: 'r.family', order: 'r.family' },
  employees: {
    sql: (pseudo) =>
      `SELECT e.id AS value, ${pseudo ? 'e.ref' : 'coalesce(e.name, e.ref)'} AS label,
         ${pseudo ? 'r.title' : `e.ref || coalesce(' · ' || r.title, '')`} AS hint
       FROM employees e LEFT JOIN roles r ON r.id = e.role_id`,
    searchable: `e.ref LIKE @search ${LIKE} OR e.name`,
    order: 'label, e.id',
  },
};

const idColumn: Record<OptionKind, string> = { roles: 'r.id', orgUnits: 'u.id', locations: 'l.id', skills: 's.id', programs: 'p.id', families: 'r.family', employees: 'e.id' };

export function listOptions(db: ReadableDB, input: z.output<typeof ListOptionsInput>): OptionList {
  const src = sources[input.kind];
  const pseudo = getSettings(db).privacy.pseudonymise;
  const search = input.search?.trim();
  const where = search ? `WHERE (${src.searchable} LIKE @search ${LIKE})` : '';
  const rows = db
    .prepare(`${src.sql(pseudo)} ${where} ORDER BY ${src.order} LIMIT @limit`)
    .all({ search: likePattern(search), limit: input.limit + 1 }) as Option[];
  const more = rows.length > input.limit;
  const options = rows.slice(0, input.limit);
  const missing = (input.include ?? []).filter((id) => !options.some((o) => o.value === id));
  if (missing.length > 0) {
    const extra = db.prepare(`${src.sql(pseudo)} WHERE ${idColumn[input.kind]} IN (SELECT value FROM json_each(@ids))`).all({ ids: JSON.stringify(missing) }) as Option[];
    options.unshift(...extra);
  }
  return { options: options.map((o) => (o.hint === null || o.hint === undefined ? { value: o.value, label: o.label } : o)), more };
}
