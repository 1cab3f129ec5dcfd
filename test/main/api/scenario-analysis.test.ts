// Levers, tornado, goal-seek, explanations, uncertainty and careers through the registry: shapes
// the UI relies on, and answers that agree with plain runs of the same bodies.
import type { ScenarioBody } from '../../../src/shared/domain/scenario';
import { demoApi } from '../scenarios/api';

const withTarget = (body: ScenarioBody, changeId: string, target: number): ScenarioBody => ({
  ...body,
  changes: body.changes.map((c) => (c.type === 'automation' && c.id === changeId ? { ...c, adoption: { ...c.adoption, target } } : c)),
});

describe('scenario analysis API', () => {
  it('lists levers with values and ranges: each change\u2019s own, then the engagement-wide ones', async () => {
    const { call, automationId, marketId } = await demoApi();
    const levers = await call('scenarioLevers', { scenarioId: automationId });
    const kinds = levers.map((l) => `${l.lever.kind}${'changeId' in l.lever ? `:${l.lever.changeId}` : ''}`);
    expect(kinds).toEqual(expect.arrayContaining(['adoption-target:ai-claims', 'realisation:ai-claims', 'adoption-time:idp-back-office', 'attrition-scale', 'salary-inflation']));
    expect(levers.find((l) => kinds[levers.indexOf(l)] === 'adoption-target:ai-claims')).toMatchObject({ value: 0.6, min: 0, max: 1, unit: 'share' });
    expect(levers.find((l) => l.lever.kind === 'salary-inflation')!.value).toBe(0.035);
    const market = await call('scenarioLevers', { scenarioId: marketId });
    expect(market.map((l) => l.lever.kind)).toEqual(expect.arrayContaining(['ramp-scale', 'internal-share']));
  });

  it('tornado: every lever moved +/-20% with the run\u2019s own figures as base, largest swing first; cached for a saved version', async () => {
    const { call, automationId } = await demoApi();
    const t = await call('scenarioTornado', { scenarioId: automationId });
    const run = await call('scenarioRun', { scenarioId: automationId, view: { include: [] } });
    expect(t.delta).toBe(0.2);
    expect(t.metrics).toEqual([{ kind: 'total-gap' }, { kind: 'cost', part: 'total' }]);
    expect(t.base[0]).toBeCloseTo(run.kpis.gap, 3);
    expect(t.base[1]).toBeCloseTo(run.kpis.totalCost, 0);
    for (const r of t.rows) {
      expect(r.atLow).toHaveLength(2);
      expect(r.atHigh).toHaveLength(2);
      if (!r.note) {
        expect(r.low).toBeCloseTo(Math.max(0, r.base * 0.8), 9);
        expect(r.swing).toBeCloseTo(Math.abs(r.atHigh[0] - r.atLow[0]), 9);
      }
    }
    const swings = t.rows.map((r) => r.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(swings[0]).toBeGreaterThan(0);
    expect(t.cached).toBe(false);
    expect((await call('scenarioTornado', { scenarioId: automationId })).cached).toBe(true);
    const narrow = await call('scenarioTornado', { scenarioId: automationId, delta: 0.1, metrics: [{ kind: 'total-shortage', period: 6 }], levers: [{ kind: 'attrition-scale' }] });
    expect(narrow.rows).toHaveLength(1);
    expect(narrow.rows[0]).toMatchObject({ lever: { kind: 'attrition-scale' }, base: 1, low: 0.9, high: 1.1 });
  });

  it('goal-seek finds the lever value that hits the target, which a preview confirms; out of range is unreachable', async () => {
    const { call, automationId } = await demoApi();
    const lever = { kind: 'adoption-target', changeId: 'ai-claims' } as const;
    const probe = await call('scenarioGoalSeek', { scenarioId: automationId, lever, metric: { kind: 'total-gap' }, target: 1e9 });
    expect(probe).toMatchObject({ status: 'unreachable', value: null, range: { lo: 0, hi: 1 } });
    const target = (probe.range.atLo + probe.range.atHi) / 2;
    const found = await call('scenarioGoalSeek', { scenarioId: automationId, lever, metric: { kind: 'total-gap' }, target });
    expect(found.status).toBe('found');
    expect(found.value!).toBeGreaterThan(0);
    expect(found.value!).toBeLessThan(1);
    expect(found.achieved!).toBeCloseTo(target, 6);
    const doc = await call('scenarioGet', { scenarioId: automationId });
    const check = await call('scenarioPreview', { body: withTarget(doc.body, 'ai-claims', found.value!), view: { include: [] } });
    expect(check.kpis.gap).toBeCloseTo(target, 3);
    const err = await call('scenarioGoalSeek', { scenarioId: automationId, lever: { kind: 'adoption-target', changeId: 'nope' }, metric: { kind: 'total-gap' }, target: 0 }).catch((e: Error) => e.message);
    expect(err).toMatch(/not-found.*No automation change with id nope/);
  });

  it('explains a figure with its formula and inputs; the result is the run\u2019s figure', async () => {
    const { call, fail, automationId } = await demoApi();
    const run = await call('scenarioRun', { scenarioId: automationId, view: { include: ['roles'] } });
    const role = run.roles!.find((g) => g.values.automation.at(-1)! > 0)!;
    const T = run.settings.periods;
    const e = await call('scenarioExplain', { scenarioId: automationId, figure: 'demand', roleId: role.key!, period: T });
    expect(e.formula).toMatch(/demand = baseline x growth/);
    expect(e.result!).toBeCloseTo(role.values.demand[T], 3);
    expect(e.inputs.some((i) => /adoption at this period/.test(i.name) && i.assumption === true)).toBe(true);
    const gap = await call('scenarioExplain', { scenarioId: automationId, figure: 'gap', roleId: role.key!, period: T });
    expect(gap.result!).toBeCloseTo(role.values.gap[T], 3);
    expect(await fail('scenarioExplain', { scenarioId: automationId, figure: 'gap', period: 1 })).toMatchObject({ kind: 'validation', message: expect.stringMatching(/exactly one of roleId or cell/) });
    expect(await fail('scenarioExplain', { scenarioId: automationId, figure: 'gap', cell: 99999, period: 1 })).toMatchObject({ kind: 'not-found' });
  });

  it('states the Monte Carlo distributions as rows, from the scenario\u2019s own uncertainty block', async () => {
    const { call, automationId } = await demoApi();
    const rows = await call('scenarioUncertainty', { scenarioId: automationId });
    expect(rows.map((r) => r.parameter)).toEqual(['attrition', 'adoption speed', 'time-to-fill', 'ramp']);
    expect(rows[0]).toMatchObject({ distribution: 'beta', parameters: { cv: 0.2, grouping: 'family' } });
    const doc = await call('scenarioGet', { scenarioId: automationId });
    const custom = await call('scenarioUncertainty', { scenarioId: automationId, body: { ...doc.body, uncertainty: { attrition: { cv: 0.4, grouping: 'role' } } } });
    expect(custom[0]).toMatchObject({ parameters: { cv: 0.4, grouping: 'role' }, text: expect.stringMatching(/40%.*one draw per role/) });
  });

  it('careers: per role the expected years left and reach probabilities, trimmed to a role subset on request', async () => {
    const { call, db } = await demoApi();
    const all = await call('scenarioCareers', {});
    const roles = db().prepare('SELECT count(*) AS n FROM roles').get() as { n: number };
    expect(all.roles).toHaveLength(roles.n);
    // The demo has no transitions: nobody moves internally, so years left = 1 / annual exit rate.
    expect(all.moveSources).toEqual({ table: 0, calibrated: 0, none: roles.n });
    for (const r of all.roles) {
      expect(r.reachProbability).toEqual([]);
      expect(r.expectedYears).toBeGreaterThan(1);
    }
    const one = await call('scenarioCareers', { roleIds: [all.roles[3].roleId] });
    expect(one.roles).toEqual([all.roles[3]]);
  });
});
