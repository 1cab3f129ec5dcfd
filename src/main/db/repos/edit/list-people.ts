// The People table: employees windowed, filtered (unit, location, role, family, manager, a
// data-quality issue), searched and sorted on the host.
import type { Page } from '../../../../shared/api-types';
import type { PersonRow } from '../../../../shared/edit-read-models';
import type { PeopleFilters } from '../../../../shared/edit-types';
import type { ReadableDB } from '../../types';
import { getSettings } from '../engagement';
import { assessedCounts, coverage, managerLoopIds, salaryOutliers } from './derived';
import { cached, changeToken } from './change-token';
import { LIKE, addWhere, likePattern, pageOf, rowsInOrder, sortColumn, whereSql, windowOfOrdering, type WindowQuery } from './paging';

const SORTS = {
  ref: 'e.ref',
  name: 'e.name',
  role: 'r.title',
  orgUnit: 'u.name',
  location: 'l.name',
  manager: 'm.ref',
  fte: 'e.fte',
  salary: 'e.salary',
  hireDate: 'e.hire_date',
  assessedSkills: '',
};
/** What each cached ordering depends on (change-token.ts): its column, and the label it sorts by. */
const DEPENDS_ON: Record<keyof typeof SORTS, string[]> = {
  ref: ['employees:ref'],
  name: ['employees:name'],
  role: ['employees:role_id', 'roles:title'],
  orgUnit: ['employees:org_unit_id', 'org_units:name'],
  location: ['employees:location_id', 'locations:name'],
  manager: ['employees:manager_id', 'employees:ref'],
  fte: ['employees:fte'],
  salary: ['employees:salary'],
  hireDate: ['employees:hire_date'],
  assessedSkills: [],
};
const JOIN_OF: Partial<Record<keyof typeof SORTS, string>> = {
  role: 'LEFT JOIN roles r ON r.id = e.role_id',
  orgUnit: 'LEFT JOIN org_units u ON u.id = e.org_unit_id',
  location: 'LEFT JOIN locations l ON l.id = e.location_id',
  manager: 'LEFT JOIN employees m ON m.id = e.manager_id',
};

/** A person refers to a role, unit, location or manager that does not exist (foreign keys were off). */
export const DANGLING_PERSON_SQL = `(
  (e.role_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM roles x WHERE x.id = e.role_id)) OR
  (e.org_unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM org_units x WHERE x.id = e.org_unit_id)) OR
  (e.location_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM locations x WHERE x.id = e.location_id)) OR
  (e.manager_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM employees x WHERE x.id = e.manager_id)))`;

export const UNIT_MISMATCH_SQL = `EXISTS (SELECT 1 FROM roles x WHERE x.id = e.role_id AND x.org_unit_id IS NOT NULL AND e.org_unit_id IS NOT NULL AND x.org_unit_id <> e.org_unit_id)`;
export const FTE_OUTLIER_SQL = '(e.fte < 0.1 OR e.fte > 1.0)';

function issueCondition(db: ReadableDB, issue: PeopleFilters['issue'], params: Record<string, unknown>): string | null {
  const inIds = (ids: number[]) => {
    params.issueIds = JSON.stringify(ids);
    return 'e.id IN (SELECT value FROM json_each(@issueIds))';
  };
  switch (issue) {
    case undefined:
      return null;
    case 'no-role':
      return 'e.role_id IS NULL';
    case 'no-unit':
      return 'e.org_unit_id IS NULL';
    case 'no-location':
      return 'e.location_id IS NULL';
    case 'unit-mismatch':
      return UNIT_MISMATCH_SQL;
    case 'dangling-reference':
      return DANGLING_PERSON_SQL;
    case 'fte-outlier':
      return FTE_OUTLIER_SQL;
    case 'manager-loop':
      return inIds(managerLoopIds(db));
    case 'salary-outlier':
      return inIds(salaryOutliers(db).ids);
    case 'not-assessed':
      return inIds(coverage(db).peopleIds);
  }
}

