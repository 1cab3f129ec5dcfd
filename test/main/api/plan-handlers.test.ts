// The plan API through the registry, on a small demo engagement: both demo scenarios give a plan
// whose choices explain themselves and whose figures add up; what-ifs on budget, seats and min
// fit move the mix; infeasible plans name the binding constraints; cost overrides and recorded
// outcomes round-trip and show up in the plan.
import { computePlan } from '../../../src/main/plan/compute';
import { readPlan } from '../../../src/main/plan/run';
import { PlanQuery, type ObjectiveOutcomeRow, type PlanPeoplePage, type PlanPersonRow, type PlanResult } from '../../../src/shared/plan-types';
import type { ApiError } from '../../../src/shared/result';
import { testApi } from '../../helpers/engagement';

const AUTOMATION = 'AI-assisted claims and back office';
const MARKET = 'Poland market entry';

type Api = ReturnType<typeof testApi>;
const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};
const failure = (r: { ok: boolean; error?: unknown }): ApiError => {
  if (r.ok) throw new Error('expected a failure');
  return r.error as ApiError;
};
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b)));

let api: Api;
beforeAll(async () => {
  api = testApi();
  value(await api.registry.call('createDemoEngagement', { file: 'demo.skillshift', employees: 400 }));
});

async function everyone(scenario: string, extra: object = {}): Promise<PlanPersonRow[]> {
  const page = value<PlanPeoplePage>(await api.registry.call('getPlanPeople', { scenario, limit: 5000, ...extra }));
  expect(page.rows.length).toBe(page.total);
  return page.rows;
}

