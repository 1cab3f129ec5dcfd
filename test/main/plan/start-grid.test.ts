// Seats and per-period budgets against the scenario's time grid: the catalogue's seats are new
// starters per month, so a quarterly plan gets three months of seats per quarter; when learning
// starts only every few periods, a start date gets the seats and the per-period budget of every
// period up to the next start date (nothing can start in between to use them).
import { createDemo } from '../../../src/main/demo';
import { openMemoryDb } from '../../../src/main/db/connection';
import { loadScenario } from '../../../src/main/db/repos/scenario-inputs';
import { Layout } from '../../../src/main/engine/plan/layout';
import { problemFor } from '../../../src/main/engine/plan/problem';
import { seatsAt, startBudget, startStep } from '../../../src/main/engine/plan/pruning';
import { loadPlanInputs } from '../../../src/main/plan/inputs';
import { optimise } from '../../../src/main/plan/optimise';
import { SIMPLE, problem } from '../engine/plan/fixture';

const AUTOMATION = 'AI-assisted claims and back office';
const noQuery = { minFit: 0.75, budget: null, periodBudget: null, seats: new Map<number, number | null>() };

describe('seats per month on the plan grid', () => {
  const db = openMemoryDb();
  createDemo(db, { employees: 300, seed: 7 });
  const catalogue = db.prepare('SELECT id, seats_per_month AS seats FROM learning_programs ORDER BY id').all() as { id: number; seats: number | null }[];
  const limited = catalogue.find((p) => p.seats !== null)!;
  afterAll(() => db.close());

  it('a monthly plan of 18 periods starts learning every 2 months: each start date has 2 months of seats', () => {
    const base = loadPlanInputs(db, AUTOMATION, 20).base;
    expect(base.monthsPerPeriod).toBe(1);
    expect(startStep(base.T)).toBe(2);
    const pr = problemFor(base, noQuery);
    catalogue.forEach((p, i) => expect(pr.programs.seats[i]).toBe(p.seats === null ? Infinity : p.seats * 2));
    // A what-if override is per month too; null lifts the limit.
    const over = problemFor(base, { ...noQuery, seats: new Map([[limited.id, 7]]) });
    expect(over.programs.seats[catalogue.indexOf(limited)]).toBe(14);
    const open = problemFor(base, { ...noQuery, seats: new Map([[limited.id, null]]) });
    expect(open.programs.seats[catalogue.indexOf(limited)]).toBe(Infinity);
  });

  it('a quarterly plan of 12 periods starts every quarter with 3 months of seats', () => {
    const body = { ...loadScenario(db, { name: AUTOMATION }).body, periodUnit: 'quarter' as const, periods: 12 };
    const id = Number(db.prepare(`INSERT INTO scenarios (name, kind, created_at) VALUES ('Quarterly', 'automation', '2026-10-01')`).run().lastInsertRowid);
    db.prepare(`INSERT INTO scenario_versions (scenario_id, version, created_at, body) VALUES (?, 1, '2026-10-01', ?)`).run(id, JSON.stringify(body));
    const base = loadPlanInputs(db, 'Quarterly', 20).base;
    expect(base.monthsPerPeriod).toBe(3);
    expect(startStep(base.T)).toBe(1);
    const pr = problemFor(base, noQuery);
    expect(pr.programs.seats[catalogue.indexOf(limited)]).toBe(limited.seats! * 3);
    // The LP's seat rows carry the same limit.
    const lay = new Layout(pr);
    const p = catalogue.indexOf(limited);
    expect(lay.rowBounds().upper[lay.seat(p, 1)]).toBe(limited.seats! * 3);
  });
});

describe('per-period budget with learning every second period', () => {
  it('a start date may spend the budget of both periods up to the next start date', async () => {
    // 24 monthly periods: learning starts in periods 1, 3, 5 ... B needs 2 FTE throughout; two
    // A people can move (1,000 each, counting from the period they start; A needs nobody). A
    // budget of 1,000 per period gives 2,000 for the start date of period 1: both move at once
    // (2,000). Capped at 1,000 per start date, the second could only start in period 3 and B would
    // need a hire (5,000) for periods 1-2.
    const params = { ...SIMPLE, recruitingShareOfSalary: 0.1 };
    const T = 24;
    const pr = problem({
      T,
      cells: [
        { role: 'A', demand: Array(T).fill(0), params },
        { role: 'B', demand: Array(T).fill(2), params },
      ],
      people: [{ cell: 0 }, { cell: 0 }],
      options: [
        { person: 0, kind: 'reskill', cell: 1, fit: 1, programs: [0] },
        { person: 1, kind: 'reskill', cell: 1, fit: 1, programs: [0] },
      ],
      programs: [{ name: 'Course', cost: 1000 }],
      periodBudget: 1000,
    });
    expect(startStep(T)).toBe(2);
    expect(startBudget(pr, 1)).toBe(2000);
    const o = await optimise(pr, { gap: 0 });
    expect(o.selection.moves).toEqual([
      { e: 0, o: 0, s: 1 },
      { e: 1, o: 1, s: 1 },
    ]);
    expect(o.evaluation.cost.total).toBeCloseTo(2000, 4);
    expect(o.evaluation.feesByPeriod[1]).toBeCloseTo(2000, 6);
    expect(Math.max(...o.evaluation.uncovered)).toBeLessThan(1e-9);
  });

  it('the last start date gets only the periods left before the horizon', () => {
    // 13 periods, starts every second one: 1, 3, ... 11 stand for two periods, 13 for one.
    const pr = problem({
      T: 13,
      cells: [{ role: 'A', demand: Array(13).fill(1) }],
      people: [{ cell: 0 }],
      options: [],
      programs: [{ name: 'Course', cost: 100, seats: 10 }],
      periodBudget: 500,
    });
    expect(startStep(13)).toBe(2);
    expect([startBudget(pr, 1), startBudget(pr, 11), startBudget(pr, 13)]).toEqual([1000, 1000, 500]);
    expect([seatsAt(pr, 0, 1), seatsAt(pr, 0, 11), seatsAt(pr, 0, 13)]).toEqual([10, 10, 5]);
  });
});

