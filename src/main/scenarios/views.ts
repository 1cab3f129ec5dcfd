// JSON views of a deterministic run for the API and the command line: columnar series per role,
// unit, location and in total, the skills gap over time, the requirements the scenario adds, the
// cost and the headline KPIs. Figures are rounded (FTE and heads to 4 decimals, money to cents)
// so payloads stay small and a preview and a run of the same body compare equal.
import { seriesMeasures, type NewRequirementRow, type RunSection, type ScenarioKpis, type ScenarioRunSettings, type SeriesGroup, type SkillSeries } from '../../shared/scenario-types';
import { rollup, skillsGap, totalCost, type CompiledScenario, type GroupBy, type Projection, type Series } from '../engine/scenario';

const MONEY = new Set(['payroll', 'hiringCost']);
export const round4 = (x: number) => Math.round(x * 1e4) / 1e4 || 0;
export const round2 = (x: number) => Math.round(x * 100) / 100 || 0;

function groups(s: Series, keep?: Set<number>): SeriesGroup[] {
  const P = s.T + 1;
  const out: SeriesGroup[] = [];
  for (let g = 0; g < s.G; g++) {
    const key = s.keys[g];
    if (keep && (key === null || !keep.has(key))) continue;
    const values = {} as SeriesGroup['values'];
    for (const m of seriesMeasures) {
      const r = MONEY.has(m) ? round2 : round4;
      const col = new Array<number>(P);
      for (let k = 0; k < P; k++) col[k] = r(s.values[m][k * s.G + g]);
      values[m] = col;
    }
    out.push({ key, label: s.labels[g], values });
  }
  return out;
}

/** Groups of a roll-up; "(no unit)"/"(no location)" only when something is in them. */
function groupSeries(cs: CompiledScenario, p: Projection, by: GroupBy, opts: { tree?: boolean; roles?: Set<number> } = {}): SeriesGroup[] {
  const s = rollup(cs, p, by, { tree: opts.tree });
  const all = groups(s, by === 'role' ? opts.roles : undefined);
  return by === 'unit' || by === 'location' ? all.filter((g) => g.key !== null || g.values.supply.some((v) => v !== 0) || g.values.demand.some((v) => v !== 0)) : all;
}

export function kpisOf(cs: CompiledScenario, p: Projection, total?: Series): ScenarioKpis {
  const s = total ?? rollup(cs, p, 'total');
  const T = s.T;
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  const cost = totalCost(cs, p);
  return {
    supply: round4(s.values.supply[T]),
    demand: round4(s.values.demand[T]),
    gap: round4(s.values.gap[T]),
    shortage: round4(s.values.shortage[T]),
    surplus: round4(s.values.surplus[T]),
    hires: round4(sum(s.values.hires)),
    exits: round4(sum(s.values.exits)),
    transfers: round4(sum(s.values.movesIn)),
    payroll: round2(cost.payroll),
    hiringCost: round2(cost.hiring),
    investment: round2(cost.investment),
    totalCost: round2(cost.total),
  };
}

function skillSeries(cs: CompiledScenario, p: Projection): SkillSeries[] {
  const g = skillsGap(cs, p);
  const S = g.skillIds.length;
  const P = g.T + 1;
  const category = new Map(cs.baseline.data.skills.map((s) => [s.id, s.category]));
  const out: SkillSeries[] = [];
  for (let s = 0; s < S; s++) {
    const col = (a: Float64Array) => Array.from({ length: P }, (_, k) => round4(a[k * S + s]));
    const demandFte = col(g.demandFte);
    const addedFte = col(g.addedFte);
    // Skills no role in the projection needs carry no information: left out.
    if (demandFte.every((v) => v === 0) && addedFte.every((v) => v === 0)) continue;
    out.push({ skillId: g.skillIds[s], skill: g.labels[s], category: category.get(g.skillIds[s]) ?? '', demandFte, shortageFte: col(g.shortageFte), shortageLevelFte: col(g.shortageLevelFte), addedFte });
  }
  return out;
}

function requirementRows(cs: CompiledScenario): NewRequirementRow[] {
  const d = cs.baseline.data;
  const role = new Map(d.roles.map((r) => [r.id, r.title]));
  const skill = new Map(d.skills.map((s) => [s.id, s.name]));
  const loc = new Map(d.locations.map((l) => [l.id, l.name]));
  return cs.meta.requirements.map((r) => ({
    roleId: r.roleId,
    role: role.get(r.roleId) ?? `role ${r.roleId}`,
    skillId: r.skillId,
    skill: skill.get(r.skillId) ?? `skill ${r.skillId}`,
    level: r.level,
    weight: r.weight,
    effectiveDate: r.effectiveDate,
    locationId: r.locationId,
    location: r.locationId === null ? null : (loc.get(r.locationId) ?? null),
    changeId: r.origin.changeId,
    origin: r.origin.kind,
  }));
}

export interface RunViewOptions {
  roleIds?: number[];
  include?: readonly RunSection[];
  unitTree?: boolean;
}

export const settingsOf = (cs: CompiledScenario): ScenarioRunSettings => ({
  startDate: cs.body.startDate,
  periodUnit: cs.body.periodUnit,
  periods: cs.body.periods,
  hiring: cs.body.hiring,
});

/** The sections asked for (all by default). */
export function runSections(cs: CompiledScenario, p: Projection, v: RunViewOptions) {
  const want = new Set<RunSection>(v.include ?? ['roles', 'units', 'locations', 'total', 'skills', 'requirements']);
  const total = rollup(cs, p, 'total');
  const roles = v.roleIds ? new Set(v.roleIds) : undefined;
  return {
    kpis: kpisOf(cs, p, total),
    ...(want.has('roles') ? { roles: groupSeries(cs, p, 'role', { roles }) } : {}),
    ...(want.has('units') ? { units: groupSeries(cs, p, 'unit', { tree: v.unitTree }) } : {}),
    ...(want.has('locations') ? { locations: groupSeries(cs, p, 'location') } : {}),
    ...(want.has('total') ? { total: groups(total)[0] } : {}),
    ...(want.has('skills') ? { skills: skillSeries(cs, p) } : {}),
    ...(want.has('requirements') ? { requirements: requirementRows(cs) } : {}),
  };
}