describe('plan API on the demo', () => {
  it.each([AUTOMATION, MARKET])('%s: a covered plan whose choices are explainable and whose figures add up', async (scenario) => {
    const plan = value<PlanResult>(await api.registry.call('runPlan', { scenario }));
    expect(plan.status).toBe('optimal');
    expect(plan.shortfalls).toEqual([]);
    const t = plan.totals;
    close(t.cost, t.byOption.build + t.byOption.buy + t.byOption.borrow + t.byOption.bot + t.byOption.release);
    close(t.byOption.build, t.upskill + t.reskill);
    close(plan.mix.reduce((a, m) => a + m.cost.total, 0), t.cost);
    expect(t.lpBound).toBeLessThanOrEqual(t.cost + 1e-6);
    expect(t.greedyCost).toBeGreaterThanOrEqual(t.lpBound - 1e-6);
    expect(plan.mix.every((m) => m.uncovered < 1e-6)).toBe(true);

    const people = await everyone(scenario);
    expect(people.length).toBe(plan.solver.people);
    expect(people.every((p) => p.reason.length > 20)).toBe(true);
    const by = (a: string) => people.filter((p) => p.action === a);
    expect(by('reskill').length).toBe(plan.peopleSummary.reskill);
    expect(by('upskill').length).toBeGreaterThan(0);
    for (const p of by('reskill')) {
      expect(p.fit!).toBeGreaterThanOrEqual(plan.query.minFit);
      expect(p.targetRole).not.toBeNull();
      expect(p.reason).toContain(`Reskill to ${p.targetRole}`);
      expect(p.reason).toContain(`fit ${Math.round(p.fit! * 100)}%`);
      expect(p.proficientPeriod!).toBeLessThanOrEqual(plan.scenario.periods);
      expect(p.figures[0].figure.result).toBeCloseTo(p.cost, 0);
    }
    for (const p of by('upskill')) expect(p.reason).toMatch(/^Upskill in role: .* profile changes by \d{4}-\d{2}-\d{2}/);
    const released = people.filter((p) => p.release);
    expect(released.length).toBe(plan.peopleSummary.release);
    close(released.reduce((a, p) => a + p.release!.severance, 0), t.byOption.release);
    for (const p of released) {
      expect(p.action).toBe('at-risk');
      expect(p.reason).toContain(`Severance EUR ${Math.round(p.release!.severance).toLocaleString('en')}`);
      expect(p.figures[0].figure.result).toBeCloseTo(p.release!.severance, 1);
    }
    const moved = people.filter((p) => p.action === 'upskill' || p.action === 'reskill');
    close(moved.reduce((a, p) => a + p.cost, 0), t.byOption.build);

    // Learning timeline: seats within limits, budget burn adds up to the fees.
    for (const s of plan.learning.seats) if (s.seats !== null) expect(s.seatsUsed).toBeLessThanOrEqual(s.seats);
    close(plan.learning.budget[plan.learning.budget.length - 1].cumulative, t.learningSpend);
    expect(plan.learning.enrolments.length).toBeGreaterThan(0);
    // Programs: ROI = (avoided hiring + avoided severance + productivity) / cost.
    for (const p of plan.programs.filter((x) => x.people > 0)) {
      close(p.roi!, (p.avoidedHiring + p.avoidedSeverance + p.productivityGained) / p.cost);
      expect(p.figures.roi.inputs.map((i) => i.name)).toEqual(['avoided hiring', 'avoided severance', 'productivity gained', 'cost']);
    }
    // Objectives link to the programs that serve them and to the scenario's changes.
    const linked = plan.objectives.filter((o) => o.scenarioChanges.length > 0).map((o) => o.name);
    expect(linked).toEqual(scenario === MARKET ? ['Launch in Poland'] : ['Faster claims settlement', 'Lower operating expense ratio']);
    expect(plan.objectives.every((o) => o.programs.length > 0)).toBe(true);
    expect(plan.assumptions.length).toBeGreaterThan(5);
    expect(plan.costs.every((c) => c.hire.result !== null && c.hire.result >= 0)).toBe(true);
  });

  it('what-if: a smaller learning budget, fewer seats or a higher min fit shift the mix', async () => {
    const free = value<PlanResult>(await api.registry.call('runPlan', { scenario: AUTOMATION }));
    const tight = value<PlanResult>(await api.registry.call('runPlan', { scenario: AUTOMATION, budget: 20_000 }));
    expect(tight.solver.cached).toBe(true);
    expect(tight.totals.learningSpend).toBeLessThanOrEqual(20_000);
    expect(tight.totals.fte.build).toBeLessThan(free.totals.fte.build);
    expect(tight.totals.lpBound).toBeGreaterThanOrEqual(free.totals.lpBound - 1e-6);
    expect(tight.totals.byOption.buy + tight.totals.byOption.borrow).toBeGreaterThan(free.totals.byOption.buy + free.totals.byOption.borrow);

    const academy = free.learning.seats.find((s) => s.program === 'AI-Assisted Claims Academy')!;
    const noSeats = value<PlanResult>(await api.registry.call('runPlan', { scenario: AUTOMATION, seats: [{ programId: academy.programId, seats: 0 }] }));
    expect(noSeats.learning.enrolments.some((e) => e.programId === academy.programId)).toBe(false);

    const picky = await everyone(AUTOMATION, { minFit: 0.95, action: 'reskill' });
    expect(picky.every((p) => p.fit! >= 0.95)).toBe(true);
    const loose = await everyone(AUTOMATION, { minFit: 0.6, action: 'reskill' });
    expect(loose.length).toBeGreaterThanOrEqual(picky.length);
  });

  it('same query, same plan', async () => {
    const a = value<PlanResult>(await api.registry.call('runPlan', { scenario: MARKET, budget: 50_000 }));
    const b = value<PlanResult>(await api.registry.call('runPlan', { scenario: MARKET, budget: 50_000 }));
    expect(b.totals).toEqual(a.totals);
    expect(b.mix).toEqual(a.mix);
  });

  it('solves in a worker thread exactly what the command line solves in process', async () => {
    const query = { scenario: AUTOMATION, budget: 120_000, minFit: 0.7 };
    const viaApi = value<PlanResult>(await api.registry.call('runPlan', query));
    const q = PlanQuery.parse(query);
    const local = await computePlan(readPlan(api.ctx.session.require().db, q), q);
    // Timings and cache flags differ between runs; every figure of the plan must not.
    const figures = ({ solver, ...rest }: PlanResult) => ({ ...rest, solver: { ...solver, ms: null, cached: null } });
    expect(figures(viaApi)).toEqual(figures(local.result));
    expect(await everyone(AUTOMATION, { budget: 120_000, minFit: 0.7 })).toEqual(local.people);
  });

  it('pages and filters the people of a plan', async () => {
    const all = await everyone(MARKET);
    const page = value<PlanPeoplePage>(await api.registry.call('getPlanPeople', { scenario: MARKET, offset: 5, limit: 10 }));
    expect(page.rows).toEqual(all.slice(5, 15));
    const one = all.find((p) => p.action === 'upskill')!;
    const found = value<PlanPeoplePage>(await api.registry.call('getPlanPeople', { scenario: MARKET, search: one.ref.toLowerCase() }));
    expect(found.rows.map((r) => r.ref)).toContain(one.ref);
    const inRole = value<PlanPeoplePage>(await api.registry.call('getPlanPeople', { scenario: MARKET, roleId: one.roleId, limit: 5000 }));
    expect(inRole.rows.every((r) => r.roleId === one.roleId || r.targetRoleId === one.roleId)).toBe(true);
  });

  it('names the binding constraints when demand cannot be covered', async () => {
    const { db } = api.ctx.session.require();
    const dublin = (db.prepare(`SELECT id FROM locations WHERE name = 'Dublin'`).pluck().get() as number) ?? 1;
    db.prepare('INSERT OR REPLACE INTO location_hiring_capacity (location_id, hires_per_month) VALUES (?, 0)').run(dublin);
    value(await api.registry.call('setPlanCostOverride', { scope: { locationId: dublin }, field: 'contractorCapShare', value: 0 }));
    try {
      const plan = value<PlanResult>(await api.registry.call('runPlan', { scenario: AUTOMATION }));
      expect(plan.status).toBe('infeasible');
      expect(plan.shortfalls.length).toBeGreaterThan(0);
      // Every shortfall is in Dublin, where contractors are capped at 0; once a hire could have
      // arrived, the zero hiring capacity is named too (before that, time-to-fill).
      for (const s of plan.shortfalls) {
        expect(s.location).toBe('Dublin');
        const kinds = s.binding.map((b) => b.constraint);
        expect(kinds).toContain('contractor-cap');
        expect(kinds.includes('hiring-capacity') || kinds.includes('time-to-fill')).toBe(true);
      }
      expect(plan.shortfalls.some((s) => s.binding.some((b) => b.constraint === 'hiring-capacity'))).toBe(true);
      expect(plan.mix.some((m) => m.uncovered > 0)).toBe(true);
    } finally {
      db.prepare('DELETE FROM location_hiring_capacity WHERE location_id = ?').run(dublin);
      value(await api.registry.call('setPlanCostOverride', { scope: { locationId: dublin }, field: 'contractorCapShare', value: null }));
    }
  });

  it('cost overrides: set, list, change the plan, remove; bad scopes refused', async () => {
    const before = value<PlanResult>(await api.registry.call('runPlan', { scenario: MARKET }));
    const row = before.costs[0];
    const rows = value<{ roleId: number | null; field: string; value: number }[]>(
      await api.registry.call('setPlanCostOverride', { scope: { roleId: row.roleId }, field: 'contractorPremium', value: 2 }),
    );
    expect(rows).toEqual([expect.objectContaining({ roleId: row.roleId, field: 'contractorPremium', value: 2 })]);
    expect(value(await api.registry.call('listPlanCostOverrides', {}))).toEqual(rows);
    const after = value<PlanResult>(await api.registry.call('runPlan', { scenario: MARKET }));
    const changed = after.costs.find((c) => c.roleId === row.roleId)!;
    expect(changed.contractorPerPeriod.inputs.find((i) => i.name === 'contractor premium')!.value).toBe(2);
    expect(value(await api.registry.call('setPlanCostOverride', { scope: { roleId: row.roleId }, field: 'contractorPremium', value: null }))).toEqual([]);
    expect(failure(await api.registry.call('setPlanCostOverride', { scope: {}, field: 'contractorPremium', value: 1 })).kind).toBe('validation');
    expect(failure(await api.registry.call('setPlanCostOverride', { scope: { roleId: 999_999 }, field: 'contractorPremium', value: 1 })).kind).toBe('not-found');
    expect(failure(await api.registry.call('setPlanCostOverride', { scope: { roleId: row.roleId }, field: 'salary', value: 1 })).kind).toBe('validation');
  });

  it('records actual outcomes and shows plan vs actual', async () => {
    const plan = value<PlanResult>(await api.registry.call('runPlan', { scenario: MARKET }));
    const poland = plan.objectives.find((o) => o.name === 'Launch in Poland')!;
    const rec = value<ObjectiveOutcomeRow>(await api.registry.call('recordObjectiveOutcome', { objectiveId: poland.objectiveId, recordedOn: '2027-10-01', value: 6000, note: 'Q3 count' }));
    expect(value(await api.registry.call('listObjectiveOutcomes', { objectiveId: poland.objectiveId }))).toEqual([rec]);
    const again = value<PlanResult>(await api.registry.call('runPlan', { scenario: MARKET }));
    expect(again.solver.cached).toBe(false); // a write reloads the inputs
    const o = again.objectives.find((x) => x.objectiveId === poland.objectiveId)!;
    // Baseline 0 on 2026-10-01 to 25,000 on 2028-03-31: 2027-10-01 is 365 of 547 days in.
    expect(o.outcomes).toHaveLength(1);
    expect(o.outcomes[0].planned).toBeCloseTo((25_000 * 365) / 547, 6);
    expect(o.outcomes[0].ahead).toBeCloseTo(6000 - (25_000 * 365) / 547, 6);
    expect(o.progress).toBeCloseTo(6000 / 25_000, 9);
    expect(value(await api.registry.call('deleteObjectiveOutcome', { id: rec.id }))).toBeNull();
    expect(value(await api.registry.call('listObjectiveOutcomes', {}))).toEqual([]);
    expect(failure(await api.registry.call('recordObjectiveOutcome', { objectiveId: poland.objectiveId, recordedOn: '2027-02-30', value: 1 })).kind).toBe('validation');
    expect(failure(await api.registry.call('recordObjectiveOutcome', { objectiveId: 999, recordedOn: '2027-02-01', value: 1 })).kind).toBe('not-found');
    expect(failure(await api.registry.call('deleteObjectiveOutcome', { id: rec.id })).kind).toBe('not-found');
  });

  it('refuses unknown scenarios and bad queries', async () => {
    expect(failure(await api.registry.call('runPlan', { scenario: 'No such scenario' })).kind).toBe('not-found');
    expect(failure(await api.registry.call('runPlan', { scenario: MARKET, minFit: 1.5 })).kind).toBe('validation');
    expect(failure(await api.registry.call('runPlan', { scenario: MARKET, budget: -1 })).kind).toBe('validation');
    const baseline = value<PlanResult>(await api.registry.call('runPlan', { scenario: 'baseline' }));
    expect(baseline.scenario.id).toBeNull();
    expect(baseline.totals.byOption.bot).toBe(0);
  });
});
