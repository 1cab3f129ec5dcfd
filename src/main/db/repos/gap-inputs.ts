// Loads an engagement into the gap engine's typed-array model (src/main/engine/gaps). Every table
// is read in its key order with `.raw()` rows, so ids map to dense indices by a merge walk or a
// small lookup table instead of a hash map per row; 2.5 million proficiencies are read in
// employee-id chunks so only one chunk's temporary arrays are alive at a time.
import { skillCategories, type SkillCategory } from '../../../shared/domain/entities';
import { isoToDay } from '../../engine/gaps/dates';
import { hoursPerLevelArray, indexModel, indexOfId } from '../../engine/gaps/model';
import type { GapModel } from '../../engine/gaps/types';
import type { ReadableDB } from '../types';
import { getMeta, getSettings } from './engagement';

type Row = unknown[];

/** Id -> dense index: a direct table when ids are compact, else binary search over sorted ids. */
function denseLookup(ids: Float64Array): (id: unknown) => number {
  const n = ids.length;
  const max = n ? ids[n - 1] : 0;
  if (max <= 4 * n + 1024) {
    const table = new Int32Array(max + 1).fill(-1);
    ids.forEach((id, i) => (table[id] = i));
    return (id) => (id === null ? -1 : (table[id as number] ?? -1));
  }
  return (id) => (id === null ? -1 : indexOfId(ids, id as number));
}

const CHUNK_EMPLOYEES = 16384;

export function loadGapModel(db: ReadableDB): GapModel {
  // One read transaction: the model is a consistent snapshot even while the file is written.
  return db.transaction(() => load(db))();
}

