// A person's skills profile (what their role requires today and later, and what is known of
// them) and the skills a learning program teaches: the two detail views edited in dialogs.
import type { PersonSkills, ProgramSkillRow } from '../../../../shared/edit-read-models';
import type { ProficiencySource, SkillCategory } from '../../../../shared/domain/entities';
import type { ReadableDB } from '../../types';
import { getMeta } from '../engagement';
import { describeRecord } from './labels';
import { requireRecord } from './records';

interface SkillLine {
  skillId: number;
  skill: string;
  category: SkillCategory;
  requiredNow: number | null;
  laterLevel: number | null;
  laterFrom: string | null;
  level: number | null;
  source: ProficiencySource | null;
  assessedOn: string | null;
}

export function getPersonSkills(db: ReadableDB, employeeId: number): PersonSkills {
  const person = requireRecord(db, 'employee', employeeId);
  const { asOfDate } = getMeta(db);
  const lines = db
    .prepare(
      `WITH req AS (
         SELECT skill_id,
           max(CASE WHEN effective_date IS NULL OR effective_date <= @asOf THEN level END) AS now_level,
           max(CASE WHEN effective_date > @asOf THEN level END) AS later_level,
           min(CASE WHEN effective_date > @asOf THEN effective_date END) AS later_from
         FROM role_requirements WHERE role_id = @roleId GROUP BY skill_id),
       skills_of AS (SELECT skill_id FROM req UNION SELECT skill_id FROM proficiencies WHERE employee_id = @id)
       SELECT s.id AS skillId, s.name AS skill, s.category, req.now_level AS requiredNow, req.later_level AS laterLevel,
         req.later_from AS laterFrom, p.level, p.source, p.assessed_on AS assessedOn
       FROM skills_of k JOIN skills s ON s.id = k.skill_id
       LEFT JOIN req ON req.skill_id = k.skill_id
       LEFT JOIN proficiencies p ON p.employee_id = @id AND p.skill_id = k.skill_id
       ORDER BY req.now_level IS NULL, req.later_level IS NULL, s.name`,
    )
    .all({ asOf: asOfDate, roleId: person.roleId ?? -1, id: employeeId }) as SkillLine[];
  const role = person.roleId === null ? null : ((db.prepare('SELECT title FROM roles WHERE id = ?').pluck().get(person.roleId) as string | undefined) ?? null);
  return {
    employeeId,
    label: describeRecord(db, 'employee', person),
    role,
    asOfDate,
    skills: lines.map((l) => ({
      skillId: l.skillId,
      skill: l.skill,
      category: l.category,
      requiredNow: l.requiredNow,
      requiredLater: l.laterLevel === null || l.laterFrom === null ? null : { level: l.laterLevel, from: l.laterFrom },
      proficiency: l.level === null || l.source === null ? null : { level: l.level, source: l.source, assessedOn: l.assessedOn },
    })),
  };
}

export function listProgramSkills(db: ReadableDB, programId: number): ProgramSkillRow[] {
  requireRecord(db, 'program', programId);
  return db
    .prepare(
      `SELECT ps.program_id AS programId, ps.skill_id AS skillId, s.name AS skill, s.category, ps.uplift
       FROM program_skills ps JOIN skills s ON s.id = ps.skill_id WHERE ps.program_id = ? ORDER BY s.name`,
    )
    .all(programId) as ProgramSkillRow[];
}
