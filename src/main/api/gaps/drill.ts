// Drill-down: the people behind a heatmap cell or a roll-up row, a page at a time, each with
// their level against the requirement (or "not assessed") and their own figures. A cell the
// privacy rule hides cannot be opened: the refusal is a typed error the screen can explain.
import type { GapCellInput, GapCellPeople, GapCellPerson, GapFilterInput } from '../../../shared/gap-types';
import { AppError } from '../../../shared/result';
import { cellEmployees, slotOf, type CellRef, type GapAnalysis, type GapModel } from '../../engine/gaps';
import type { GapState } from './cache';
import { cellRefOf, filterOf, namesOf, num, scopeOf, suppression } from './scope';

export interface CellPeopleInput {
  cell: GapCellInput;
  offset: number;
  limit: number;
  sortBy: 'gap' | 'readiness' | 'gapHours' | 'ref';
}

/** The person's level for one skill of their role's profile, or null when the role does not need it. */
function levelOf(m: GapModel, a: GapAnalysis, e: number, skill: number): GapCellPerson['level'] {
  const k = slotOf(a.profiles, m.employees.role[e], skill);
  if (k < 0) return null;
  const { start, skill: ps, level } = m.proficiencies;
  let prof: number | null = null;
  for (let j = start[e]; j < start[e + 1]; j++) if (ps[j] === skill) prof = level[j];
  const required = a.profiles.level[k];
  return { required, weight: a.profiles.weight[k], proficiency: prof, gap: prof === null ? null : Math.max(0, required - prof) };
}

/** The person's requirements in one category: how many, how many assessed, and the level-gap. */
function categoryOf(m: GapModel, a: GapAnalysis, e: number, category: number): NonNullable<GapCellPerson['category']> {
  const p = a.profiles;
  const r = m.employees.role[e];
  const { start, skill: ps, level } = m.proficiencies;
  const out = { required: 0, assessed: 0, gapLevels: 0 };
  let j = start[e];
  for (let k = p.start[r]; k < p.start[r + 1]; k++) {
    const s = p.skill[k];
    while (j < start[e + 1] && ps[j] < s) j++;
    if (m.skills.category[s] !== category) continue;
    out.required++;
    if (j < start[e + 1] && ps[j] === s) {
      out.assessed++;
      out.gapLevels += Math.max(0, p.level[k] - level[j]);
    }
  }
  return out;
}

function personRow(m: GapModel, a: GapAnalysis, ref: CellRef, e: number): Omit<GapCellPerson, 'name'> {
  const skill = ref.kind === 'role-skill' ? ref.skill : ref.kind === 'group' && ref.by === 'skill' ? ref.index : -1;
  const category = ref.kind === 'unit-category' ? ref.category : ref.kind === 'group' && ref.by === 'category' ? ref.index : -1;
  const unit = m.employees.orgUnit[e];
  const location = m.employees.location[e];
  return {
    id: m.employees.id[e],
    ref: m.employees.ref[e],
    role: m.roles.title[m.employees.role[e]],
    unit: unit < 0 ? null : m.orgUnits.name[unit],
    location: location < 0 ? null : m.locations.name[location],
    readiness: num(a.employees.readiness[e]),
    coverage: a.employees.coverage[e],
    gapHours: a.employees.gapHours[e],
    level: skill >= 0 ? levelOf(m, a, e, skill) : null,
    category: category >= 0 ? categoryOf(m, a, e, category) : null,
  };
}

/** Largest gap first; not assessed after every known gap; then by ref so pages are stable. */
function comparator(sortBy: CellPeopleInput['sortBy']) {
  const byRef = (x: Omit<GapCellPerson, 'name'>, y: Omit<GapCellPerson, 'name'>) => (x.ref < y.ref ? -1 : x.ref > y.ref ? 1 : 0);
  const desc = (x: number | null, y: number | null) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : y - x);
  const asc = (x: number | null, y: number | null) => (x === null ? (y === null ? 0 : 1) : y === null ? -1 : x - y);
  const gapOf = (r: Omit<GapCellPerson, 'name'>) => (r.level ? r.level.gap : r.category ? (r.category.assessed ? r.category.gapLevels : null) : r.gapHours);
  return (x: Omit<GapCellPerson, 'name'>, y: Omit<GapCellPerson, 'name'>) => {
    switch (sortBy) {
      case 'gap':
        return desc(gapOf(x), gapOf(y)) || desc(x.gapHours, y.gapHours) || byRef(x, y);
      case 'readiness':
        return asc(x.readiness, y.readiness) || byRef(x, y);
      case 'gapHours':
        return desc(x.gapHours, y.gapHours) || byRef(x, y);
      case 'ref':
        return byRef(x, y);
    }
  };
}

export function gapCellPeople(s: GapState, asOf: string, filterInput: GapFilterInput, input: CellPeopleInput): GapCellPeople {
  const m = s.model;
  const a = s.analysis(asOf, filterOf(m, filterInput));
  const { ref, title } = cellRefOf(m, input.cell);
  const people = cellEmployees(m, a, ref);
  refuseIfHidden(s, people.length, title);
  const rows = Array.from(people, (e) => personRow(m, a, ref, e)).sort(comparator(input.sortBy));
  const page = rows.slice(input.offset, input.offset + input.limit);
  const names = namesOf(s, page.map((r) => r.id));
  return {
    scope: scopeOf(s, asOf, filterInput),
    title,
    total: rows.length,
    offset: input.offset,
    rows: page.map((r) => ({ ...r, name: names.get(r.id) ?? null })),
  };
}

/** Privacy mode: a roll-up of fewer than minGroupSize people cannot be opened or explained. */
export function refuseIfHidden(s: GapState, people: number, title: string): void {
  // An empty cell reveals nothing: it answers with no rows rather than a refusal.
  const reason = people === 0 ? null : suppression(s, people);
  if (reason) {
    throw new AppError('unauthorized', `${title} is hidden: ${reason}. Turn pseudonymisation off in Settings to see small groups.`, {
      reason: 'privacy-min-group-size',
      minGroupSize: s.settings.privacy.minGroupSize,
    });
  }
}