function load(db: ReadableDB): GapModel {
  const meta = getMeta(db);
  const settings = getSettings(db);
  const all = (sql: string): Row[] => db.prepare(sql).raw().all() as Row[];

  const skills = all('SELECT id, name, category FROM skills ORDER BY id');
  const roles = all('SELECT id, title, family, is_manager FROM roles ORDER BY id');
  const units = all('SELECT id, name, parent_id FROM org_units ORDER BY id');
  const locations = all('SELECT id, name FROM locations ORDER BY id');
  const ids = (rows: Row[]) => Float64Array.from(rows, (r) => r[0] as number);
  const skillIds = ids(skills);
  const roleIds = ids(roles);
  const unitIds = ids(units);
  const locationIds = ids(locations);
  const skillIx = denseLookup(skillIds);
  const roleIx = denseLookup(roleIds);
  const unitIx = denseLookup(unitIds);
  const locationIx = denseLookup(locationIds);

  // Undated rows sort first (NULL is smallest), matching NO_DATE in the model.
  const reqs = all('SELECT id, role_id, skill_id, level, weight, effective_date FROM role_requirements ORDER BY role_id, skill_id, effective_date');
  const employees = all('SELECT id, ref, role_id, org_unit_id, location_id, manager_id, fte FROM employees ORDER BY id');
  const employeeIds = ids(employees);
  const employeeIx = denseLookup(employeeIds);
  const col = <T extends Int32Array | Float64Array>(make: new (n: number) => T, rows: Row[], f: (r: Row) => number): T => {
    const out = new make(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = f(rows[i]);
    return out;
  };

  const programs = all('SELECT id, name, cost_per_person, duration_months FROM learning_programs ORDER BY id');
  const programIds = ids(programs);
  const programSkills = all('SELECT program_id, skill_id, uplift FROM program_skills ORDER BY program_id, skill_id');
  const progStart = new Int32Array(programs.length + 1);
  const programIx = denseLookup(programIds);
  for (const r of programSkills) progStart[programIx(r[0]) + 1]++;
  for (let p = 0; p < programs.length; p++) progStart[p + 1] += progStart[p];

  const base: Omit<GapModel, 'index'> = {
    asOfDate: meta.asOfDate,
    hoursPerLevel: hoursPerLevelArray(settings.hoursPerLevel),
    learningHoursPerMonth: settings.learningHoursPerMonth,
    skills: {
      id: skillIds,
      name: skills.map((r) => r[1] as string),
      category: Uint8Array.from(skills, (r) => skillCategories.indexOf(r[2] as SkillCategory)),
    },
    roles: {
      id: roleIds,
      title: roles.map((r) => r[1] as string),
      family: roles.map((r) => r[2] as string),
      isManager: Uint8Array.from(roles, (r) => r[3] as number),
    },
    orgUnits: { id: unitIds, name: units.map((r) => r[1] as string), parent: col(Int32Array, units, (r) => unitIx(r[2])) },
    locations: { id: locationIds, name: locations.map((r) => r[1] as string) },
    requirements: {
      id: col(Float64Array, reqs, (r) => r[0] as number),
      role: col(Int32Array, reqs, (r) => roleIx(r[1])),
      skill: col(Int32Array, reqs, (r) => skillIx(r[2])),
      level: col(Float64Array, reqs, (r) => r[3] as number),
      weight: col(Float64Array, reqs, (r) => r[4] as number),
      effectiveDay: col(Int32Array, reqs, (r) => isoToDay(r[5] as string | null)),
    },
    employees: {
      id: employeeIds,
      ref: employees.map((r) => r[1] as string),
      role: col(Int32Array, employees, (r) => roleIx(r[2])),
      orgUnit: col(Int32Array, employees, (r) => unitIx(r[3])),
      location: col(Int32Array, employees, (r) => locationIx(r[4])),
      manager: col(Int32Array, employees, (r) => employeeIx(r[5])),
      fte: col(Float64Array, employees, (r) => r[6] as number),
    },
    proficiencies: loadProficiencies(db, employeeIds, skillIx),
    programs: {
      id: programIds,
      name: programs.map((r) => r[1] as string),
      costPerPerson: col(Float64Array, programs, (r) => r[2] as number),
      durationMonths: col(Float64Array, programs, (r) => r[3] as number),
      start: progStart,
      skill: col(Int32Array, programSkills, (r) => skillIx(r[1])),
      uplift: col(Float64Array, programSkills, (r) => r[2] as number),
    },
  };
  return { ...base, index: indexModel(base) };
}

/**
 * Proficiencies in primary-key order (employee, skill), read in chunks of employees. Creating a
 * JS array per row is what makes 2.5 million rows slow in better-sqlite3, so each chunk comes
 * back as two JSON arrays of integer ids (exact: SQLite prints integers in full) and a plucked
 * column of levels (not JSON: SQLite prints reals with 15 digits, which does not round-trip).
 * Both statements scan the primary key in the same order inside one transaction, so they align.
 */
function loadProficiencies(db: ReadableDB, employeeIds: Float64Array, skillIx: (id: unknown) => number): GapModel['proficiencies'] {
  const nE = employeeIds.length;
  const start = new Int32Array(nE + 1);
  const skills: Int32Array[] = [];
  const levels: Float64Array[] = [];
  let n = 0;
  const where = 'FROM proficiencies WHERE employee_id BETWEEN ? AND ? ORDER BY employee_id, skill_id';
  const idsStmt = db.prepare(`SELECT json_group_array(employee_id), json_group_array(skill_id) FROM (SELECT employee_id, skill_id ${where})`).raw();
  const levelStmt = db.prepare(`SELECT level ${where}`).pluck();
  for (let from = 0; from < nE; from += CHUNK_EMPLOYEES) {
    const to = Math.min(nE, from + CHUNK_EMPLOYEES) - 1;
    const [empJson, skillJson] = idsStmt.get(employeeIds[from], employeeIds[to]) as [string, string];
    const emps = JSON.parse(empJson) as number[];
    const sks = JSON.parse(skillJson) as number[];
    const lv = levelStmt.all(employeeIds[from], employeeIds[to]) as number[];
    if (lv.length !== emps.length) throw new Error('proficiencies changed while loading');
    const skill = new Int32Array(emps.length);
    let e = from;
    for (let i = 0; i < emps.length; i++) {
      while (employeeIds[e] < emps[i]) start[++e] = n + i;
      if (employeeIds[e] !== emps[i] || (i > 0 && emps[i - 1] === emps[i] && sks[i - 1] >= sks[i])) {
        throw new Error(`proficiency rows out of order at employee ${emps[i]}`);
      }
      skill[i] = skillIx(sks[i]);
    }
    n += emps.length;
    while (e <= to) start[++e] = n;
    skills.push(skill);
    levels.push(Float64Array.from(lv));
  }
  start[nE] = n;
  return { start, skill: concat(Int32Array, skills, n), level: concat(Float64Array, levels, n) };
}

function concat<T extends Int32Array | Float64Array>(make: new (n: number) => T, parts: T[], n: number): T {
  const out = new make(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
