// The Gaps API through the registry, as the renderer calls it, on a 300-person demo: figures
// agree with each other across methods (KPIs, roll-ups, heatmap cells, drill-down, profiles,
// explanations), everything is plain JSON, and inputs are validated.
import type {
  GapAdjacency,
  GapCellPeople,
  GapExplanation,
  GapGroups,
  GapHeatmap,
  GapManagerRoles,
  GapOptions,
  GapPersonProfile,
  GapReskill,
  GapSummary,
  GapUpskillPage,
} from '../../../src/shared/gap-types';
import { testApi } from '../../helpers/engagement';

type Api = ReturnType<typeof testApi>;
let api: Api;

async function call<T>(method: string, input: unknown = {}): Promise<T> {
  const r = await api.registry.call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  // Plain JSON: no typed arrays, no NaN, nothing JSON would change on the way to the renderer.
  expect(JSON.parse(JSON.stringify(r.value))).toEqual(r.value);
  return r.value as T;
}

async function error(method: string, input: unknown) {
  const r = await api.registry.call(method, input);
  if (r.ok) throw new Error(`${method} should have failed`);
  return r.error;
}

const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);

beforeAll(async () => {
  api = testApi();
  const r = await api.registry.call('createDemoEngagement', { file: 'gaps.skillshift', employees: 300, seed: 11 });
  expect(r.ok).toBe(true);
});
afterAll(() => api.ctx.session.close());

describe('gap roll-ups', () => {
  it('options list the filters and the future dates of the requirements', async () => {
    const o = await call<GapOptions>('getGapOptions');
    expect(o.units.length).toBeGreaterThan(3);
    expect(o.units.filter((u) => u.parentId === null).every((u) => u.depth === 0)).toBe(true);
    expect(o.roles.reduce((s, r) => s + r.people, 0)).toBe(300);
    expect(o.futureDates.length).toBeGreaterThan(0);
    expect(o.futureDates.every((d) => d > o.asOfDate)).toBe(true);
    expect(o.learningHoursPerMonth).toBe(16);
  });

  it('KPIs equal the sums of the role roll-up, today and at the horizon', async () => {
    const summary = await call<GapSummary>('getGapSummary', { futureMonths: 18 });
    const now = await call<GapGroups>('getGapGroups', { by: 'role' });
    const future = await call<GapGroups>('getGapGroups', { by: 'role', monthsAhead: 18 });
    expect(summary.now.people).toBe(sum(now.rows.map((r) => r.people)));
    expect(summary.now.gapHours).toBeCloseTo(sum(now.rows.map((r) => r.gapHours)), 6);
    expect(summary.future.gapHours).toBeCloseTo(sum(future.rows.map((r) => r.gapHours)), 6);
    expect(summary.future.asOfDate).toBe(future.scope.asOfDate);
    expect(future.scope.forecast).toBe(true);
    // The future profiles add and raise requirements: more to close in 18 months.
    expect(summary.profileChanges.added + summary.profileChanges.changed).toBeGreaterThan(0);
    expect(summary.future.gapHours!).toBeGreaterThan(summary.now.gapHours!);
    const readiness = sum(now.rows.map((r) => (r.meanReadiness ?? 0) * (r.people ?? 0)));
    expect(summary.now.meanReadiness).toBeCloseTo(readiness / summary.now.people!, 9);
    expect(summary.now.peopleBelow! + summary.now.peopleUnknown!).toBeLessThanOrEqual(summary.now.people!);
  });

  it('groups by every dimension cover the same level-gap', async () => {
    const totals: number[] = [];
    for (const by of ['role', 'unit', 'location', 'skill', 'category']) {
      const g = await call<GapGroups>('getGapGroups', { by });
      expect(g.rows.length).toBeGreaterThan(0);
      expect(g.rows.every((r) => r.by === by && !r.suppressed)).toBe(true);
      totals.push(sum(g.rows.map((r) => r.totalGapLevels)));
    }
    for (const t of totals) expect(t).toBeCloseTo(totals[0], 6);
  });

  it('the roles x skills heatmap adds up to the role roll-up, cell by cell', async () => {
    const h = await call<GapHeatmap>('getGapHeatmap', { kind: 'role-skill', monthsAhead: 18 });
    const g = await call<GapGroups>('getGapGroups', { by: 'role', monthsAhead: 18 });
    expect(h.rows.length).toBe(g.rows.length);
    h.rows.forEach((row, i) => {
      const cells = h.cells.filter((c) => c.row === i);
      const group = g.rows.find((r) => r.key === row.key)!;
      expect(sum(cells.map((c) => c.gapHours))).toBeCloseTo(group.gapHours!, 6);
      expect(cells.every((c) => c.people === group.people)).toBe(true);
    });
    // Columns run in category bands.
    const cats = h.cols.map((c) => c.category!);
    expect(cats.filter((c, i) => i > 0 && c !== cats[i - 1]).length).toBe(new Set(cats).size - 1);
    expect(h.maxMeanGap).toBe(Math.max(...h.cells.map((c) => c.meanGap ?? 0)));
  });

  it('filters by unit, location and category narrow the analysis', async () => {
    const o = await call<GapOptions>('getGapOptions');
    const all = await call<GapSummary>('getGapSummary', {});
    const byUnit = await call<GapGroups>('getGapGroups', { by: 'unit' });
    const big = byUnit.rows.filter((r) => r.key !== 'none').sort((a, b) => b.people! - a.people!)[0];
    const unit = await call<GapSummary>('getGapSummary', { filter: { unitIds: [Number(big.key)] } });
    expect(unit.now.people).toBeGreaterThanOrEqual(big.people!); // sub-units count too
    expect(unit.now.people).toBeLessThan(all.now.people!);
    const loc = await call<GapSummary>('getGapSummary', { filter: { locationIds: [o.locations[0].id] } });
    expect(loc.now.people).toBeLessThan(all.now.people!);
    const soft = await call<GapGroups>('getGapGroups', { by: 'category', filter: { categories: ['soft'] } });
    expect(soft.rows.map((r) => r.key)).toEqual(['soft']);
    const uc = await call<GapHeatmap>('getGapHeatmap', { kind: 'unit-category', filter: { lens: 'soft-leadership' } });
    expect(new Set(uc.cols.map((c) => c.key))).toEqual(new Set(['soft', 'leadership']));
  });

  it('manager roles come with their span of control', async () => {
    const m = await call<GapManagerRoles>('getGapManagers', { filter: { lens: 'soft-leadership' } });
    expect(m.rows.length).toBeGreaterThan(0);
    for (const r of m.rows) {
      expect(r.meanSpan).toBeCloseTo(r.directReports / r.managers, 9);
      expect(r.maxSpan).toBeGreaterThanOrEqual(r.meanSpan);
    }
    expect(m.rows.map((r) => r.directReports)).toEqual([...m.rows.map((r) => r.directReports)].sort((a, b) => b - a));
  });
});

