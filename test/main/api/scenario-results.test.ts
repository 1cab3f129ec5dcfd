// Scenario results through the registry on the demo engagement: the two demo scenarios behave as
// a planner expects, runs are cached until any write (ours or another connection's), a preview of
// the saved body equals its run, and views, options and comparison hold together.
import Database from 'better-sqlite3';
import type { ScenarioRunResult, SeriesGroup } from '../../../src/shared/scenario-types';
import { demoApi } from '../scenarios/api';

const at = (g: SeriesGroup, m: keyof SeriesGroup['values'], k: number) => g.values[m][k];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('scenario run API', () => {
  it('automation: demand falls over time in the automated roles only, leaving a surplus there; costs the investment', async () => {
    const { call, automationId } = await demoApi();
    const doc = await call('scenarioGet', { scenarioId: automationId });
    const run = await call('scenarioRun', { scenarioId: automationId });
    const T = run.settings.periods;
    expect(run.dates).toHaveLength(T + 1);
    const automated = new Set(doc.body.changes.flatMap((c) => (c.type === 'automation' ? c.roleIds : [])));
    let checked = 0;
    for (const g of run.roles!) {
      if (at(g, 'demand', 0) === 0) continue;
      if (automated.has(g.key!)) {
        checked++;
        expect(at(g, 'demand', T)).toBeLessThan(at(g, 'demand', 0));
        expect(at(g, 'demand', T)).toBeLessThanOrEqual(at(g, 'demand', Math.floor(T / 2)));
        expect(at(g, 'automation', T)).toBeGreaterThan(0);
        expect(at(g, 'gap', T)).toBeLessThan(0);
      } else expect(at(g, 'demand', T)).toBeCloseTo(at(g, 'demand', 0), 3);
    }
    expect(checked).toBeGreaterThan(0);
    const investment = sum(doc.body.changes.map((c) => (c.type === 'automation' ? c.investment : 0)));
    expect(run.kpis.investment).toBe(investment);
    expect(run.kpis.totalCost).toBeCloseTo(run.kpis.payroll + run.kpis.hiringCost + investment, 1);
    expect(run.kpis.surplus).toBeGreaterThan(0);
    // New requirements come with the change and show in the skills gap from their date.
    expect(run.requirements!.length).toBeGreaterThan(0);
    const added = new Set(run.requirements!.map((r) => r.skillId));
    const skill = run.skills!.find((s) => added.has(s.skillId) && s.addedFte.some((v) => v > 0))!;
    const from = run.requirements!.find((r) => r.skillId === skill.skillId)!.effectiveDate;
    run.dates.forEach((d, k) => (d < from ? expect(skill.addedFte[k]).toBe(0) : undefined));
    expect(run.assumptions).toEqual(doc.body.assumptions);
  });

  it('new market: supply appears at the new location, filled partly by transfers out of home roles', async () => {
    const { call, marketId, db } = await demoApi();
    const doc = await call('scenarioGet', { scenarioId: marketId });
    const market = doc.body.changes.find((c) => c.type === 'new-market')!;
    if (market.type !== 'new-market') throw new Error('expected a market change');
    const [run, base] = await Promise.all([call('scenarioRun', { scenarioId: marketId }), call('scenarioRun', { scenarioId: 'baseline' })]);
    const T = run.settings.periods;
    const site = run.locations!.find((l) => l.key === market.locationId)!;
    expect(at(site, 'supply', 0)).toBe(0);
    expect(at(site, 'supply', T)).toBeGreaterThan(0.9 * at(site, 'demand', T));
    expect(base.locations!.find((l) => l.key === market.locationId)?.values.supply[T] ?? 0).toBe(0);
    const transfersIn = sum(run.total!.values.transfersIn);
    expect(transfersIn).toBeGreaterThan(0);
    expect(sum(run.total!.values.transfersOut)).toBeCloseTo(transfersIn, 3);
    const rampRoles = new Set(market.ramp.map((r) => r.roleId));
    const home = run.roles!.filter((g) => !rampRoles.has(g.key!) && sum(g.values.transfersOut) > 0);
    expect(home.length).toBeGreaterThan(0);
    const loc = db().prepare('SELECT location_id AS l FROM roles WHERE id = ?');
    for (const g of home) {
      expect((loc.get(g.key) as { l: number | null }).l).not.toBe(market.locationId);
      expect(sum(g.values.movesOut)).toBeGreaterThanOrEqual(sum(g.values.transfersOut) - 1e-3);
    }
    expect(run.kpis.transfers).toBeGreaterThanOrEqual(transfersIn - 1e-3);
    // Without hiring to blur it, the home roles end with fewer people than with no transfers at all.
    const homeSupply = (r: ScenarioRunResult) => sum(r.roles!.filter((g) => home.some((h) => h.key === g.key)).map((g) => at(g, 'supply', T)));
    const noHiring = await call('scenarioRun', { scenarioId: marketId, options: { hiring: 'none' } });
    const noTransfers = await call('scenarioPreview', { body: { ...doc.body, changes: [{ ...market, internalShare: 0 }] }, options: { hiring: 'none' } });
    expect(sum(noTransfers.total!.values.transfersIn)).toBe(0);
    expect(homeSupply(noHiring)).toBeLessThan(homeSupply(noTransfers) - 0.5 * sum(noHiring.total!.values.transfersOut));
    expect(run.requirements!.every((r) => r.origin === 'new-market' && r.locationId === market.locationId)).toBe(true);
  });

  it('caches a run until any write: our own, or another connection\u2019s; scenario saves keep other results', async () => {
    const { call, automationId, marketId, dir } = await demoApi();
    const first = await call('scenarioRun', { scenarioId: automationId, view: { include: ['total'] } });
    const again = await call('scenarioRun', { scenarioId: automationId, view: { include: ['total'] } });
    expect([first.cached, again.cached]).toEqual([false, true]);
    expect(again.kpis).toEqual(first.kpis);
    // Different options are a different entry.
    expect((await call('scenarioRun', { scenarioId: automationId, options: { hiring: 'none' }, view: { include: [] } })).cached).toBe(false);

    // Saving another scenario's version touches only scenario documents: this result stays cached.
    const market = await call('scenarioGet', { scenarioId: marketId });
    await call('scenarioSave', { scenarioId: marketId, body: { ...market.body, periods: 12 } });
    expect((await call('scenarioRun', { scenarioId: automationId, view: { include: ['total'] } })).cached).toBe(true);

    // A settings change through the API (this connection) invalidates, and the figures follow it.
    await call('updateSettings', { settings: { costs: { recruitingShareOfSalary: 0.5 } } });
    const afterSettings = await call('scenarioRun', { scenarioId: automationId, view: { include: ['total'] } });
    expect(afterSettings.cached).toBe(false);
    expect(afterSettings.kpis.hiringCost).toBeGreaterThan(first.kpis.hiringCost);
    expect((await call('scenarioRun', { scenarioId: automationId, view: { include: ['total'] } })).cached).toBe(true);

    // A write by another connection to the same file (an import worker, another window).
    const other = new Database(`${dir}/demo.skillshift`);
    other.prepare('UPDATE employees SET fte = 0.5 WHERE id IN (SELECT id FROM employees ORDER BY id LIMIT 50)').run();
    other.close();
    const afterOther = await call('scenarioRun', { scenarioId: automationId, view: { include: ['total'] } });
    expect(afterOther.cached).toBe(false);
    expect(afterOther.kpis.supply).toBeLessThan(afterSettings.kpis.supply);
  });

  it('previews an unsaved body exactly as a run of the same body once saved', async () => {
    const { call, automationId } = await demoApi();
    const doc = await call('scenarioGet', { scenarioId: automationId });
    const strip = (r: ScenarioRunResult) => ({ ...r, cached: undefined, computeMs: undefined, scenario: undefined });
    const run = await call('scenarioRun', { scenarioId: automationId });
    const preview = await call('scenarioPreview', { scenarioId: automationId, body: doc.body });
    expect(strip(preview)).toEqual(strip(run));
    expect(preview.scenario).toEqual({ id: automationId, name: doc.scenario.name, version: null });

    // A slider move: the preview changes; saving that body and running it gives the same figures.
    const moved = { ...doc.body, changes: doc.body.changes.map((c) => (c.type === 'automation' ? { ...c, adoption: { ...c.adoption, target: 0.9 } } : c)) };
    const live = await call('scenarioPreview', { body: moved, options: { periodUnit: 'quarter' } });
    expect(live.kpis.demand).toBeLessThan(run.kpis.demand);
    await call('scenarioSave', { scenarioId: automationId, body: moved });
    const saved = await call('scenarioRun', { scenarioId: automationId, options: { periodUnit: 'quarter' } });
    expect(strip(saved)).toEqual(strip(live));
    expect(saved.settings).toMatchObject({ periodUnit: 'quarter', periods: 6 });
    expect(saved.dates).toHaveLength(7);
  });

  it('keeps payloads small on request: a role subset, chosen sections, unit tree totals', async () => {
    const { call, automationId } = await demoApi();
    const full = await call('scenarioRun', { scenarioId: automationId });
    const keys = full.roles!.slice(0, 3).map((g) => g.key!);
    const small = await call('scenarioRun', { scenarioId: automationId, view: { roleIds: keys, include: ['roles', 'total'] } });
    expect(small.roles!.map((g) => g.key)).toEqual(keys);
    expect(small.roles).toEqual(full.roles!.slice(0, 3));
    expect(small.units).toBeUndefined();
    expect(small.skills).toBeUndefined();
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(full).length / 5);
    const tree = await call('scenarioRun', { scenarioId: automationId, view: { include: ['units'], unitTree: true } });
    const flat = full.units!;
    const top = tree.units!.reduce((a, g) => (at(g, 'supply', 0) > at(a, 'supply', 0) ? g : a));
    expect(at(top, 'supply', 0)).toBeCloseTo(at(full.total!, 'supply', 0), 3);
    expect(Math.max(...flat.map((g) => at(g, 'supply', 0)))).toBeLessThan(at(top, 'supply', 0));
  });

  it('compares up to four scenarios with deltas against the baseline on the same grid', async () => {
    const { call, fail, automationId, marketId } = await demoApi();
    const cmp = await call('scenarioCompare', { scenarios: [{ scenarioId: 'baseline' }, { scenarioId: automationId }, { scenarioId: marketId }] });
    const [base, auto, market] = cmp.entries;
    expect(Object.values(base.deltas).every((v) => v === 0)).toBe(true);
    const autoRun = await call('scenarioRun', { scenarioId: automationId, view: { include: [] } });
    expect(auto.kpis).toEqual(autoRun.kpis);
    expect(auto.deltas.demand).toBeCloseTo(auto.kpis.demand - base.kpis.demand, 3);
    expect(auto.deltas.demand).toBeLessThan(0);
    expect(auto.deltas.investment).toBe(auto.kpis.investment);
    expect(market.deltas.supply).toBeGreaterThan(0);
    expect(market.deltas.transfers).toBeGreaterThan(0);
    expect(auto.series.gap).toHaveLength(auto.dates.length);
    auto.deltaSeries.demand.forEach((d, k) => expect(d).toBeCloseTo(auto.series.demand[k] - base.series.demand[k], 3));
    expect(cmp.warnings).toEqual([]);
    const mixed = await call('scenarioCompare', { scenarios: [{ scenarioId: automationId }, { scenarioId: automationId }], options: {} });
    expect(mixed.warnings).toEqual([expect.stringMatching(/listed more than once/)]);
    const five = Array.from({ length: 5 }, () => ({ scenarioId: 'baseline' }));
    expect(await fail('scenarioCompare', { scenarios: five })).toMatchObject({ kind: 'validation' });
  });
});
