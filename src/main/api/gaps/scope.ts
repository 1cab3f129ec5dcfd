// Turning API inputs (entity ids, dates, months ahead) into the engine's terms (dense indices,
// ISO dates) and back, and the privacy rule every roll-up applies.
import { skillCategories, type SkillCategory } from '../../../shared/domain/entities';
import type { GapCellInput, GapFilterInput, GapPrivacy, GapProgramPlan, GapScope } from '../../../shared/gap-types';
import { AppError } from '../../../shared/result';
import { addMonths, indexOfId, type CellRef, type GapFilter, type GapModel, type ProgramPlan } from '../../engine/gaps';
import type { GapState } from './cache';

/** NaN (the engine's "no value") as null: NaN would survive IPC's structured clone as NaN. */
export const num = (x: number): number | null => (x === x ? x : null);

/** The date requirements are resolved on: explicit date, or months after the engagement's as-of date. */
export function whenOf(s: GapState, w: { asOf?: string; monthsAhead?: number }): string {
  if (w.asOf !== undefined) return w.asOf;
  return w.monthsAhead ? addMonths(s.meta.asOfDate, w.monthsAhead) : s.meta.asOfDate;
}

/** The "future" side of a now-vs-future view: a date, or months ahead (default: the engagement's horizon). */
export function futureOf(s: GapState, f: { futureMonths?: number; futureDate?: string }): string {
  return f.futureDate ?? addMonths(s.meta.asOfDate, f.futureMonths ?? s.meta.horizonMonths);
}

function dense(ids: Float64Array, id: number, what: string): number {
  const i = indexOfId(ids, id);
  if (i < 0) throw new AppError('not-found', `There is no ${what} with id ${id} in this engagement.`, { what, id });
  return i;
}

export const roleIndex = (m: GapModel, id: number) => dense(m.roles.id, id, 'role');
export const skillIndex = (m: GapModel, id: number) => dense(m.skills.id, id, 'skill');

export function filterOf(m: GapModel, f: GapFilterInput = {}): GapFilter {
  const out: GapFilter = {};
  if (f.unitIds?.length) out.orgUnits = f.unitIds.map((id) => dense(m.orgUnits.id, id, 'org unit'));
  if (f.locationIds?.length) out.locations = f.locationIds.map((id) => dense(m.locations.id, id, 'location'));
  if (f.categories?.length) out.categories = [...f.categories];
  if (f.lens) out.lens = f.lens;
  if (f.managersOnly) out.managersOnly = true;
  return out;
}

export function privacyOf(s: GapState): GapPrivacy {
  return { pseudonymise: s.settings.privacy.pseudonymise, minGroupSize: s.settings.privacy.minGroupSize };
}

/**
 * Privacy mode hides roll-ups of fewer than minGroupSize people: with few people, a group's
 * mean readiness or gap is close to one person's assessment. Returns the reason, or null to show.
 */
export function suppression(s: GapState, people: number): string | null {
  const { pseudonymise, minGroupSize } = s.settings.privacy;
  if (!pseudonymise || people >= minGroupSize) return null;
  return `fewer than ${minGroupSize} people (privacy mode hides smaller groups)`;
}

export function scopeOf(s: GapState, asOfDate: string, filter: GapFilterInput = {}): GapScope {
  return { asOfDate, engagementAsOf: s.meta.asOfDate, forecast: asOfDate > s.meta.asOfDate, filter, privacy: privacyOf(s) };
}

/** A cell or group of the API as the engine's CellRef, with a title for the drill-down panel. */
export function cellRefOf(m: GapModel, c: GapCellInput): { ref: CellRef; title: string } {
  switch (c.kind) {
    case 'role-skill': {
      const role = roleIndex(m, c.roleId);
      const skill = skillIndex(m, c.skillId);
      return { ref: { kind: 'role-skill', role, skill }, title: `${m.roles.title[role]} × ${m.skills.name[skill]}` };
    }
    case 'unit-category': {
      const unit = c.unitId === null ? -1 : dense(m.orgUnits.id, c.unitId, 'org unit');
      const name = unit < 0 ? '(no org unit)' : m.orgUnits.name[unit];
      return { ref: { kind: 'unit-category', unit, category: categoryIndexOf(c.category) }, title: `${name} × ${c.category}` };
    }
    case 'group':
      return groupRefOf(m, c.by, c.key);
  }
}

const categoryIndexOf = (c: SkillCategory): number => skillCategories.indexOf(c);

function groupRefOf(m: GapModel, by: Extract<GapCellInput, { kind: 'group' }>['by'], key: string): { ref: CellRef; title: string } {
  const bad = () => new AppError('not-found', `There is no ${by} group "${key}" in this engagement.`, { by, key });
  if (by === 'category') {
    const i = skillCategories.indexOf(key as SkillCategory);
    if (i < 0) throw bad();
    return { ref: { kind: 'group', by, index: i }, title: key };
  }
  if (key === 'none') {
    if (by !== 'unit' && by !== 'location') throw bad();
    return { ref: { kind: 'group', by, index: -1 }, title: by === 'unit' ? '(no org unit)' : '(no location)' };
  }
  const id = Number(key);
  if (!Number.isInteger(id)) throw bad();
  const table = { role: m.roles.id, skill: m.skills.id, unit: m.orgUnits.id, location: m.locations.id }[by];
  const index = indexOfId(table, id);
  if (index < 0) throw bad();
  const names = { role: m.roles.title, skill: m.skills.name, unit: m.orgUnits.name, location: m.locations.name }[by];
  return { ref: { kind: 'group', by, index }, title: names[index] };
}

/** The engine's program plan with names instead of dense indices. */
export function planJson(m: GapModel, p: ProgramPlan): GapProgramPlan {
  return {
    programs: p.programs.map((x) => ({
      id: m.programs.id[x.program],
      name: m.programs.name[x.program],
      covers: x.covers.map((c) => ({ skill: m.skills.name[c.skill], levels: c.levels })),
      coveredLevels: x.coveredLevels,
      costPerPerson: x.costPerPerson,
      durationMonths: x.durationMonths,
    })),
    uncovered: p.uncovered.map((u) => ({ skill: m.skills.name[u.skill], levels: u.levels })),
    totalCost: p.totalCost,
  };
}

/**
 * A person by engagement id (number) or by text: their pseudonymous ref first, then the client's
 * id (both unique columns, so one indexed look-up each). Returns the dense index.
 */
export function employeeIndex(s: GapState, key: number | string): number {
  let id: number | undefined;
  if (typeof key === 'number') id = key;
  else {
    const byRef = s.db.prepare('SELECT id FROM employees WHERE ref = ?').pluck().get(key) as number | undefined;
    id = byRef ?? (s.db.prepare('SELECT id FROM employees WHERE client_id = ?').pluck().get(key) as number | undefined);
  }
  const e = id === undefined ? -1 : indexOfId(s.model.employees.id, id);
  if (e < 0) {
    throw new AppError('not-found', `There is no employee ${typeof key === 'number' ? `with id ${key}` : `with ref or client id "${key}"`} in this engagement.`, { employee: key });
  }
  return e;
}

/** Names of the given employee ids, or an empty map in privacy mode (pseudonymous refs only). */
export function namesOf(s: GapState, ids: number[]): Map<number, string | null> {
  if (s.settings.privacy.pseudonymise || ids.length === 0) return new Map();
  const rows = s.db
    .prepare(`SELECT id, name FROM employees WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as { id: number; name: string | null }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
