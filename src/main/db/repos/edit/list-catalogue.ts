// The Requirements table (role x skill, today and future-dated) and the learning programs
// table, both windowed, filtered, searched and sorted on the host.
import type { Page } from '../../../../shared/api-types';
import type { ProgramGridRow, RequirementRow } from '../../../../shared/edit-read-models';
import type { ProgramFilters, RequirementFilters } from '../../../../shared/edit-types';
import type { ReadableDB } from '../../types';
import { getMeta } from '../engagement';
import { LIKE, addWhere, likePattern, pageOf, rowsInOrder, sortColumn, whereSql, windowIds, type WindowQuery } from './paging';

const REQUIREMENT_SORTS = {
  role: 'r.title',
  family: 'r.family',
  skill: 's.name',
  category: 's.category',
  level: 'q.level',
  weight: 'q.weight',
  effectiveDate: "ifnull(q.effective_date, '')",
  source: 'q.source',
};

export function listRequirements(db: ReadableDB, q: WindowQuery & { filters?: RequirementFilters }): Page<RequirementRow> {
  const f = q.filters ?? {};
  const { asOfDate } = getMeta(db);
  const sort = sortColumn(q.sortBy, REQUIREMENT_SORTS, 'role');
  const params: Record<string, unknown> = { ...f, asOf: asOfDate };
  const where: string[] = [];
  addWhere(where, f.roleId, 'q.role_id = @roleId');
  addWhere(where, f.skillId, 'q.skill_id = @skillId');
  addWhere(where, f.family, 'r.family = @family');
  addWhere(where, f.category, 's.category = @category');
  if (f.timing === 'current') where.push('(q.effective_date IS NULL OR q.effective_date <= @asOf)');
  if (f.timing === 'future') where.push('q.effective_date > @asOf');
  const search = q.search?.trim();
  if (search) {
    params.search = likePattern(search);
    where.push(`(r.title LIKE @search ${LIKE} OR s.name LIKE @search ${LIKE} OR r.family LIKE @search ${LIKE})`);
  }
  const from = `FROM role_requirements q JOIN roles r ON r.id = q.role_id JOIN skills s ON s.id = q.skill_id ${whereSql(where)}`;
  const { total, ids } = windowIds(db, { from, params, order: sort.sql, idColumn: 'q.id' }, q);
  const rows = rowsInOrder<RequirementRow>(
    db,
    `SELECT q.id, q.role_id AS roleId, r.title AS role, r.family, q.skill_id AS skillId, s.name AS skill, s.category,
       q.level, q.weight, q.effective_date AS effectiveDate, q.source,
       CASE WHEN q.effective_date IS NULL OR q.effective_date <= @asOf THEN 'current' ELSE 'future' END AS timing
     FROM role_requirements q JOIN roles r ON r.id = q.role_id JOIN skills s ON s.id = q.skill_id
     WHERE q.id IN (SELECT value FROM json_each(@ids))`,
    ids,
    { asOf: asOfDate },
  );
  return pageOf(total, q.offset, rows);
}

const PROGRAM_SORTS = {
  name: 'p.name',
  delivery: 'p.delivery',
  durationMonths: 'p.duration_months',
  costPerPerson: 'p.cost_per_person',
  seatsPerMonth: 'p.seats_per_month',
  skills: '(SELECT count(*) FROM program_skills ps WHERE ps.program_id = p.id)',
};

const splitList = (s: string | null): string[] => (s ? s.split('\u001f') : []);

export function listProgramRows(db: ReadableDB, q: WindowQuery & { filters?: ProgramFilters }): Page<ProgramGridRow> {
  const f = q.filters ?? {};
  const sort = sortColumn(q.sortBy, PROGRAM_SORTS, 'name');
  const params: Record<string, unknown> = { ...f };
  const where: string[] = [];
  addWhere(where, f.delivery, 'p.delivery = @delivery');
  addWhere(where, f.skillId, 'EXISTS (SELECT 1 FROM program_skills ps WHERE ps.program_id = p.id AND ps.skill_id = @skillId)');
  if (f.issue === 'no-skills') where.push('NOT EXISTS (SELECT 1 FROM program_skills ps WHERE ps.program_id = p.id)');
  if (f.issue === 'no-objective') where.push('NOT EXISTS (SELECT 1 FROM objective_programs op WHERE op.program_id = p.id)');
  const search = q.search?.trim();
  if (search) {
    params.search = likePattern(search);
    where.push(`(p.name LIKE @search ${LIKE} OR p.delivery LIKE @search ${LIKE})`);
  }
  const { total, ids } = windowIds(db, { from: `FROM learning_programs p ${whereSql(where)}`, params, order: sort.sql, idColumn: 'p.id' }, q);
  const rows = rowsInOrder<Omit<ProgramGridRow, 'skills' | 'objectives'> & { skills: string | null; objectives: string | null }>(
    db,
    `SELECT p.id, p.name, p.delivery, p.duration_months AS durationMonths, p.cost_per_person AS costPerPerson,
       p.seats_per_month AS seatsPerMonth,
       (SELECT group_concat(s.name, char(31)) FROM program_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.program_id = p.id) AS skills,
       (SELECT group_concat(o.name, char(31)) FROM objective_programs op JOIN objectives o ON o.id = op.objective_id WHERE op.program_id = p.id) AS objectives
     FROM learning_programs p WHERE p.id IN (SELECT value FROM json_each(@ids))`,
    ids,
  );
  return pageOf(total, q.offset, rows.map((r) => ({ ...r, skills: splitList(r.skills), objectives: splitList(r.objectives) })));
}
