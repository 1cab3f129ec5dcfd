// Recomputation after one requirement change equals a full analysis of the changed model:
// per-person figures, role x skill cells and role groups exactly; unit, location and unit x
// category sums to floating-point rounding (their counts exactly).
import fc from 'fast-check';
import {
  analyzeGaps,
  applyRequirementChange,
  dayToIso,
  modelFromRecords,
  groupRows,
  withRequirementChange,
  type GapAnalysis,
  type GapFilter,
  type GapModel,
  type RequirementChange,
} from '../../../../src/main/engine/gaps';
import { DATES, arbLevel, arbRecords, arbWeight } from './arbitraries';
import { E, FUTURE, R, S, fixtureModel } from './fixture';

function expectClose(a: Float64Array, b: Float64Array, what: string) {
  expect(a.length, what).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    const tol = 1e-9 * Math.max(1, Math.abs(a[i]), Math.abs(b[i]));
    if (!(Math.abs(a[i] - b[i]) <= tol)) throw new Error(`${what}[${i}]: incremental ${a[i]} vs full ${b[i]}`);
  }
}

const EXACT_COUNTS = ['pairs', 'assessed', 'met', 'people', 'readinessCount'];

/** Compares an incrementally updated analysis with a full one, field by field. */
export function expectSameAnalysis(inc: GapAnalysis, full: GapAnalysis) {
  expect(inc.profiles).toEqual(full.profiles);
  expect(inc.employees).toEqual(full.employees); // bit for bit, NaN included
  expect(inc.aligned).toEqual(full.aligned);
  expect(inc.slots).toEqual(full.slots);
  expect(inc.byRole).toEqual(full.byRole);
  for (const g of ['byUnit', 'byLocation', 'unitCategory'] as const) {
    for (const [k, v] of Object.entries(full[g]) as [string, Float64Array][]) {
      const got = (inc[g] as unknown as Record<string, Float64Array>)[k];
      if (EXACT_COUNTS.includes(k)) expect([...got], `${g}.${k}`).toEqual([...v]);
      else expectClose(got, v, `${g}.${k}`);
    }
  }
}

describe('incremental recompute (hand case)', () => {
  const m = fixtureModel();
  const a = analyzeGaps(m);

  it('raising the Engineer SQL level rescores only Engineers', () => {
    const { model, analysis } = applyRequirementChange(m, a, { kind: 'upsert', role: R.engineer, skill: S.sql, effectiveDate: null, level: 5, weight: 1 });
    // E4: SQL L5 p1 -> g4; sum(wL) = 10: readiness 0.6, hours 160.
    expect(analysis.employees.readiness[E.E4]).toBeCloseTo(0.6, 12);
    expect(analysis.employees.gapHours[E.E4]).toBe(160);
    expect(analysis.employees.readiness[E.E1]).toBe(a.employees.readiness[E.E1]);
    expect(groupRows(model, analysis, 'role').find((r) => r.label === 'Engineer')!.gapHours).toBe(160);
    expectSameAnalysis(analysis, analyzeGaps(model));
    // The previous analysis is untouched.
    expect(a.employees.gapHours[E.E4]).toBe(120);
  });

  it('adding and removing a requirement (the role profile changes length)', () => {
    const add = applyRequirementChange(m, a, { kind: 'upsert', role: R.lead, skill: S.python, effectiveDate: null, level: 3, weight: 0.5 });
    // E3 Python 4 meets it: sum(wL) 6 -> 7.5, readiness 1 - 2/7.5.
    expect(add.analysis.employees.readiness[E.E3]).toBeCloseTo(1 - 2 / 7.5, 12);
    expectSameAnalysis(add.analysis, analyzeGaps(add.model));
    const back = applyRequirementChange(add.model, add.analysis, { kind: 'remove', role: R.lead, skill: S.python, effectiveDate: null });
    expect(back.model.requirements).toEqual(m.requirements);
    expectSameAnalysis(back.analysis, analyzeGaps(back.model));
  });

  it('a dated change only shows in an analysis on or after its date', () => {
    const fut = analyzeGaps(m, { asOf: FUTURE });
    const change: RequirementChange = { kind: 'upsert', role: R.engineer, skill: S.coaching, effectiveDate: '2027-01-01', level: 2, weight: 1 };
    const today = applyRequirementChange(m, a, change);
    expect(today.analysis.employees).toEqual(a.employees);
    const later = applyRequirementChange(m, fut, change);
    expect(later.analysis.employees.required[E.E4]).toBe(3);
    expectSameAnalysis(later.analysis, analyzeGaps(later.model, { asOf: FUTURE }));
  });

  it('refuses to remove a requirement that does not exist', () => {
    expect(() => withRequirementChange(m, { kind: 'remove', role: R.lead, skill: S.python, effectiveDate: null })).toThrow(/no such requirement/);
  });
});

/** A change to apply: an upsert, or the removal of the existing row number `pick` (mod row count). */
const arbChangeSpec = fc.oneof(
  fc.record({
    kind: fc.constant('upsert' as const),
    role: fc.nat(),
    skill: fc.nat(),
    effectiveDate: fc.constantFrom(...DATES),
    level: arbLevel,
    weight: arbWeight,
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);

type ChangeSpec = typeof arbChangeSpec extends fc.Arbitrary<infer T> ? T : never;

function resolveChange(m: GapModel, spec: ChangeSpec): RequirementChange {
  const q = m.requirements;
  if (spec.kind === 'remove' && q.id.length > 0) {
    const i = spec.pick % q.id.length;
    return { kind: 'remove', role: q.role[i], skill: q.skill[i], effectiveDate: dayToIso(q.effectiveDay[i]) };
  }
  // A removal from a model without rows becomes an upsert instead.
  const u = spec.kind === 'upsert' ? spec : { role: spec.pick, skill: spec.pick, effectiveDate: null, level: 3, weight: 0.5 };
  return { kind: 'upsert', role: u.role % m.roles.id.length, skill: u.skill % m.skills.id.length, effectiveDate: u.effectiveDate, level: u.level, weight: u.weight };
}

describe('incremental recompute (property)', () => {
  it('after random single requirement changes equals a full recompute, today, in 18 months and under filters', () => {
    const filters: GapFilter[] = [{}, { lens: 'soft-leadership' }, { orgUnits: [0] }, { managersOnly: true }, { categories: ['technical', 'digital'] }];
    fc.assert(
      fc.property(
        arbRecords(),
        fc.array(arbChangeSpec, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...filters),
        fc.constantFrom('2026-01-01', FUTURE),
        (rec, specs, filter, asOf) => {
          let model = modelFromRecords(rec);
          let analysis = analyzeGaps(model, { asOf, filter });
          for (const spec of specs) {
            ({ model, analysis } = applyRequirementChange(model, analysis, resolveChange(model, spec)));
            expectSameAnalysis(analysis, analyzeGaps(model, { asOf, filter }));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
