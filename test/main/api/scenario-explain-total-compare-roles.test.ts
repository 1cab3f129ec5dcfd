// Two additions the scenario screens use: "why" for organisation totals (explain with total:
// true, the same code over every cell) and the per-role horizon deltas in a comparison.
import { demoApi } from '../scenarios/api';

describe('scenario explain for organisation totals', () => {
  it('explains each figure over every cell; the result is the run total of that period', async () => {
    const { call, automationId } = await demoApi();
    const run = await call('scenarioRun', { scenarioId: automationId, view: { include: ['total'] } });
    const T = run.settings.periods;
    const total = run.total!.values;
    for (const [figure, expected] of [
      ['supply', total.supply[T]],
      ['demand', total.demand[T]],
      ['gap', total.gap[T]],
      ['hires', total.hires[T]],
      ['exits', total.exits[T]],
      ['cost', total.payroll[T] + total.hiringCost[T]],
    ] as const) {
      const e = await call('scenarioExplain', { scenarioId: automationId, figure, total: true, period: T });
      expect(e.result).toBeCloseTo(expected, figure === 'cost' ? 0 : 2);
      expect(e.formula.length).toBeGreaterThan(10);
    }
    const demand = await call('scenarioExplain', { scenarioId: automationId, figure: 'demand', total: true, period: T });
    // Both automation changes appear, their exposure as a weighted mean, adoption flagged as an assumption.
    expect(demand.inputs.filter((i) => /demand-weighted mean/.test(i.name))).toHaveLength(2);
    expect(demand.inputs.filter((i) => /adoption at this period/.test(i.name)).every((i) => i.assumption)).toBe(true);
    const hires = await call('scenarioExplain', { scenarioId: automationId, figure: 'hires', total: true, period: T });
    expect(hires.inputs.find((i) => i.name === 'policy')?.value).toBe('replace');
  });

  it('still asks for exactly one target', async () => {
    const { fail, automationId } = await demoApi();
    expect(await fail('scenarioExplain', { scenarioId: automationId, figure: 'gap', period: 1 })).toMatchObject({ kind: 'validation', message: expect.stringMatching(/exactly one of roleId or cell/) });
    expect(await fail('scenarioExplain', { scenarioId: automationId, figure: 'gap', period: 1, roleId: 1, total: true })).toMatchObject({ kind: 'validation' });
  });
});

describe('scenario comparison per role', () => {
  it('gives each role at the horizon and its difference from the baseline run', async () => {
    const { call, automationId, marketId } = await demoApi();
    const cmp = await call('scenarioCompare', { scenarios: [{ scenarioId: 'baseline' }, { scenarioId: automationId }, { scenarioId: marketId }] });
    const [base, auto] = cmp.entries;
    expect(base.roles.length).toBeGreaterThan(10);
    expect(base.roles.every((r) => r.delta.supply === 0 && r.delta.demand === 0 && r.delta.gap === 0)).toBe(true);
    const [autoRun, baseRun] = await Promise.all([call('scenarioRun', { scenarioId: automationId, view: { include: ['roles'] } }), call('scenarioRun', { scenarioId: 'baseline', view: { include: ['roles'] } })]);
    const T = autoRun.settings.periods;
    const baseByRole = new Map(baseRun.roles!.map((g) => [g.key, g]));
    for (const r of auto.roles) {
      const g = autoRun.roles!.find((x) => x.key === r.roleId)!;
      expect(r.demand).toBeCloseTo(g.values.demand[T], 3);
      expect(r.delta.demand).toBeCloseTo(g.values.demand[T] - baseByRole.get(r.roleId)!.values.demand[T], 3);
      expect(r.gap).toBeCloseTo(g.values.gap[T], 3);
    }
    // Automation lowers demand in some roles and the per-role deltas add up to the total's.
    expect(auto.roles.some((r) => r.delta.demand < 0)).toBe(true);
    expect(auto.roles.reduce((a, r) => a + r.delta.demand, 0)).toBeCloseTo(auto.deltas.demand, 1);
  });
});