/** The last filter's matches, kept while nothing changes: scrolling a search result re-reads none. */
const lastMembers = new WeakMap<object, { key: string; token: string; ids: number[] }>();

function membersOf(db: ReadableDB, where: string[], params: Record<string, unknown>): number[] {
  const key = JSON.stringify([where, params]);
  const token = changeToken(db);
  const hit = lastMembers.get(db);
  if (hit && hit.key === key && hit.token === token) return hit.ids;
  const ids = db.prepare(`SELECT e.id FROM employees e ${whereSql(where)}`).pluck().all(params) as number[];
  lastMembers.set(db, { key, token, ids });
  return ids;
}

export function listEmployees(db: ReadableDB, q: WindowQuery & { filters?: PeopleFilters }): Page<PersonRow> {
  const f = q.filters ?? {};
  const sort = sortColumn(q.sortBy, SORTS, 'ref');
  const params: Record<string, unknown> = { ...f };
  const where: string[] = [];
  addWhere(where, f.orgUnitId, 'e.org_unit_id = @orgUnitId');
  addWhere(where, f.locationId, 'e.location_id = @locationId');
  addWhere(where, f.roleId, 'e.role_id = @roleId');
  addWhere(where, f.managerId, 'e.manager_id = @managerId');
  addWhere(where, f.family, 'e.role_id IN (SELECT id FROM roles WHERE family = @family)');
  const issue = issueCondition(db, f.issue, params);
  if (issue) where.push(issue);
  const search = q.search?.trim();
  if (search) {
    params.search = likePattern(search);
    // Labels are matched in their own (small) tables first, so the big table is scanned once.
    where.push(`(e.ref LIKE @search ${LIKE} OR e.name LIKE @search ${LIKE} OR e.client_id LIKE @search ${LIKE}
      OR e.role_id IN (SELECT id FROM roles WHERE title LIKE @search ${LIKE})
      OR e.org_unit_id IN (SELECT id FROM org_units WHERE name LIKE @search ${LIKE}))`);
  }
  // The ordering of everyone, cached until its column changes; a filter only picks from it.
  const ordering =
    sort.key === 'assessedSkills'
      ? cached(db, 'people-order:assessedSkills', ['proficiencies', 'employees:#'], () => {
          const counts = assessedCounts(db);
          const all = db.prepare('SELECT id FROM employees').pluck().all() as number[];
          return Int32Array.from(all.sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || a - b));
        })
      : cached(db, `people-order:${sort.key}`, DEPENDS_ON[sort.key], () =>
          Int32Array.from(db.prepare(`SELECT e.id FROM employees e ${JOIN_OF[sort.key] ?? ''} ORDER BY ${sort.sql}, e.id`).pluck().all() as number[]),
        );
  const members = where.length ? membersOf(db, where, params) : null;
  const { total, ids } = windowOfOrdering(ordering, q.sortDir, members, q.offset, q.limit);
  const pseudonymise = getSettings(db).privacy.pseudonymise;
  const rows = rowsInOrder<PersonRow>(
    db,
    `SELECT e.id, e.ref, e.name, e.client_id AS clientId, e.role_id AS roleId, r.title AS role, r.family AS family,
       e.org_unit_id AS orgUnitId, u.name AS orgUnit, e.location_id AS locationId, l.name AS location,
       e.manager_id AS managerId, ${pseudonymise ? 'm.ref' : 'coalesce(m.name, m.ref)'} AS manager,
       e.fte, e.salary, e.hire_date AS hireDate, e.birth_year AS birthYear,
       (SELECT count(*) FROM proficiencies p WHERE p.employee_id = e.id) AS assessedSkills
     FROM employees e
     LEFT JOIN roles r ON r.id = e.role_id
     LEFT JOIN org_units u ON u.id = e.org_unit_id
     LEFT JOIN locations l ON l.id = e.location_id
     LEFT JOIN employees m ON m.id = e.manager_id
     WHERE e.id IN (SELECT value FROM json_each(@ids))`,
    ids,
  );
  return pageOf(total, q.offset, rows);
}
