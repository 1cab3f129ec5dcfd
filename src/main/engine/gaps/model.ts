// Building the engine's model from plain records (tests, benches, scenario copies) and the
// indexes every analysis needs. The SQLite loader (db/repos/gap-inputs.ts) fills the same arrays
// straight from ordered scans and then calls `indexModel`, so both paths give equal models.
import { defaultSettings, type EngagementSettings } from '../../../shared/domain/settings';
import { skillCategories, type SkillCategory } from '../../../shared/domain/entities';
import { isoToDay } from './dates';
import type { GapModel, ModelIndex } from './types';

export interface GapRecords {
  asOfDate: string;
  settings?: Pick<EngagementSettings, 'hoursPerLevel' | 'learningHoursPerMonth'>;
  skills: { id: number; name: string; category: SkillCategory }[];
  roles: { id: number; title: string; family?: string; isManager?: boolean }[];
  orgUnits?: { id: number; name: string; parentId?: number | null }[];
  locations?: { id: number; name: string }[];
  requirements: { id?: number; roleId: number; skillId: number; level: number; weight: number; effectiveDate?: string | null }[];
  employees: {
    id: number;
    ref?: string;
    roleId: number | null;
    orgUnitId?: number | null;
    locationId?: number | null;
    managerId?: number | null;
    fte?: number;
  }[];
  proficiencies: { employeeId: number; skillId: number; level: number }[];
  programs?: { id: number; name: string; costPerPerson?: number; durationMonths?: number; skills: { skillId: number; uplift: number }[] }[];
}

/** Dense index of `id` in an ascending id array, or -1. */
export function indexOfId(ids: Float64Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid];
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export const categoryIndex = (c: SkillCategory): number => {
  const i = skillCategories.indexOf(c);
  if (i < 0) throw new Error(`unknown skill category ${c}`);
  return i;
};

export function hoursPerLevelArray(hpl: EngagementSettings['hoursPerLevel']): Float64Array {
  return Float64Array.from(skillCategories, (c) => hpl[c]);
}

function sortedById<T extends { id: number }>(xs: T[]): T[] {
  return [...xs].sort((a, b) => a.id - b.id);
}

function lookup(ids: Float64Array, id: number | null | undefined, what: string): number {
  if (id === null || id === undefined) return -1;
  const i = indexOfId(ids, id);
  if (i < 0) throw new Error(`unknown ${what} id ${id}`);
  return i;
}

export function modelFromRecords(r: GapRecords): GapModel {
  const settings = r.settings ?? defaultSettings();
  const skills = sortedById(r.skills);
  const roles = sortedById(r.roles);
  const units = sortedById(r.orgUnits ?? []);
  const locations = sortedById(r.locations ?? []);
  const employees = sortedById(r.employees);
  const programs = sortedById(r.programs ?? []);
  const skillIds = Float64Array.from(skills, (s) => s.id);
  const roleIds = Float64Array.from(roles, (x) => x.id);
  const unitIds = Float64Array.from(units, (x) => x.id);
  const locationIds = Float64Array.from(locations, (x) => x.id);
  const employeeIds = Float64Array.from(employees, (x) => x.id);

  const reqs = r.requirements
    .map((q) => ({
      id: q.id ?? 0,
      role: lookup(roleIds, q.roleId, 'role'),
      skill: lookup(skillIds, q.skillId, 'skill'),
      level: q.level,
      weight: q.weight,
      day: isoToDay(q.effectiveDate ?? null),
    }))
    .sort((a, b) => a.role - b.role || a.skill - b.skill || a.day - b.day);

  const profs = r.proficiencies
    .map((p) => ({ e: lookup(employeeIds, p.employeeId, 'employee'), s: lookup(skillIds, p.skillId, 'skill'), level: p.level }))
    .sort((a, b) => a.e - b.e || a.s - b.s);
  const profStart = new Int32Array(employees.length + 1);
  for (const p of profs) profStart[p.e + 1]++;
  for (let e = 0; e < employees.length; e++) profStart[e + 1] += profStart[e];

  const progSkills = programs.flatMap((p) =>
    [...p.skills].map((s) => ({ skill: lookup(skillIds, s.skillId, 'skill'), uplift: s.uplift })).sort((a, b) => a.skill - b.skill),
  );
  const progStart = new Int32Array(programs.length + 1);
  programs.forEach((p, i) => (progStart[i + 1] = progStart[i] + p.skills.length));

  const base: Omit<GapModel, 'index'> = {
    asOfDate: r.asOfDate,
    hoursPerLevel: hoursPerLevelArray(settings.hoursPerLevel),
    learningHoursPerMonth: settings.learningHoursPerMonth,
    skills: { id: skillIds, name: skills.map((s) => s.name), category: Uint8Array.from(skills, (s) => categoryIndex(s.category)) },
    roles: {
      id: roleIds,
      title: roles.map((x) => x.title),
      family: roles.map((x) => x.family ?? ''),
      isManager: Uint8Array.from(roles, (x) => (x.isManager ? 1 : 0)),
    },
    orgUnits: { id: unitIds, name: units.map((u) => u.name), parent: Int32Array.from(units, (u) => lookup(unitIds, u.parentId, 'org unit')) },
    locations: { id: locationIds, name: locations.map((l) => l.name) },
    requirements: {
      id: Float64Array.from(reqs, (q) => q.id),
      role: Int32Array.from(reqs, (q) => q.role),
      skill: Int32Array.from(reqs, (q) => q.skill),
      level: Float64Array.from(reqs, (q) => q.level),
      weight: Float64Array.from(reqs, (q) => q.weight),
      effectiveDay: Int32Array.from(reqs, (q) => q.day),
    },
    employees: {
      id: employeeIds,
      ref: employees.map((e) => e.ref ?? `E${e.id}`),
      role: Int32Array.from(employees, (e) => lookup(roleIds, e.roleId, 'role')),
      orgUnit: Int32Array.from(employees, (e) => lookup(unitIds, e.orgUnitId, 'org unit')),
      location: Int32Array.from(employees, (e) => lookup(locationIds, e.locationId, 'location')),
      manager: Int32Array.from(employees, (e) => lookup(employeeIds, e.managerId, 'employee')),
      fte: Float64Array.from(employees, (e) => e.fte ?? 1),
    },
    proficiencies: { start: profStart, skill: Int32Array.from(profs, (p) => p.s), level: Float64Array.from(profs, (p) => p.level) },
    programs: {
      id: Float64Array.from(programs, (p) => p.id),
      name: programs.map((p) => p.name),
      costPerPerson: Float64Array.from(programs, (p) => p.costPerPerson ?? 0),
      durationMonths: Float64Array.from(programs, (p) => p.durationMonths ?? 1),
      start: progStart,
      skill: Int32Array.from(progSkills, (s) => s.skill),
      uplift: Float64Array.from(progSkills, (s) => s.uplift),
    },
  };
  return { ...base, index: indexModel(base) };
}

