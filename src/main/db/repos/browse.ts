// Paged, searchable read models behind the People, Roles and Skills tables and the lists of
// scenarios, programs and objectives. Sorting is limited to whitelisted columns.
import type {
  EmployeeRow,
  ObjectiveRow,
  Page,
  ProgramRow,
  RoleRow,
  ScenarioRow,
  SkillRow,
} from '../../../shared/api-types';
import type { PageQuery } from '../../../shared/contract';
import { AppError } from '../../../shared/result';
import type { ReadableDB } from '../types';
import { getMeta } from './engagement';
import { ROLE_EXPOSURE_SQL } from './overview';

type Query = Required<Pick<PageQuery, 'offset' | 'limit' | 'sortDir'>> & Pick<PageQuery, 'search' | 'sortBy'>;

function orderBy(q: Query, columns: Record<string, string>, fallback: string): string {
  if (q.sortBy === undefined) return `${columns[fallback]} ${q.sortDir}`;
  const col = columns[q.sortBy];
  if (!col) {
    throw new AppError('validation', `Cannot sort by ${q.sortBy}; sortable: ${Object.keys(columns).join(', ')}`, [
      { path: 'sortBy', message: `not one of ${Object.keys(columns).join(', ')}` },
    ]);
  }
  return `${col} ${q.sortDir}, ${columns[fallback]} asc`;
}

const like = (s: string | undefined): string => `%${(s ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function page<T>(db: ReadableDB, base: string, select: string, order: string, q: Query, params: object): Page<T> {
  const total = (db.prepare(`SELECT count(*) AS n ${base}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT ${select} ${base} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: q.limit, offset: q.offset }) as T[];
  return { total, offset: q.offset, rows };
}

export function listEmployees(db: ReadableDB, q: Query): Page<EmployeeRow> {
  const base = `FROM employees e
    LEFT JOIN roles r ON r.id = e.role_id
    LEFT JOIN org_units u ON u.id = e.org_unit_id
    LEFT JOIN locations l ON l.id = e.location_id
    WHERE (@search = '%%' OR e.ref LIKE @search ESCAPE '\\' OR e.name LIKE @search ESCAPE '\\'
       OR r.title LIKE @search ESCAPE '\\' OR u.name LIKE @search ESCAPE '\\')`;
  const select = `e.id, e.ref, e.name, r.title AS role, u.name AS orgUnit, l.name AS location, e.fte, e.salary,
    e.hire_date AS hireDate, (SELECT count(*) FROM proficiencies p WHERE p.employee_id = e.id) AS assessedSkills`;
  const order = orderBy(
    q,
    { ref: 'e.ref', name: 'e.name', role: 'r.title', orgUnit: 'u.name', location: 'l.name', fte: 'e.fte', salary: 'e.salary', hireDate: 'e.hire_date', assessedSkills: 'assessedSkills' },
    'ref',
  );
  return page(db, base, select, order, q, { search: like(q.search) });
}

export function listRoles(db: ReadableDB, q: Query): Page<RoleRow> {
  const { asOfDate } = getMeta(db);
  const base = `FROM roles r
    LEFT JOIN org_units u ON u.id = r.org_unit_id
    LEFT JOIN locations l ON l.id = r.location_id
    LEFT JOIN (${ROLE_EXPOSURE_SQL}) x ON x.role_id = r.id
    WHERE (@search = '%%' OR r.title LIKE @search ESCAPE '\\' OR r.family LIKE @search ESCAPE '\\'
       OR r.occupation_code LIKE @search ESCAPE '\\')`;
  const select = `r.id, r.title, r.family, r.is_manager AS isManager, u.name AS orgUnit, l.name AS location,
    r.occupation_code AS occupationCode, r.loaded_cost AS loadedCost, x.exposure AS exposure,
    (SELECT count(*) FROM employees e WHERE e.role_id = r.id) AS headcount,
    (SELECT count(*) FROM role_requirements q WHERE q.role_id = r.id AND (q.effective_date IS NULL OR q.effective_date <= @asOf)) AS requirements,
    (SELECT count(*) FROM role_requirements q WHERE q.role_id = r.id AND q.effective_date > @asOf) AS futureRequirements`;
  const order = orderBy(
    q,
    { title: 'r.title', family: 'r.family', orgUnit: 'u.name', location: 'l.name', loadedCost: 'r.loaded_cost', headcount: 'headcount', exposure: 'x.exposure', occupationCode: 'r.occupation_code', requirements: 'requirements' },
    'title',
  );
  const result = page<RoleRow & { isManager: number | boolean }>(db, base, select, order, q, { search: like(q.search), asOf: asOfDate });
  return { ...result, rows: result.rows.map((r) => ({ ...r, isManager: Boolean(r.isManager) })) };
}

