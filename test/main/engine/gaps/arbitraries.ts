// Random small engagements for property tests: a few skills, roles and people, requirements
// with and without effective dates (some after the future date), partial assessments, fractional
// levels and weights, a unit tree, managers and programs.
import fc from 'fast-check';
import type { GapRecords } from '../../../../src/main/engine/gaps';
import { skillCategories } from '../../../../src/shared/domain/entities';

const int = (min: number, max: number) => fc.integer({ min, max });
export const arbLevel = fc.oneof(int(0, 10).map((x) => x / 2), fc.double({ min: 0, max: 5, noNaN: true }));
export const arbWeight = fc.oneof(fc.constantFrom(0, 0.25, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));
export const DATES = [null, '2025-06-01', '2026-07-01', '2027-03-01', '2029-01-01'] as const;

export function arbRecords(): fc.Arbitrary<GapRecords> {
  return fc
    .record({ nS: int(1, 6), nR: int(1, 4), nU: int(1, 3), nL: int(1, 2), nE: int(1, 12) })
    .chain(({ nS, nR, nU, nL, nE }) =>
      fc.record({
        nS: fc.constant(nS),
        cats: fc.array(fc.constantFrom(...skillCategories), { minLength: nS, maxLength: nS }),
        managerRole: fc.array(fc.boolean(), { minLength: nR, maxLength: nR }),
        parents: fc.array(fc.option(int(0, nU - 1), { nil: null }), { minLength: nU, maxLength: nU }),
        nL: fc.constant(nL),
        reqs: fc.array(
          fc.record({ role: int(0, nR - 1), skill: int(0, nS - 1), date: fc.constantFrom(...DATES), level: arbLevel, weight: arbWeight }),
          { maxLength: 16 },
        ),
        emps: fc.array(
          fc.record({
            role: fc.option(int(0, nR - 1), { nil: null, freq: 6 }),
            unit: fc.option(int(0, nU - 1), { nil: null }),
            loc: fc.option(int(0, nL - 1), { nil: null }),
            manager: fc.option(int(0, nE - 1), { nil: null }),
            fte: fc.constantFrom(0.5, 0.8, 1, 1.2),
          }),
          { minLength: nE, maxLength: nE },
        ),
        profs: fc.array(fc.record({ e: int(0, nE - 1), s: int(0, nS - 1), level: arbLevel }), { maxLength: 40 }),
        programs: fc.array(
          fc.record({
            skills: fc.array(fc.record({ s: int(0, nS - 1), uplift: fc.constantFrom(0.5, 1, 2) }), { minLength: 1, maxLength: 3 }),
            cost: fc.constantFrom(100, 500, 900),
          }),
          { maxLength: 3 },
        ),
      }),
    )
    .map((x) => {
      const firstOf = <T>(xs: T[], key: (t: T) => string) => {
        const seen = new Set<string>();
        return xs.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
      };
      return {
        asOfDate: '2026-01-01',
        skills: x.cats.map((category, i) => ({ id: i + 1, name: `S${i + 1}`, category })),
        roles: x.managerRole.map((isManager, i) => ({ id: 10 * (i + 1), title: `R${i + 1}`, isManager })),
        // A parent always has a smaller id, so the units form a tree.
        orgUnits: x.parents.map((p, i) => ({ id: i + 1, name: `U${i + 1}`, parentId: p !== null && p < i ? p + 1 : null })),
        locations: Array.from({ length: x.nL }, (_, i) => ({ id: i + 1, name: `L${i + 1}` })),
        requirements: firstOf(x.reqs, (q) => `${q.role}/${q.skill}/${q.date}`).map((q, i) => ({
          id: i + 1,
          roleId: 10 * (q.role + 1),
          skillId: q.skill + 1,
          level: q.level,
          weight: q.weight,
          effectiveDate: q.date,
        })),
        employees: x.emps.map((e, i) => ({
          id: 100 + i,
          ref: `P${i}`,
          roleId: e.role === null ? null : 10 * (e.role + 1),
          orgUnitId: e.unit === null ? null : e.unit + 1,
          locationId: e.loc === null ? null : e.loc + 1,
          managerId: e.manager === null || e.manager === i ? null : 100 + e.manager,
          fte: e.fte,
        })),
        proficiencies: firstOf(x.profs, (p) => `${p.e}/${p.s}`).map((p) => ({ employeeId: 100 + p.e, skillId: p.s + 1, level: p.level })),
        programs: x.programs.map((p, i) => ({
          id: i + 1,
          name: `Prog${i + 1}`,
          costPerPerson: p.cost,
          durationMonths: 1,
          skills: firstOf(p.skills, (s) => String(s.s)).map((s) => ({ skillId: s.s + 1, uplift: s.uplift })),
        })),
      } satisfies GapRecords;
    });
}
