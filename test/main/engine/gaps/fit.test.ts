// Hand-computed fit, months to proficiency, program cover and role adjacency.
import {
  adjacencyPair,
  analyzeGaps,
  bestRolesFor,
  fitFor,
  modelFromRecords,
  programPlan,
  roleAdjacency,
} from '../../../../src/main/engine/gaps';
import { E, P, R, S, fixtureModel, records } from './fixture';

const m = fixtureModel();
const a = analyzeGaps(m);
const p = a.profiles;

describe('fit of a person for another role', () => {
  it('E2 as Engineer: fit, hours, months and the programs that close the gap', () => {
    // Python L5 w1 p4.5 -> min 4.5; SQL L4 w1 p2 -> min 2. fit = (4.5 + 2) / 9 = 1 - 2.5 / 9.
    const f = fitFor(m, p, E.E2, R.engineer);
    expect(f.fit).toBeCloseTo(6.5 / 9, 12);
    expect(f.coverage).toBe(1);
    expect(f.gapHours).toBe(0.5 * 40 + 2 * 40);
    expect(f.months).toBe(100 / 16);
    expect(f.missing).toEqual([
      { skill: S.python, required: 5, proficiency: 4.5, gap: 0.5, hours: 20 },
      { skill: S.sql, required: 4, proficiency: 2, gap: 2, hours: 80 },
    ]);
    // Greedy: Data Skills closes 0.5 (Python) + 1 (SQL) = 1.5 > Bootcamp's 0.5; then nothing
    // else teaches SQL, so one SQL level stays uncovered.
    expect(f.programs.programs.map((x) => x.program)).toEqual([P.data]);
    expect(f.programs.programs[0]).toMatchObject({ coveredLevels: 1.5, costPerPerson: 500, durationMonths: 3 });
    expect(f.programs.programs[0].covers).toEqual([
      { skill: S.python, levels: 0.5 },
      { skill: S.sql, levels: 1 },
    ]);
    expect(f.programs.uncovered).toEqual([{ skill: S.sql, levels: 1 }]);
    expect(f.programs.totalCost).toBe(500);
  });

  it('E4 as Analyst: an unknown requirement is reported, not counted', () => {
    // Python L4 p5 met; SQL L3 w0.5 p1 -> g2, wg 1; Negotiation unknown. Assessed sum(wL) = 5.5.
    const f = fitFor(m, p, E.E4, R.analyst);
    expect(f.fit).toBeCloseTo(1 - 1 / 5.5, 12);
    expect(f.coverage).toBeCloseTo(5.5 / 6.5, 12);
    expect(f.unknown).toEqual([S.negotiation]);
    expect(f.gapHours).toBe(80);
  });

  it('nothing assessed: fit null, coverage 0', () => {
    const f = fitFor(m, p, E.E5, R.lead);
    expect(f.fit).toBeNull();
    expect(f.coverage).toBe(0);
    expect(f.unknown).toEqual([S.sql, S.negotiation, S.coaching]);
  });

  it('fit for the own role is the readiness, exactly', () => {
    for (const e of [E.E1, E.E2, E.E3, E.E4]) {
      expect(fitFor(m, p, e, m.employees.role[e]).fit).toBe(a.employees.readiness[e]);
    }
  });

  it('best alternative roles, ranked by fit then hours; too little coverage is left out', () => {
    // E3 (Team Lead): Analyst fit 1 - 0.5/6.5 (SQL L3 p2 w0.5); Engineer fit 1 - 3/9.
    const best = bestRolesFor(m, p, E.E3, { top: 5 });
    expect(best.map((b) => b.role)).toEqual([R.analyst, R.engineer]);
    expect(best[0].fit).toBeCloseTo(1 - 0.5 / 6.5, 12);
    expect(best[0].gapHours).toBe(40);
    // E1 for Team Lead covers only SQL (0.5 of 6 by w x L): excluded at the default 50% coverage.
    expect(bestRolesFor(m, p, E.E1).map((b) => b.role)).toEqual([R.engineer]);
    expect(bestRolesFor(m, p, E.E1, { minCoverage: 0 }).map((b) => b.role)).toEqual([R.lead, R.engineer]);
  });
});

describe('program cover', () => {
  it('prefers the cheaper program on equal cover and stops when nothing more is covered', () => {
    // Python gap 1: Bootcamp and Data Skills both close 1 level; Data Skills is cheaper.
    const plan = programPlan(m, [{ skill: S.python, levels: 1 }]);
    expect(plan.programs.map((x) => x.program)).toEqual([P.data]);
    expect(plan.uncovered).toEqual([]);
  });

  it('stacks programs for a gap larger than one uplift, and reports skills no program teaches', () => {
    // Python gap 3.5: Data Skills closes 2 first. Then Bootcamp (Python, 1) and Negotiation Lab
    // (Negotiation, 1) tie on 1 level: the cheaper Negotiation Lab (800 < 1000) goes first.
    // 0.5 Python level is left; Coaching: no program teaches it.
    const plan = programPlan(m, [
      { skill: S.python, levels: 3.5 },
      { skill: S.coaching, levels: 2 },
      { skill: S.negotiation, levels: 1 },
    ]);
    expect(plan.programs.map((x) => [x.program, x.coveredLevels])).toEqual([
      [P.data, 2],
      [P.negotiation, 1],
      [P.bootcamp, 1],
    ]);
    expect(plan.uncovered).toEqual([
      { skill: S.python, levels: 0.5 },
      { skill: S.coaching, levels: 2 },
    ]);
    expect(plan.coveredLevels).toBe(4);
    expect(plan.totalCost).toBe(2300);
    expect(programPlan(m, [{ skill: S.python, levels: 3.5 }], 1).programs).toHaveLength(1);
  });

  it('no programs in the engagement: everything uncovered', () => {
    const r = records();
    r.programs = [];
    const plan = programPlan(modelFromRecords(r), [{ skill: S.sql, levels: 2 }]);
    expect(plan).toEqual({ programs: [], uncovered: [{ skill: S.sql, levels: 2 }], coveredLevels: 0, totalCost: 0 });
  });
});

describe('role-to-role adjacency', () => {
  it('uses one role profile as the proficiency, with unlisted skills at level 0', () => {
    const adj = roleAdjacency(m, p);
    const at = (from: number, to: number) => adj.fit[from * adj.n + to];
    // Team Lead -> Engineer: Python 0 vs 5 (g5), SQL 2 vs 4 (g2): 1 - 7/9; hours 5x40 + 2x40.
    expect(at(R.lead, R.engineer)).toBeCloseTo(2 / 9, 12);
    expect(adj.gapHours[R.lead * adj.n + R.engineer]).toBe(280);
    // Engineer -> Analyst: Python and SQL met; Negotiation 0 vs 2 (w0.5): 1 - 1/6.5.
    expect(at(R.engineer, R.analyst)).toBeCloseTo(1 - 1 / 6.5, 12);
    expect(at(R.analyst, R.analyst)).toBe(1);
    expect(adjacencyPair(m, p, R.lead, R.engineer).fit).toBe(at(R.lead, R.engineer));
  });
});