/** CSR of `n` buckets from a key per item (counting sort keeps items ascending in each bucket). */
function bucket(n: number, keys: Int32Array): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) start[keys[i] + 1]++;
  for (let b = 0; b < n; b++) start[b + 1] += start[b];
  const fill = start.slice(0, n);
  const items = new Int32Array(start[n]);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0) items[fill[keys[i]]++] = i;
  return { start, items };
}

export function indexModel(m: Omit<GapModel, 'index'>): ModelIndex {
  const byRole = bucket(m.roles.id.length, m.employees.role);
  // Programs per skill: bucket program-skill entries by skill, then map entries to programs.
  const entryProgram = new Int32Array(m.programs.skill.length);
  for (let p = 0; p < m.programs.id.length; p++) entryProgram.fill(p, m.programs.start[p], m.programs.start[p + 1]);
  const bySkill = bucket(m.skills.id.length, m.programs.skill);
  const directReports = new Int32Array(m.employees.id.length);
  for (const mgr of m.employees.manager) if (mgr >= 0) directReports[mgr]++;
  return {
    roleEmployeesStart: byRole.start,
    roleEmployees: byRole.items,
    skillProgramsStart: bySkill.start,
    skillPrograms: bySkill.items.map((entry) => entryProgram[entry]),
    directReports,
    asOfDay: isoToDay(m.asOfDate),
  };
}

export type RequirementChange =
  | { kind: 'upsert'; role: number; skill: number; effectiveDate: string | null; level: number; weight: number; id?: number }
  | { kind: 'remove'; role: number; skill: number; effectiveDate: string | null };

/**
 * A new model with one requirement added, changed or removed; every other array is shared.
 * Rows stay sorted by (role, skill, day), which profile resolution relies on.
 */
export function withRequirementChange(m: GapModel, change: RequirementChange): GapModel {
  const q = m.requirements;
  const day = isoToDay(change.effectiveDate);
  const key = (i: number) => q.role[i] - change.role || q.skill[i] - change.skill || q.effectiveDay[i] - day;
  let pos = 0;
  while (pos < q.role.length && key(pos) < 0) pos++;
  const exists = pos < q.role.length && key(pos) === 0;
  if (change.kind === 'remove' && !exists) throw new Error('no such requirement to remove');
  const n = q.role.length + (change.kind === 'remove' ? -1 : exists ? 0 : 1);
  const out = {
    id: new Float64Array(n),
    role: new Int32Array(n),
    skill: new Int32Array(n),
    level: new Float64Array(n),
    weight: new Float64Array(n),
    effectiveDay: new Int32Array(n),
  };
  const skip = exists ? 1 : 0;
  for (const k of Object.keys(out) as (keyof typeof out)[]) {
    out[k].set(q[k].subarray(0, pos), 0);
    const tailFrom = pos + skip;
    const tailTo = change.kind === 'remove' ? pos : pos + 1;
    out[k].set(q[k].subarray(tailFrom), tailTo);
  }
  if (change.kind === 'upsert') {
    out.id[pos] = change.id ?? (exists ? q.id[pos] : 0);
    out.role[pos] = change.role;
    out.skill[pos] = change.skill;
    out.level[pos] = change.level;
    out.weight[pos] = change.weight;
    out.effectiveDay[pos] = day;
  }
  return { ...m, requirements: out };
}
