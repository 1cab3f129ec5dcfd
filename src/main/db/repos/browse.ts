// Read models behind the browsing screens: the People, Roles and Skills tables (re-exported
// from the editing read models) and the lists of scenarios, programs and objectives.
import type { ObjectiveRow, ProgramRow, ScenarioRow } from '../../../shared/api-types';
import type { ReadableDB } from '../types';

// People, Roles and Skills are the editable tables' read models now (windowed, filtered):
// see ./edit/list-*.ts. Re-exported here so existing callers keep one import.
export { listEmployees } from './edit/list-people';
export { listRoles } from './edit/list-roles';
export { listSkills } from './edit/list-skills';

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
              p.seats_per_month AS seatsPerMonth,
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
