// The published textbook example (Heneman, Judge & Kammeyer-Mueller, Doortodoor Sports
// Equipment): one step, two and three steps without recruitment, and a fixed-size
// organisation of 730 with every recruit entering as SF. Every number comes from the golden file.
import { prepareBaseline } from '../../../../src/main/engine/scenario/baseline';
import { compileScenario } from '../../../../src/main/engine/scenario/compile';
import { project } from '../../../../src/main/engine/scenario/kernel';
import { body, goldenData, readGolden } from './fixtures';

const g = readGolden();
const baseline = prepareBaseline(goldenData(g));
const years = Object.keys(g.derived_no_recruitment).concat('2013').sort();
const stepOf = (year: string) => Number(year) - 2012;
const TOL = 1e-9;

function run(hiring: 'none' | 'replace') {
  const compiled = compileScenario(
    baseline,
    body({
      startDate: '2012-01-01',
      periodUnit: 'year',
      periods: 3,
      hiring,
      // Recruits arrive within the year, as in the textbook; every recruit enters as SF.
      changes: [{ type: 'time-to-fill', id: 'instant', scope: { roleIds: [], orgUnitIds: [], locationIds: [] }, days: 0 }],
      hiringByRole: g.states.map((_, i) => ({ roleId: i + 1, recruitIntoRoleId: 1 })),
    }),
  );
  return { model: compiled.model, p: project(compiled.model) };
}

describe('golden: Heneman Doortodoor Markov analysis', () => {
  const { model, p } = run('none');
  const C = model.C;
  const cell = (s: string) => g.states.indexOf(s);

  it('reproduces the published one-step flows between every pair of states and to exit', () => {
    for (const from of g.states) {
      const published = g.flows_2013_published[from];
      expect(p.exits[1 * C + cell(from)]).toBeCloseTo(published.exit, 9);
      const stayed = p.supplyHeads[0 * C + cell(from)] - p.exits[C + cell(from)] - p.movesOut[C + cell(from)];
      expect(stayed).toBeCloseTo(published[from], 9);
      for (const to of g.states) {
        if (to === from) continue;
        let flow = 0;
        for (let e = model.edgeStart[cell(from)]; e < model.edgeStart[cell(from) + 1]; e++) {
          if (model.edgeTo[e] === cell(to)) flow += p.flows[1 * model.edgeTo.length + e];
        }
        expect(Math.abs(flow - published[to])).toBeLessThan(TOL);
      }
    }
  });

  it('reproduces the published 2013 availability, total and exits', () => {
    const a = g.availability_2013;
    let total = 0;
    let exits = 0;
    for (const s of g.states) {
      expect(Math.abs(p.supplyHeads[C + cell(s)] - a[s])).toBeLessThan(TOL);
      total += p.supplyHeads[C + cell(s)];
      exits += p.exits[C + cell(s)];
    }
    expect(Math.abs(total - a.total)).toBeLessThan(TOL);
    expect(Math.abs(exits - a.exits)).toBeLessThan(TOL);
  });

  it('reproduces the derived availability without recruitment for every later year', () => {
    for (const year of years.filter((y) => y !== '2013')) {
      const want = g.derived_no_recruitment[year];
      const k = stepOf(year);
      let exits = 0;
      for (const s of g.states) {
        expect(Math.abs(p.supplyHeads[k * C + cell(s)] - want[s])).toBeLessThan(1e-9);
        exits += p.exits[k * C + cell(s)];
      }
      expect(Math.abs(exits - want.exits)).toBeLessThan(1e-9);
    }
  });

  it('reproduces the fixed-size organisation of 730 with all recruits entering as SF', () => {
    const fixed = run('replace').p;
    const initial = g.states.reduce((a, s) => a + g.initial_2012[s], 0);
    for (const [year, want] of Object.entries(g.derived_fixed_size_730_all_recruits_to_SF)) {
      const k = stepOf(year);
      let hires = 0;
      let total = 0;
      for (const s of g.states) {
        expect(Math.abs(fixed.supplyHeads[k * C + cell(s)] - want[s])).toBeLessThan(1e-9);
        hires += fixed.hires[k * C + cell(s)];
        total += fixed.supplyHeads[k * C + cell(s)];
      }
      expect(fixed.hires[k * C + cell('SF')]).toBeCloseTo(hires, 12);
      expect(Math.abs(hires - want.recruits)).toBeLessThan(1e-9);
      expect(total).toBeCloseTo(initial, 9);
    }
  });
});
