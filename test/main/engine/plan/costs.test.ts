// The cost model: each option's formula on numbers checked by hand, explanations that show the
// same number, and override precedence (most specific scope wins).
import {
  baseParams,
  buildCost,
  contractorCap,
  contractorCost,
  explainBuild,
  explainContractor,
  explainHire,
  explainSeverance,
  hireParts,
  resolveParams,
  severance,
  severanceWeeks,
} from '../../../../src/main/engine/plan/costs';
import { defaultSettings } from '../../../../src/shared/domain/settings';
import { problem } from './fixture';

const pr = problem({
  T: 4,
  monthsPerPeriod: 3,
  cells: [
    {
      role: 'Analyst',
      demand: [10, 10, 10, 10],
      loadedCost: 72_000,
      hireSalary: 60_000,
      ttfDays: 365.2425 / 6, // two months
      params: { recruitingShareOfSalary: 0.2, vacancyCostShare: 0.5, onboardingMonths: 3, contractorPremium: 0.35, contractorCapShare: 0.2, productivityLossWhileLearning: 0.25 },
    },
  ],
  people: [
    { cell: 0, salary: 52_000, tenureYears: 7.5 },
    { cell: 0, salary: 52_000, tenureYears: 40 },
    { cell: 0, salary: 52_000, tenureYears: 0.5 },
  ],
  options: [{ person: 0, kind: 'upskill', cell: 0, months: 6, programs: [0, 1] }],
  programs: [
    { name: 'A', cost: 1200, durationMonths: 3 },
    { name: 'B', cost: 300, durationMonths: 1 },
  ],
});

describe('plan cost model', () => {
  it('hire = recruiting + vacancy + onboarding ramp', () => {
    const h = hireParts(pr, 0);
    expect(h.recruiting).toBeCloseTo(0.2 * 60_000, 9); // 12,000
    expect(h.vacancy).toBeCloseTo(6_000 * 2 * 0.5, 6); // 6,000 a month x 2 months x 50%
    expect(h.onboarding).toBeCloseTo(6_000 * 3 * 0.5, 9); // linear ramp: half of 3 months lost
    expect(h.total).toBeCloseTo(12_000 + 6_000 + 9_000, 6);
    const f = explainHire(pr, 0);
    expect(f.result).toBeCloseTo(27_000, 2);
    expect(f.inputs.find((i) => i.name === 'recruiting share of salary')).toMatchObject({ value: 0.2, assumption: true });
  });

  it('borrow = premium over loaded cost per period, capped at a share of demand', () => {
    expect(contractorCost(pr, 0)).toBeCloseTo(6_000 * 3 * 0.35, 9);
    expect(contractorCap(pr, 0, 2)).toBeCloseTo(2, 9);
    expect(explainContractor(pr, 0).result).toBeCloseTo(6_300, 2);
  });

  it('build = program fees + salary x months to proficiency x productivity lost', () => {
    expect(buildCost(pr, 0, 0)).toBeCloseTo(1_500 + 52_000 * (6 / 12) * 0.25, 9);
    const f = explainBuild(pr, 0, 0);
    expect(f.result).toBeCloseTo(8_000, 2);
    expect(f.inputs.map((i) => i.name)).toEqual(expect.arrayContaining(['program: A', 'program: B', 'months to proficiency', 'productivity lost while learning']));
  });

  it('release = weeks of pay per year of service within the minimum and the cap', () => {
    const p = pr.cells.params[0]; // defaults: 2 weeks a year, minimum 4, cap 52
    expect(severanceWeeks(p, 7.5)).toBe(15);
    expect(severanceWeeks(p, 40)).toBe(52);
    expect(severanceWeeks(p, 0.5)).toBe(4);
    expect(severanceWeeks(p, Number.NaN)).toBe(4);
    expect(severance(pr, 0)).toBeCloseTo(1_000 * 15, 9);
    expect(severance(pr, 1)).toBeCloseTo(1_000 * 52, 9);
    expect(severance(pr, 2)).toBeCloseTo(1_000 * 4, 9);
    expect(explainSeverance(pr, 1).result).toBe(52_000);
  });

  it('overrides: settings < location < role < role at location < scenario-wide ties, most specific wins', () => {
    const base = baseParams(defaultSettings().costs);
    const o = [
      { scenarioId: null, roleId: null, locationId: 3, field: 'contractorPremium' as const, value: 0.5 },
      { scenarioId: null, roleId: 7, locationId: null, field: 'contractorPremium' as const, value: 0.6 },
      { scenarioId: null, roleId: 7, locationId: 3, field: 'contractorPremium' as const, value: 0.7 },
      { scenarioId: 2, roleId: null, locationId: null, field: 'onboardingMonths' as const, value: 1 },
      { scenarioId: 2, roleId: 7, locationId: null, field: 'contractorPremium' as const, value: 0.9 },
    ];
    expect(resolveParams(base, o, { scenarioId: null, roleId: 1, locationId: null }).contractorPremium).toBe(base.contractorPremium);
    expect(resolveParams(base, o, { scenarioId: null, roleId: 1, locationId: 3 }).contractorPremium).toBe(0.5);
    expect(resolveParams(base, o, { scenarioId: null, roleId: 7, locationId: 1 }).contractorPremium).toBe(0.6);
    expect(resolveParams(base, o, { scenarioId: null, roleId: 7, locationId: 3 }).contractorPremium).toBe(0.7);
    // Two scopes each: scenario + role beats role + location.
    expect(resolveParams(base, o, { scenarioId: 2, roleId: 7, locationId: 3 }).contractorPremium).toBe(0.9);
    expect(resolveParams(base, o, { scenarioId: 2, roleId: 1, locationId: null }).onboardingMonths).toBe(1);
    expect(resolveParams(base, o, { scenarioId: 1, roleId: 1, locationId: null }).onboardingMonths).toBe(base.onboardingMonths);
  });
});
