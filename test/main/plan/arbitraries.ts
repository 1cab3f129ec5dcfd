// Random small plan problems for property tests: 2-4 roles at 1-2 sites, 1-4 periods, a handful
// of people with reskill and upskill options, programs with and without seat limits, hiring
// capacity, time-to-fill, contractor caps, budgets, attrition and new markets.
import fc from 'fast-check';
import type { OptionSpec, ProblemSpec } from '../engine/plan/fixture';

const int = (min: number, max: number) => fc.integer({ min, max });

export function arbSpec(opts: { hiresAlwaysPossible?: boolean } = {}): fc.Arbitrary<ProblemSpec> {
  return fc
    .record({ T: int(1, 4), C: int(2, 4), P: int(1, 8), nProg: int(0, 3), mpp: fc.constantFrom(1, 3, 12) })
    .chain(({ T, C, P, nProg, mpp }) =>
      fc.record({
        T: fc.constant(T),
        monthsPerPeriod: fc.constant(mpp),
        cells: fc.array(
          fc.record({
            role: fc.constant('R'),
            location: int(0, 1),
            demand: fc.array(fc.constantFrom(0, 0.5, 1, 2, 3), { minLength: T, maxLength: T }),
            stay: fc.constantFrom(1, 0.95),
            ttfDays: opts.hiresAlwaysPossible ? fc.constant(0) : fc.constantFrom(0, 20, 45, 100),
            internalShare: fc.option(fc.constantFrom(0.25, 0.5), { nil: undefined, freq: 4 }),
            changePeriod: fc.option(int(1, T), { nil: undefined }),
            params: fc.record({
              recruitingShareOfSalary: fc.constantFrom(0.1, 0.25),
              onboardingMonths: fc.constantFrom(0, 3),
              vacancyCostShare: fc.constantFrom(0, 0.5),
              contractorPremium: fc.constantFrom(0.2, 0.6),
              contractorCapShare: fc.constantFrom(0, 0.3),
              productivityLossWhileLearning: fc.constantFrom(0, 0.2),
              severanceMinWeeks: fc.constantFrom(0, 4),
            }),
          }),
          { minLength: C, maxLength: C },
        ),
        people: fc.array(
          fc.record({ cell: int(0, C - 1), fte: fc.constantFrom(1, 1, 0.5), salary: fc.constantFrom(30_000, 52_000, 90_000), tenureYears: fc.constantFrom(0.5, 3, 12), unready: fc.boolean() }),
          { minLength: P, maxLength: P },
        ),
        options: fc.array(
          fc.record({
            person: int(0, P - 1),
            kind: fc.constantFrom<OptionSpec['kind']>('reskill', 'reskill', 'upskill'),
            cell: int(0, C - 1),
            fit: fc.constantFrom(0.5, 0.7, 0.8, 0.95, 1),
            months: fc.constantFrom(0, 2, 7, 14),
            programs: fc.uniqueArray(int(0, Math.max(0, nProg - 1)), { maxLength: nProg }),
          }),
          { maxLength: 3 * P },
        ),
        programs: fc.array(fc.record({ name: fc.constant('Program'), cost: fc.constantFrom(0, 500, 3000), durationMonths: fc.constantFrom(1, 3, 9), seats: fc.option(int(0, 2), { nil: undefined }) }), {
          minLength: nProg,
          maxLength: nProg,
        }),
        capacity: opts.hiresAlwaysPossible ? fc.constant<(number | null)[]>([null, null]) : fc.array(fc.option(fc.constantFrom(0, 0.5, 1, 3), { nil: null }), { minLength: 2, maxLength: 2 }),
        budget: fc.option(fc.constantFrom(0, 1000, 5000), { nil: undefined }),
        periodBudget: fc.option(fc.constantFrom(500, 4000), { nil: undefined }),
        minFit: fc.constantFrom(0.6, 0.75, 0.9),
        inflation: fc.constantFrom(0, 0.03),
      }),
    )
    .map((spec): ProblemSpec => ({
      ...spec,
      // A person is unready only where their role changes; upskill options only in the own cell
      // for unready people; one option per (person, target).
      people: spec.people.map((p) => ({ ...p, unready: p.unready && spec.cells[p.cell].changePeriod !== undefined })),
      options: dedupe(
        spec.options
          .map((o) => (o.kind === 'upskill' ? { ...o, cell: spec.people[o.person].cell } : o))
          .filter((o) => (o.kind === 'upskill' ? spec.people[o.person].unready && spec.cells[spec.people[o.person].cell].changePeriod !== undefined : o.cell !== spec.people[o.person].cell)),
      ),
    }));
}

function dedupe(options: OptionSpec[]): OptionSpec[] {
  const seen = new Set<string>();
  return options.filter((o) => {
    const key = `${o.person}:${o.kind}:${o.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
