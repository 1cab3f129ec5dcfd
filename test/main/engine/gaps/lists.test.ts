// Upskill and reskill lists: hand-ranked on the fixture, and the fast reskill pass checked
// against scoring every person for every role with fitFor.
import fc from 'fast-check';
import { analyzeGaps, compareFit, fitFor, modelFromRecords, reskillLists, upskillList } from '../../../../src/main/engine/gaps';
import { arbRecords } from './arbitraries';
import { E, FUTURE, P, R, fixtureModel } from './fixture';

const m = fixtureModel();
const now = analyzeGaps(m);
const future = analyzeGaps(m, { asOf: FUTURE });

describe('upskill list', () => {
  it('people whose role outgrows them, most extra hours first, with programs for the future gap', () => {
    const rows = upskillList(m, now, future);
    // E1: 40 -> 80 h; E2: 100 -> 120 h. Nobody else has a future profile.
    expect(rows.map((r) => [r.employee, r.extraHours])).toEqual([
      [E.E1, 40],
      [E.E2, 20],
    ]);
    expect(rows[0]).toMatchObject({ role: R.analyst, gapHoursNow: 40, gapHoursFuture: 80, monthsFuture: 5 });
    expect(rows[0].readinessNow).toBeCloseTo(1 - 1 / 5.5, 12);
    expect(rows[0].readinessFuture).toBeCloseTo(1 - 2 / 6.5, 12);
    // E1's future gap is Python 2 levels: Data Skills closes both.
    expect(rows[0].programs!.programs.map((x) => x.program)).toEqual([P.data]);
    expect(rows[0].programs!.uncovered).toEqual([]);
    const lean = upskillList(m, now, future, { limit: 1, programs: false });
    expect(lean).toHaveLength(1);
    expect(lean[0]).toMatchObject({ employee: E.E1, extraHours: 40 });
    expect(lean[0].programs).toBeUndefined();
  });

  it('is empty when the future profile equals today', () => {
    expect(upskillList(m, now, now)).toEqual([]);
  });
});

describe('reskill lists', () => {
  it('Engineer: candidates from other roles by fit desc, then hours asc, then employee', () => {
    const lists = reskillLists(m, now, { top: 10 });
    const eng = lists.find((l) => l.role === R.engineer)!;
    // E2 1 - 2.5/9 (100 h); E1 1 - 3/9 (120 h); E3 1 - 3/9 (120 h): E1 before E3 on the tie.
    expect(eng.candidates.map((c) => c.employee)).toEqual([E.E2, E.E1, E.E3]);
    expect(eng.candidates[0]).toMatchObject({ fromRole: R.analyst, gapHours: 100, months: 100 / 16, coverage: 1 });
    expect(eng.candidates[0].fit).toBeCloseTo(1 - 2.5 / 9, 12);
    const analyst = lists.find((l) => l.role === R.analyst)!;
    expect(analyst.candidates.map((c) => c.employee)).toEqual([E.E3, E.E4]);
  });

  it('minimum coverage and top N', () => {
    const strict = reskillLists(m, now, { roles: [R.lead] })[0];
    expect(strict.candidates).toEqual([]); // nobody has half of the Team Lead profile assessed
    const loose = reskillLists(m, now, { roles: [R.lead], minCoverage: 0 })[0];
    // E1: SQL met -> fit 1; E4: 1 - 0.25/0.5 (40 h); E2: 1 - 1/2 (120 h).
    expect(loose.candidates.map((c) => [c.employee, c.fit, c.gapHours])).toEqual([
      [E.E1, 1, 0],
      [E.E4, 0.5, 40],
      [E.E2, 0.5, 120],
    ]);
    expect(reskillLists(m, now, { roles: [R.lead], minCoverage: 0, top: 2 })[0].candidates).toHaveLength(2);
    const withPrograms = reskillLists(m, now, { roles: [R.engineer], top: 1, programs: true })[0];
    expect(withPrograms.candidates[0].programs!.programs.map((x) => x.program)).toEqual([P.data]);
  });

  it('equals ranking every person for every role with fitFor (random engagements)', () => {
    fc.assert(
      fc.property(arbRecords(), fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 0.3, 0.5), (rec, top, minCoverage) => {
        const mm = modelFromRecords(rec);
        const a = analyzeGaps(mm);
        const fast = reskillLists(mm, a, { top, minCoverage });
        for (const list of fast) {
          const brute = [];
          for (let e = 0; e < mm.employees.id.length; e++) {
            const own = mm.employees.role[e];
            if (own < 0 || own === list.role) continue;
            const f = fitFor(mm, a.profiles, e, list.role, { programs: false });
            if (f.fit !== null && f.coverage >= minCoverage) brute.push(f);
          }
          brute.sort((x, y) => compareFit(x, y) || x.employee - y.employee);
          const expected = brute.slice(0, top).map((f) => [f.employee, f.fit, f.gapHours, f.coverage]);
          expect(list.candidates.map((c) => [c.employee, c.fit, c.gapHours, c.coverage])).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});
