// Monte Carlo through the registry: a task id at once, progress events, the result on request,
// cancel, the same seed giving the same result, caching for saved versions, and bands that
// collapse onto the deterministic run when nothing is uncertain.
import { closeScenarioPool, waitForMonteCarlo } from '../../../src/main/scenarios/monte-carlo-tasks';
import type { ProgressEvent } from '../../../src/shared/events';
import { demoApi } from '../scenarios/api';

afterAll(() => closeScenarioPool());

describe('Monte Carlo API', { timeout: 120_000 }, () => {
  it('starts a task, reports progress under its id, and answers with bands and probabilities', async () => {
    const { call, events, automationId } = await demoApi(300);
    const { taskId, cached } = await call('scenarioMonteCarloStart', { scenarioId: automationId, runs: 64, seed: 5 });
    expect(cached).toBe(false);
    expect((await call('scenarioMonteCarloResult', { taskId })).status).toBe('running');
    await waitForMonteCarlo(taskId);
    const progress = events.filter((e) => e.name === 'progress' && (e.payload as ProgressEvent).taskId === taskId).map((e) => e.payload as ProgressEvent);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toMatchObject({ finished: true, done: 64, total: 64, label: expect.stringMatching(/done$/) });
    const done = progress.filter((p) => !p.finished).map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));

    const task = await call('scenarioMonteCarloResult', { taskId });
    expect(task).toMatchObject({ status: 'done', cached: false, progress: { phase: 'done', done: 64 } });
    const r = task.result!;
    expect(r).toMatchObject({ runs: 64, seed: 5, targetPeriod: 18, targetDate: r.dates[18] });
    expect(r.distributions.map((d) => d.parameter)).toEqual(['attrition', 'adoption speed', 'time-to-fill', 'ramp']);
    for (const m of ['supply', 'demand', 'shortage', 'payroll', 'hiringCost'] as const) expect(r.totals[m].p50).toHaveLength(r.dates.length);
    const run = await call('scenarioRun', { scenarioId: automationId, view: { include: ['roles'] } });
    expect(r.roles).toHaveLength(run.roles!.length);
    for (const role of r.roles) {
      for (const b of [role.supply, role.demand, role.gap]) {
        b.p10.forEach((v, k) => {
          expect(v).toBeLessThanOrEqual(b.p50[k] + 1e-9);
          expect(b.p50[k]).toBeLessThanOrEqual(b.p90[k] + 1e-9);
        });
      }
      expect(role.pClosed).toBeGreaterThanOrEqual(0);
      expect(role.pClosed).toBeLessThanOrEqual(role.pNoShortage);
    }
    // Uncertain adoption widens the automated roles' demand band at the horizon.
    expect(r.roles.some((x) => x.demand.p90[18] - x.demand.p10[18] > 0.01)).toBe(true);

    const subset = await call('scenarioMonteCarloResult', { taskId, roleIds: [r.roles[0].roleId] });
    expect(subset.result!.roles).toEqual([r.roles[0]]);
    expect((await call('scenarioMonteCarloResult', { taskId, totalsOnly: true })).result!.roles).toEqual([]);

    // The same saved version, seed and runs again: straight from the cache.
    const again = await call('scenarioMonteCarloStart', { scenarioId: automationId, runs: 64, seed: 5 });
    expect(again.cached).toBe(true);
    expect((await call('scenarioMonteCarloResult', { taskId: again.taskId })).result).toEqual(r);
  });

  it('gives the same result for the same seed and a different one for another seed (unsaved body, never cached)', async () => {
    const { call, marketId } = await demoApi(300);
    const body = (await call('scenarioGet', { scenarioId: marketId })).body;
    const once = async (seed: number) => {
      const { taskId, cached } = await call('scenarioMonteCarloStart', { scenarioId: marketId, body, runs: 40, seed, targetDate: '2027-12-31' });
      expect(cached).toBe(false);
      await waitForMonteCarlo(taskId);
      return (await call('scenarioMonteCarloResult', { taskId })).result!;
    };
    const [a, b, c] = [await once(11), await once(11), await once(12)];
    expect(b).toEqual(a);
    expect(c.totals.supply.p50).not.toEqual(a.totals.supply.p50);
    expect(a.targetDate >= '2027-12-31').toBe(true);
    expect(a.dates[a.targetPeriod - 1] < '2027-12-31').toBe(true);
  });

  it('collapses onto the deterministic run when nothing is uncertain', async () => {
    const { call, automationId } = await demoApi(300);
    const doc = await call('scenarioGet', { scenarioId: automationId });
    const certain = {
      ...doc.body,
      uncertainty: { attrition: { cv: 0, grouping: 'family' }, adoptionTimeScale: { min: 1, mode: 1, max: 1 }, timeToFill: { cv: 0 }, rampTimeScale: { min: 1, mode: 1, max: 1 } },
    };
    const { taskId } = await call('scenarioMonteCarloStart', { scenarioId: automationId, body: certain, runs: 8, seed: 1 });
    await waitForMonteCarlo(taskId);
    const r = (await call('scenarioMonteCarloResult', { taskId })).result!;
    const det = await call('scenarioPreview', { body: certain, view: { include: ['roles', 'total'] } });
    r.totals.supply.p50.forEach((v, k) => expect(v).toBeCloseTo(det.total!.values.supply[k], 2));
    for (const role of r.roles.slice(0, 20)) {
      const g = det.roles!.find((x) => x.key === role.roleId)!;
      role.supply.p50.forEach((v, k) => expect(v).toBeCloseTo(g.values.supply[k], 3));
      expect(role.supply.p90[18] - role.supply.p10[18]).toBeLessThan(1e-3);
    }
  });

  it('cancels a running task: it stops, reports cancelled, and cannot be cancelled twice', async () => {
    const { call, fail, events, automationId } = await demoApi(300);
    const doc = await call('scenarioGet', { scenarioId: automationId });
    const { taskId } = await call('scenarioMonteCarloStart', { scenarioId: automationId, body: doc.body, runs: 10_000, seed: 3 });
    expect(await call('scenarioMonteCarloCancel', { taskId })).toEqual({ cancelled: true });
    await waitForMonteCarlo(taskId);
    const task = await call('scenarioMonteCarloResult', { taskId });
    expect(task).toMatchObject({ status: 'cancelled', error: 'The run was cancelled.' });
    expect(task.result).toBeUndefined();
    expect(task.progress.done).toBeLessThan(10_000);
    expect(await call('scenarioMonteCarloCancel', { taskId })).toEqual({ cancelled: false });
    const last = events.filter((e) => e.name === 'progress' && (e.payload as ProgressEvent).taskId === taskId).at(-1)!.payload as ProgressEvent;
    expect(last).toMatchObject({ finished: true, label: expect.stringMatching(/cancelled$/) });
    expect(await fail('scenarioMonteCarloResult', { taskId: 'mc:nope' })).toMatchObject({ kind: 'not-found' });
    // The pool is still usable after a cancel.
    const next = await call('scenarioMonteCarloStart', { scenarioId: automationId, body: doc.body, runs: 8, seed: 3 });
    await waitForMonteCarlo(next.taskId);
    expect((await call('scenarioMonteCarloResult', { taskId: next.taskId })).status).toBe('done');
  });
});
