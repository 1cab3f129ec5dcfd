// Properties over random engagements: bounds, monotonicity, fit = readiness on the own role, and
// roll-ups that add up to the per-person figures.
import fc from 'fast-check';
import {
  analyzeGaps,
  cellEmployees,
  fitFor,
  groupRows,
  modelFromRecords,
  roleSkillMatrix,
  unitCategoryMatrix,
  type GapFilter,
  type GapRecords,
} from '../../../../src/main/engine/gaps';
import { arbRecords } from './arbitraries';

const FILTERS: GapFilter[] = [{}, { lens: 'soft-leadership' }, { locations: [0] }, { orgUnits: [0] }, { managersOnly: true }];
const AS_OF = ['2026-01-01', '2027-07-01', '2030-01-01'];
const arbCase = fc.tuple(arbRecords(), fc.constantFrom(...FILTERS), fc.constantFrom(...AS_OF));
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('readiness properties', () => {
  it('readiness and coverage stay in [0, 1]; readiness is null exactly when something is required but nothing assessed', () => {
    fc.assert(
      fc.property(arbCase, ([rec, filter, asOf]) => {
        const m = modelFromRecords(rec);
        const emp = analyzeGaps(m, { asOf, filter }).employees;
        for (let e = 0; e < emp.eligible.length; e++) {
          if (!emp.eligible[e]) continue;
          const r = emp.readiness[e];
          const c = emp.coverage[e];
          expect(c >= 0 && c <= 1).toBe(true);
          expect(Number.isNaN(r)).toBe(emp.swl[e] > 0 && emp.swlAssessed[e] === 0);
          if (!Number.isNaN(r)) expect(r >= 0 && r <= 1).toBe(true);
          expect(emp.gapHours[e] >= 0).toBe(true);
          expect(emp.met[e] <= emp.assessed[e] && emp.assessed[e] <= emp.required[e]).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never falls (and hours never rise) when one proficiency rises', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), fc.double({ min: 0, max: 5, noNaN: true }), ([rec, filter, asOf], pick, rise) => {
        fc.pre(rec.proficiencies.length > 0);
        const m = modelFromRecords(rec);
        const before = analyzeGaps(m, { asOf, filter }).employees;
        const i = pick % rec.proficiencies.length;
        const raised: GapRecords = {
          ...rec,
          proficiencies: rec.proficiencies.map((p, j) => (j === i ? { ...p, level: Math.min(5, p.level + rise) } : p)),
        };
        const after = analyzeGaps(modelFromRecords(raised), { asOf, filter }).employees;
        for (let e = 0; e < before.eligible.length; e++) {
          if (!before.eligible[e] || Number.isNaN(before.readiness[e])) continue;
          expect(after.readiness[e]).toBeGreaterThanOrEqual(before.readiness[e]);
          expect(after.gapHours[e]).toBeLessThanOrEqual(before.gapHours[e]);
          expect(after.coverage[e]).toBe(before.coverage[e]); // the same skills are assessed
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fit of a person for their own role equals their readiness, bit for bit', () => {
    fc.assert(
      fc.property(arbCase, ([rec, filter, asOf]) => {
        const m = modelFromRecords(rec);
        const a = analyzeGaps(m, { asOf, filter });
        for (let e = 0; e < m.employees.id.length; e++) {
          if (!a.employees.eligible[e]) continue;
          const f = fitFor(m, a.profiles, e, m.employees.role[e], { programs: false });
          const r = a.employees.readiness[e];
          expect(f.fit).toBe(Number.isNaN(r) ? null : r);
          expect(f.coverage).toBe(a.employees.coverage[e]);
          expect(f.gapHours).toBe(a.employees.gapHours[e]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('roll-ups agree with the per-person figures', () => {
  it('every grouping adds up to the same people, pairs, level-gap and hours', () => {
    fc.assert(
      fc.property(arbCase, ([rec, filter, asOf]) => {
        const m = modelFromRecords(rec);
        const a = analyzeGaps(m, { asOf, filter });
        const emp = a.employees;
        let people = 0;
        let pairs = 0;
        let assessed = 0;
        let met = 0;
        let gap = 0;
        let hours = 0;
        for (let e = 0; e < emp.eligible.length; e++) {
          if (!emp.eligible[e] || emp.required[e] === 0) continue;
          people++;
          pairs += emp.required[e];
          assessed += emp.assessed[e];
          met += emp.met[e];
          gap += emp.gapLevels[e];
          hours += emp.gapHours[e];
        }
        for (const by of ['role', 'unit', 'location', 'skill', 'category'] as const) {
          const rows = groupRows(m, a, by);
          const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
          expect(sum((r) => r.pairs), by).toBe(pairs);
          expect(sum((r) => r.assessedPairs), by).toBe(assessed);
          expect(sum((r) => r.metPairs), by).toBe(met);
          expect(close(sum((r) => r.totalGapLevels), gap), by).toBe(true);
          expect(close(sum((r) => r.gapHours), hours), by).toBe(true);
          // Person groups partition the people; skill and category groups count a person per skill or category.
          if (by === 'role' || by === 'unit' || by === 'location') expect(sum((r) => r.people)).toBe(people);
          else expect(sum((r) => r.people)).toBeGreaterThanOrEqual(people);
          for (const r of rows) {
            // Drill-down lists exactly the people counted in the row.
            expect(cellEmployees(m, a, { kind: 'group', by, index: r.index }).length).toBe(r.people);
            if (r.meetingShare !== null) expect(r.meetingShare >= 0 && r.meetingShare <= 1).toBe(true);
          }
        }
        const rs = roleSkillMatrix(m, a);
        const uc = unitCategoryMatrix(m, a);
        expect(rs.cells.reduce((s, c) => s + c.pairs, 0)).toBe(pairs);
        expect(uc.cells.reduce((s, c) => s + c.pairs, 0)).toBe(pairs);
        expect(close(uc.cells.reduce((s, c) => s + c.gapHours, 0), hours)).toBe(true);
        for (const c of rs.cells) {
          const role = rs.rows[c.row].index;
          const skill = rs.cols[c.col].index;
          expect(cellEmployees(m, a, { kind: 'role-skill', role, skill }).length).toBe(c.people);
        }
        for (const c of uc.cells) {
          const cell = { kind: 'unit-category' as const, unit: uc.rows[c.row].index, category: uc.cols[c.col].index };
          expect(cellEmployees(m, a, cell).length).toBe(c.people);
        }
      }),
      { numRuns: 300 },
    );
  });
});