export function listSkills(db: ReadableDB, q: Query): Page<SkillRow> {
  const base = `FROM skills s
    WHERE (@search = '%%' OR s.name LIKE @search ESCAPE '\\' OR s.category LIKE @search ESCAPE '\\')`;
  const select = `s.id, s.name, s.category, s.taxonomy_source AS taxonomySource, s.taxonomy_ref AS taxonomyRef,
    (SELECT count(DISTINCT q.role_id) FROM role_requirements q WHERE q.skill_id = s.id) AS requiredByRoles,
    (SELECT count(*) FROM proficiencies p WHERE p.skill_id = s.id) AS assessedPeople,
    (SELECT avg(p.level) FROM proficiencies p WHERE p.skill_id = s.id) AS meanLevel`;
  const order = orderBy(
    q,
    { name: 's.name', category: 's.category', requiredByRoles: 'requiredByRoles', assessedPeople: 'assessedPeople', meanLevel: 'meanLevel' },
    'name',
  );
  return page(db, base, select, order, q, { search: like(q.search) });
}

export function listScenarios(db: ReadableDB): ScenarioRow[] {
  return db
    .prepare(
      `SELECT s.id, s.name, s.kind, s.description, count(v.version) AS versions,
              coalesce(max(v.created_at), s.created_at) AS updatedAt
       FROM scenarios s LEFT JOIN scenario_versions v ON v.scenario_id = s.id
       GROUP BY s.id ORDER BY s.name`,
    )
    .all() as ScenarioRow[];
}

const splitList = (s: string | null): string[] => (s ? s.split('\u001f') : []);

export function listPrograms(db: ReadableDB): ProgramRow[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.name, p.delivery, p.duration_months AS durationMonths, p.cost_per_person AS costPerPerson,
              p.seats_per_period AS seatsPerPeriod,
              (SELECT group_concat(s.name, char(31)) FROM program_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.program_id = p.id) AS skills,
              (SELECT group_concat(o.name, char(31)) FROM objective_programs op JOIN objectives o ON o.id = op.objective_id WHERE op.program_id = p.id) AS objectives
       FROM learning_programs p ORDER BY p.name`,
    )
    .all() as (Omit<ProgramRow, 'skills' | 'objectives'> & { skills: string | null; objectives: string | null })[];
  return rows.map((r) => ({ ...r, skills: splitList(r.skills), objectives: splitList(r.objectives) }));
}

export function listObjectives(db: ReadableDB): ObjectiveRow[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.metric, o.unit, o.baseline, o.target, o.target_date AS targetDate,
              (SELECT group_concat(p.name, char(31)) FROM objective_programs op JOIN learning_programs p ON p.id = op.program_id WHERE op.objective_id = o.id) AS programs
       FROM objectives o ORDER BY o.target_date, o.name`,
    )
    .all() as (Omit<ObjectiveRow, 'programs'> & { programs: string | null })[];
  return rows.map((r) => ({ ...r, programs: splitList(r.programs) }));
}
