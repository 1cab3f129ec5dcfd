// The Roles table: roles filtered (unit, location, family, manager flag, a data-quality issue),
// searched and sorted on the host, with headcount, current and future requirements and exposure.
import type { Page } from '../../../../shared/api-types';
import type { RoleGridRow } from '../../../../shared/edit-read-models';
import type { RoleFilters } from '../../../../shared/edit-types';
import type { ReadableDB } from '../../types';
import { getMeta } from '../engagement';
import { ROLE_EXPOSURE_SQL } from '../role-exposure';
import { LIKE, addWhere, likePattern, pageOf, rowsInOrder, sortColumn, whereSql, windowIds, type WindowQuery } from './paging';

const HEADCOUNT = '(SELECT count(*) FROM employees e WHERE e.role_id = r.id)';
const CURRENT_REQS = '(SELECT count(*) FROM role_requirements q WHERE q.role_id = r.id AND (q.effective_date IS NULL OR q.effective_date <= @asOf))';

const SORTS = {
  title: 'r.title',
  family: 'r.family',
  level: 'r.level',
  orgUnit: 'u.name',
  location: 'l.name',
  loadedCost: 'r.loaded_cost',
  headcount: HEADCOUNT,
  exposure: 'x.exposure',
  occupationCode: 'r.occupation_code',
  requirements: CURRENT_REQS,
};

export const ROLE_WITHOUT_REQUIREMENTS_SQL = `NOT EXISTS (SELECT 1 FROM role_requirements q WHERE q.role_id = r.id AND (q.effective_date IS NULL OR q.effective_date <= @asOf))`;
export const ROLE_WITHOUT_PEOPLE_SQL = 'NOT EXISTS (SELECT 1 FROM employees e WHERE e.role_id = r.id)';

export function listRoles(db: ReadableDB, q: WindowQuery & { filters?: RoleFilters }): Page<RoleGridRow> {
  const f = q.filters ?? {};
  const { asOfDate } = getMeta(db);
  const sort = sortColumn(q.sortBy, SORTS, 'title');
  const params: Record<string, unknown> = { asOf: asOfDate, orgUnitId: f.orgUnitId, locationId: f.locationId, family: f.family };
  const where: string[] = [];
  addWhere(where, f.orgUnitId, 'r.org_unit_id = @orgUnitId');
  addWhere(where, f.locationId, 'r.location_id = @locationId');
  addWhere(where, f.family, 'r.family = @family');
  if (f.isManager !== undefined) where.push(`r.is_manager = ${f.isManager ? 1 : 0}`);
  if (f.issue === 'no-requirements') where.push(ROLE_WITHOUT_REQUIREMENTS_SQL);
  if (f.issue === 'no-incumbents') where.push(ROLE_WITHOUT_PEOPLE_SQL);
  const search = q.search?.trim();
  if (search) {
    params.search = likePattern(search);
    where.push(`(r.title LIKE @search ${LIKE} OR r.family LIKE @search ${LIKE} OR r.occupation_code LIKE @search ${LIKE} OR r.client_id LIKE @search ${LIKE})`);
  }
  const joins = `LEFT JOIN org_units u ON u.id = r.org_unit_id LEFT JOIN locations l ON l.id = r.location_id
    ${sort.key === 'exposure' ? `LEFT JOIN (${ROLE_EXPOSURE_SQL}) x ON x.role_id = r.id` : ''}`;
  const { total, ids } = windowIds(
    db,
    { from: `FROM roles r ${joins} ${whereSql(where)}`, params, order: sort.sql, idColumn: 'r.id' },
    q,
  );
  const rows = rowsInOrder<RoleGridRow & { isManager: number | boolean }>(
    db,
    `SELECT r.id, r.client_id AS clientId, r.title, r.family, r.level, r.is_manager AS isManager,
       r.org_unit_id AS orgUnitId, u.name AS orgUnit, r.location_id AS locationId, l.name AS location,
       r.occupation_code AS occupationCode, r.occupation_system AS occupationSystem, r.loaded_cost AS loadedCost,
       x.exposure AS exposure, ${HEADCOUNT} AS headcount, ${CURRENT_REQS} AS requirements,
       (SELECT count(*) FROM role_requirements q WHERE q.role_id = r.id AND q.effective_date > @asOf) AS futureRequirements
     FROM roles r LEFT JOIN org_units u ON u.id = r.org_unit_id LEFT JOIN locations l ON l.id = r.location_id
     LEFT JOIN (${ROLE_EXPOSURE_SQL}) x ON x.role_id = r.id
     WHERE r.id IN (SELECT value FROM json_each(@ids))`,
    ids,
    { asOf: asOfDate },
  );
  return pageOf(total, q.offset, rows.map((r) => ({ ...r, isManager: Boolean(r.isManager) })));
}
