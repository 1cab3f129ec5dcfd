// The demo engagement's two scenarios, through the loader and the engine: the automation one
// frees capacity in the automated roles and costs its investment; the market entry one staffs
// the new site to its ramp, partly by transfers that the home roles lose.
import { openMemoryDb } from '../../../../src/main/db/connection';
import { migrations } from '../../../../src/main/db/migrations';
import { loadScenarioInputs } from '../../../../src/main/db/repos/scenario-inputs';
import { createDemo } from '../../../../src/main/demo';
import {
  compileScenario,
  DEFAULT_UNCERTAINTY,
  prepareBaseline,
  project,
  rollup,
  runMonteCarlo,
  totalCost,
} from '../../../../src/main/engine/scenario';

const db = openMemoryDb();
createDemo(db, { employees: 2000, seed: 42 });
const scenarios = db.prepare('SELECT name, kind FROM scenarios ORDER BY id').all() as { name: string; kind: string }[];

function run(kind: string) {
  const { name } = scenarios.find((s) => s.kind === kind)!;
  const { data, scenario } = loadScenarioInputs(db, { name });
  const cs = compileScenario(prepareBaseline(data), scenario.body);
  const p = project(cs.model);
  return { cs, p, body: scenario.body, byRole: rollup(cs, p, 'role'), total: rollup(cs, p, 'total') };
}

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

describe('demo scenarios', () => {
  it('has one automation and one new-market scenario', () => {
    expect(scenarios.map((s) => s.kind).sort()).toEqual(['automation', 'new-market']);
  });

  it('automation: demand falls only in the automated roles, leaving a surplus there, and costs the investment', () => {
    const { cs, p, body, byRole } = run('automation');
    const T = cs.model.T;
    const G = byRole.G;
    const automated = new Set(body.changes.flatMap((c) => (c.type === 'automation' ? c.roleIds : [])));
    for (let g = 0; g < G; g++) {
      const d0 = byRole.values.demand[g];
      const dT = byRole.values.demand[T * G + g];
      if (automated.has(byRole.keys[g]!) && d0 > 0) {
        expect(dT).toBeLessThan(d0);
        // Replacing leavers keeps supply near today's: the released capacity is a surplus.
        expect(byRole.values.gap[T * G + g]).toBeLessThan(0);
      } else expect(dT).toBeCloseTo(d0, 9);
    }
    const investment = body.changes.reduce((a, c) => a + (c.type === 'automation' ? c.investment : 0), 0);
    expect(totalCost(cs, p).investment).toBe(investment);
    expect(cs.meta.requirements.length).toBeGreaterThan(0);
    for (const v of p.supplyFte) expect(Number.isFinite(v)).toBe(true);
  });

  it('market entry: the new roles reach their ramp within a few percent, with transfers out of home roles', () => {
    const { cs, p, body, byRole, total } = run('new-market');
    const T = cs.model.T;
    const G = byRole.G;
    const market = body.changes.find((c) => c.type === 'new-market')!;
    if (market.type !== 'new-market') throw new Error('expected a new-market change');
    const Rp = cs.model.rampCell.length;
    market.ramp.forEach((r, i) => {
      // Where the ramp stands at the horizon (some ramps run past it).
      const planned = p.ramp[T * Rp + i];
      expect(planned).toBeGreaterThan(0);
      expect(planned).toBeLessThanOrEqual(r.target);
      const g = byRole.keys.indexOf(r.roleId);
      expect(byRole.values.demand[T * G + g]).toBeCloseTo(planned, 9);
      expect(byRole.values.supply[T * G + g]).toBeGreaterThan(0.9 * planned);
      expect(byRole.values.supply[T * G + g]).toBeLessThanOrEqual(planned + 1e-9);
    });
    const transfersIn = sum(total.values.transfersIn);
    expect(transfersIn).toBeGreaterThan(0);
    expect(sum(total.values.transfersOut)).toBeCloseTo(transfersIn, 9);
    // Roughly the internal share of the ramp so far (less where sources ran short).
    const rampTotal = market.ramp.reduce((a, _, i) => a + p.ramp[T * Rp + i], 0);
    expect(transfersIn).toBeLessThanOrEqual(market.internalShare * rampTotal + 1e-9);
    expect(transfersIn).toBeGreaterThan(0.8 * market.internalShare * rampTotal);
    const launch = cs.meta.dates.findIndex((d) => d >= market.launchDate);
    expect(sum(p.transfersIn.subarray(0, launch * cs.model.C))).toBe(0);
  });

  it('gives ordered Monte Carlo bands around the automation scenario', () => {
    const { cs } = run('automation');
    const mc = runMonteCarlo(cs.model, { runs: 40, seed: 5, uncertainty: DEFAULT_UNCERTAINTY });
    const T = cs.model.T;
    expect(mc.totals.supply.p10[T]).toBeLessThan(mc.totals.supply.p90[T]);
    expect(mc.totals.demand.p10[T]).toBeLessThan(mc.totals.demand.p90[T]);
    for (let j = 0; j < mc.gap.p50.length; j++) expect(mc.gap.p10[j]).toBeLessThanOrEqual(mc.gap.p90[j] + 1e-9);
  });
});