describe('drill-down, profiles and lists', () => {
  it('a cell opens to its people, each with their level or "not assessed"', async () => {
    const h = await call<GapHeatmap>('getGapHeatmap', { kind: 'role-skill' });
    const cell = h.cells.filter((c) => c.unknownShare! > 0 && c.people! >= 3).sort((a, b) => b.people! - a.people!)[0];
    const input = { cell: { kind: 'role-skill', roleId: h.rows[cell.row].id, skillId: h.cols[cell.col].id }, limit: 2 };
    const first = await call<GapCellPeople>('getGapCellPeople', input);
    expect(first.total).toBe(cell.people);
    expect(first.rows).toHaveLength(2);
    const all = await call<GapCellPeople>('getGapCellPeople', { ...input, limit: 500 });
    const unknown = all.rows.filter((r) => r.level!.proficiency === null);
    expect(unknown.length / all.total).toBeCloseTo(cell.unknownShare!, 9);
    expect(unknown.every((r) => r.level!.gap === null)).toBe(true);
    const known = all.rows.filter((r) => r.level!.proficiency !== null);
    expect(sum(known.map((r) => r.level!.gap)) / known.length).toBeCloseTo(cell.meanGap!, 9);
    // Largest gap first, unknowns after every known gap.
    const gaps = all.rows.map((r) => r.level!.gap);
    expect(gaps.slice(0, known.length)).toEqual([...gaps.slice(0, known.length)].sort((a, b) => b! - a!));
    expect(gaps.slice(known.length).every((g) => g === null)).toBe(true);
    expect(all.rows[0].name).toEqual(expect.any(String)); // the demo is not pseudonymised
  });

  it('a unit x category cell opens to people with their figures in that category', async () => {
    const h = await call<GapHeatmap>('getGapHeatmap', { kind: 'unit-category' });
    const cell = [...h.cells].sort((a, b) => b.people! - a.people!)[0];
    const page = await call<GapCellPeople>('getGapCellPeople', {
      cell: { kind: 'unit-category', unitId: h.rows[cell.row].id, category: h.cols[cell.col].key },
      limit: 500,
    });
    expect(page.total).toBe(cell.people);
    expect(sum(page.rows.map((r) => r.category!.gapLevels))).toBeCloseTo(cell.meanGap! * cell.assessed!, 6);
    expect(sum(page.rows.map((r) => r.category!.required))).toBe(cell.pairs);
  });

  it('a person profile agrees with the drill-down and with its explanations', async () => {
    const g = await call<GapGroups>('getGapGroups', { by: 'role' });
    const role = [...g.rows].sort((a, b) => b.people! - a.people!)[0];
    const people = await call<GapCellPeople>('getGapCellPeople', { cell: { kind: 'group', by: 'role', key: role.key }, limit: 1 });
    const ref = people.rows[0].ref;
    const p = await call<GapPersonProfile>('getGapPerson', { employee: ref });
    expect(p.ref).toBe(ref);
    expect(p.now!.readiness).toBe(people.rows[0].readiness);
    expect(p.now!.months).toBeCloseTo(p.now!.gapHours / p.learningHoursPerMonth, 9);
    expect(p.skills.filter((s) => s.requiredNow !== null)).toHaveLength(p.now!.required);
    expect(p.skills.filter((s) => s.requiredFuture !== null)).toHaveLength(p.future!.required);
    expect(p.skills.every((s) => (s.proficiency === null) === (s.gapNow === null && s.gapFuture === null))).toBe(true);
    const readiness = await call<GapExplanation>('explainGap', { target: { kind: 'readiness', employee: p.id } });
    expect(readiness.result).toBe(p.now!.readiness);
    expect(readiness.formula).toMatch(/readiness = 1 - sum\(w x g\)/);
    expect(readiness.inputs.some((i) => i.value === 'not assessed') || p.now!.assessed === p.now!.required).toBe(true);
    // Explanations take the date like the roll-ups (asOf or monthsAhead), not the profile's futureMonths.
    expect(await error('explainGap', { futureMonths: 18, target: { kind: 'gapHours', employee: ref } })).toMatchObject({ kind: 'validation' });
    const future = await call<GapExplanation>('explainGap', { monthsAhead: 18, target: { kind: 'gapHours', employee: ref } });
    expect(future.result).toBe(p.future!.gapHours);
    expect(future.inputs.filter((i) => i.assumption).map((i) => i.name)).toContain('requirements in force on');
    const months = await call<GapExplanation>('explainGap', { target: { kind: 'months', employee: ref } });
    expect(months.result).toBeCloseTo(p.now!.months, 9);
    expect(months.inputs.find((i) => i.name === 'learning hours per month')).toMatchObject({ value: 16, assumption: true });
    // Best other roles, ranked by fit, each explainable to the same value.
    expect(p.alternatives.length).toBeGreaterThan(0);
    expect(p.alternatives.map((a) => a.fit)).toEqual([...p.alternatives.map((a) => a.fit)].sort((a, b) => b! - a!));
    const best = p.alternatives[0];
    expect(best.roleId).not.toBe(p.role!.id);
    const fit = await call<GapExplanation>('explainGap', { target: { kind: 'fit', employee: ref, roleId: best.roleId } });
    expect(fit.result).toBe(best.fit);
    expect(best.months).toBeCloseTo(best.gapHours / 16, 9);
  });

  it('upskill list: people whose future profile outgrows them, most extra hours first', async () => {
    const page = await call<GapUpskillPage>('getGapUpskill', { futureMonths: 18, limit: 20 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.rows.map((r) => r.extraHours)).toEqual([...page.rows.map((r) => r.extraHours)].sort((a, b) => b - a));
    for (const r of page.rows) {
      expect(r.gapHoursFuture > r.gapHoursNow || (r.readinessFuture ?? 1) < (r.readinessNow ?? 0)).toBe(true);
      expect(r.monthsFuture).toBeCloseTo(r.gapHoursFuture / 16, 9);
      expect(r.programs.programs.every((x) => x.coveredLevels > 0)).toBe(true);
    }
    const next = await call<GapUpskillPage>('getGapUpskill', { futureMonths: 18, offset: 20, limit: 20 });
    expect(next.rows.map((r) => r.id)).not.toContain(page.rows[0].id);
  });

  it('reskill candidates for a role come from other roles, best fit first, each fit explainable', async () => {
    const g = await call<GapGroups>('getGapGroups', { by: 'role' });
    const target = [...g.rows].sort((a, b) => b.people! - a.people!)[0];
    const r = await call<GapReskill>('getGapReskill', { roleId: Number(target.key), top: 5 });
    expect(r.candidates.length).toBeGreaterThan(0);
    expect(r.candidates.every((c) => c.fromRoleId !== Number(target.key) && c.coverage >= 0.5)).toBe(true);
    expect(r.candidates.map((c) => c.fit)).toEqual([...r.candidates.map((c) => c.fit)].sort((a, b) => b - a));
    const why = await call<GapExplanation>('explainGap', { target: { kind: 'fit', employee: r.candidates[0].id, roleId: Number(target.key) } });
    expect(why.result).toBeCloseTo(r.candidates[0].fit, 12);
  });

  it('role adjacency lists the closest roles both ways, explainable', async () => {
    const g = await call<GapGroups>('getGapGroups', { by: 'role' });
    const roleId = Number(g.rows[Math.floor(g.rows.length / 2)].key);
    const a = await call<GapAdjacency>('getGapAdjacency', { roleId, top: 4 });
    expect(a.into).toHaveLength(4);
    expect(a.into.every((x) => x.roleId !== roleId && x.fit >= 0 && x.fit <= 1)).toBe(true);
    expect(a.into.map((x) => x.fit)).toEqual([...a.into.map((x) => x.fit)].sort((p, q) => q - p));
    const why = await call<GapExplanation>('explainGap', { target: { kind: 'adjacency', fromRoleId: roleId, toRoleId: a.into[0].roleId } });
    expect(why.result).toBe(a.into[0].fit);
  });

  it('aggregate and KPI figures explain themselves with the shown value', async () => {
    const h = await call<GapHeatmap>('getGapHeatmap', { kind: 'role-skill' });
    const cell = h.cells.find((c) => c.gapHours! > 0)!;
    const ref = { kind: 'role-skill', roleId: h.rows[cell.row].id, skillId: h.cols[cell.col].id };
    const hours = await call<GapExplanation>('explainGap', { target: { kind: 'cell', cell: ref, metric: 'gapHours' } });
    expect(hours.result).toBe(cell.gapHours);
    expect(hours.inputs.some((i) => i.name.startsWith('hours per level') && i.assumption)).toBe(true);
    const share = await call<GapExplanation>('explainGap', { target: { kind: 'cell', cell: ref, metric: 'unknownShare' } });
    expect(share.result).toBe(cell.unknownShare);
    const summary = await call<GapSummary>('getGapSummary', {});
    for (const metric of ['meanReadiness', 'gapHours', 'peopleBelow', 'assessedShare'] as const) {
      const x = await call<GapExplanation>('explainGap', { target: { kind: 'summary', metric } });
      expect(x.result).toBeCloseTo(summary.now[metric]!, 9);
    }
  });
});

describe('input checks', () => {
  it('refuses a date and months ahead together, unknown ids and unknown people', async () => {
    expect(await error('getGapGroups', { by: 'role', asOf: '2027-01-01', monthsAhead: 12 })).toMatchObject({ kind: 'validation' });
    expect(await error('getGapGroups', { by: 'team' })).toMatchObject({ kind: 'validation' });
    expect(await error('getGapHeatmap', { kind: 'role-skill', filter: { unitIds: [99999] } })).toMatchObject({ kind: 'not-found', message: /org unit with id 99999/ });
    expect(await error('getGapPerson', { employee: 'nobody' })).toMatchObject({ kind: 'not-found' });
    expect(await error('getGapReskill', { roleId: 424242 })).toMatchObject({ kind: 'not-found', message: /role with id 424242/ });
    expect(await error('getGapCellPeople', { cell: { kind: 'group', by: 'skill', key: 'none' } })).toMatchObject({ kind: 'not-found' });
  });

  it('needs an open engagement', async () => {
    const other = testApi();
    const r = await other.registry.call('getGapSummary', {});
    expect(r).toMatchObject({ ok: false, error: { kind: 'not-open' } });
  });
});
