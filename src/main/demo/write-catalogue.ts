// Writes the demo's fixed catalogue (units, locations, skills, roles with tasks and
// requirements, programmes, objectives) with the ids the structure assigned, so scenarios and
// people can refer to them without reading anything back.
import type { WritableDB } from '../db/types';
import type { Structure } from './catalogue';
import { OBJECTIVES, PROGRAMS } from './catalogue/learning';
import { FAMILY_TIME_TO_FILL, LOCATIONS, UNITS } from './catalogue/org';
import { SKILLS, SKILL_KEYS } from './catalogue/skills';
import { TASK_PROFILES } from './catalogue/tasks';
import { BatchInsert } from './writer';

export interface CatalogueIds {
  programId: Record<string, number>;
  objectiveId: Record<string, number>;
}

export function writeCatalogue(db: WritableDB, s: Structure): CatalogueIds {
  const units = new BatchInsert(db, 'org_units', ['id', 'client_id', 'name', 'parent_id', 'cost_centre'], 1);
  for (const u of UNITS) {
    units.row(s.unitId[u.key], `ORG-${u.costCentre.slice(3)}`, u.name, u.parent ? s.unitId[u.parent] : null, u.costCentre);
  }

  const locations = new BatchInsert(
    db,
    'locations',
    ['id', 'client_id', 'name', 'country', 'currency', 'labour_cost_index', 'planned', 'launch_date'],
    1,
  );
  const ttf = new BatchInsert(db, 'location_time_to_fill', ['location_id', 'role_family', 'days'], 1);
  for (const l of LOCATIONS) {
    const id = s.locationId[l.key];
    locations.row(id, l.clientId, l.name, l.country, l.currency, l.labourCostIndex, l.planned ? 1 : 0, l.launchDate);
    for (const [family, days] of Object.entries(FAMILY_TIME_TO_FILL)) ttf.row(id, family, Math.round(days * l.timeToFillFactor));
  }

  const skills = new BatchInsert(db, 'skills', ['id', 'name', 'category', 'taxonomy_source', 'taxonomy_ref', 'description'], 1);
  for (const key of SKILL_KEYS) {
    const sk = SKILLS[key];
    skills.row(s.skillId[key], sk.name, sk.category, sk.taxonomy[0], sk.taxonomy[1], sk.description);
  }

  const roles = new BatchInsert(
    db,
    'roles',
    ['id', 'client_id', 'title', 'family', 'level', 'is_manager', 'org_unit_id', 'location_id', 'loaded_cost', 'occupation_code', 'occupation_system'],
    1,
  );
  const tasks = new BatchInsert(db, 'tasks', ['role_id', 'name', 'time_share', 'exposure'], 1);
  const reqs = new BatchInsert(db, 'role_requirements', ['role_id', 'skill_id', 'level', 'weight', 'effective_date'], 1);
  for (const r of s.roles) {
    const { spec } = r;
    roles.row(r.id, r.clientId, r.title, spec.family, spec.level, spec.manager ? 1 : 0, r.unitId, r.locationId, r.loadedCost, spec.code, 'onet-soc');
    for (const [name, share, exposure] of TASK_PROFILES[spec.tasks]) tasks.row(r.id, name, share, exposure);
    for (const q of r.requirements) reqs.row(r.id, q.skillId, q.level, q.weight, q.effectiveDate);
  }

  const programId: Record<string, number> = {};
  const programs = new BatchInsert(db, 'learning_programs', ['id', 'name', 'delivery', 'duration_months', 'cost_per_person', 'seats_per_month'], 1);
  const programSkills = new BatchInsert(db, 'program_skills', ['program_id', 'skill_id', 'uplift'], 1);
  PROGRAMS.forEach((p, i) => {
    programId[p.key] = i + 1;
    programs.row(i + 1, p.name, p.delivery, p.durationMonths, p.costPerPerson, p.seatsPerMonth);
    for (const [skill, uplift] of p.skills) programSkills.row(i + 1, s.skillId[skill], uplift);
  });

  const objectiveId: Record<string, number> = {};
  const objectives = new BatchInsert(db, 'objectives', ['id', 'name', 'metric', 'unit', 'baseline', 'target', 'target_date'], 1);
  const links = new BatchInsert(db, 'objective_programs', ['objective_id', 'program_id'], 1);
  OBJECTIVES.forEach((o, i) => {
    objectiveId[o.key] = i + 1;
    objectives.row(i + 1, o.name, o.metric, o.unit, o.baseline, o.target, o.targetDate);
    for (const p of o.programs) {
      const pid = programId[p];
      if (pid === undefined) throw new Error(`objective ${o.key} names an unknown programme ${p}`);
      links.row(i + 1, pid);
    }
  });
  return { programId, objectiveId };
}
