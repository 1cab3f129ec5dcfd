// Learning candidates agree with the gap engine: every kept target is one of the person's best
// roles by fit in the gap engine's own order (bestRolesFor), with the same fit, hours and
// programs; an upskill option exists exactly for people whose role's future profile deepens a gap.
import fc from 'fast-check';
import { bestRolesFor, fitFor, isoToDay, modelFromRecords, resolveProfiles } from '../../../../src/main/engine/gaps';
import { buildCandidates, offsetFor } from '../../../../src/main/engine/plan/candidates';
import { KIND_RESKILL, KIND_UPSKILL } from '../../../../src/main/engine/plan/types';
import { arbRecords } from '../gaps/arbitraries';

const FUTURE = '2027-06-01';

describe('plan candidates', () => {
  it('keep each person the gap engine\'s best target roles, with its fit, hours and programs', () => {
    fc.assert(
      fc.property(arbRecords(), fc.integer({ min: 1, max: 3 }), (records, top) => {
        const m = modelFromRecords(records);
        const now = resolveProfiles(m, isoToDay(m.asOfDate));
        const future = resolveProfiles(m, isoToDay(FUTURE));
        const people = Int32Array.from([...m.employees.role.keys()].filter((e) => m.employees.role[e] >= 0));
        const R = m.roles.id.length;
        const { candidates: cd, readiness } = buildCandidates({
          model: m,
          now,
          future,
          people,
          personCell: Int32Array.from(people, (e) => m.employees.role[e]),
          cellRole: Int32Array.from({ length: R }, (_, r) => r),
          targetRole: new Uint8Array(R).fill(1),
          targetCell: (r) => r,
          top,
          monthsPerPeriod: 3,
        });
        people.forEach((e, i) => {
          const best = bestRolesFor(m, future, e, { top, programs: false });
          const reskill = [];
          for (let o = cd.start[i]; o < cd.start[i + 1]; o++) {
            if (cd.kind[o] === KIND_RESKILL) reskill.push(o);
            else expect(cd.kind[o]).toBe(KIND_UPSKILL);
          }
          expect(reskill.map((o) => cd.cell[o])).toEqual(best.map((b) => b.role));
          reskill.forEach((o, j) => {
            const f = fitFor(m, future, e, best[j].role);
            expect(cd.fit[o]).toBe(f.fit);
            expect(cd.hours[o]).toBeCloseTo(f.gapHours, 9);
            const progs = Array.from(cd.prog.subarray(cd.progStart[o], cd.progStart[o + 1]));
            expect(progs).toEqual(f.programs.programs.map((p) => p.program));
            const longest = Math.max(0, ...f.programs.programs.map((p) => p.durationMonths));
            expect(cd.months[o]).toBeCloseTo(Math.max(f.months, longest), 9);
            expect(cd.offset[o]).toBe(offsetFor(cd.months[o], 3));
          });
          // Upskilling exactly when the role's future profile deepens some assessed gap.
          const own = m.employees.role[e];
          const gapNow = new Map(fitFor(m, now, e, own).missing.map((x) => [x.skill, x.gap]));
          const opens = fitFor(m, future, e, own).missing.some((x) => x.gap - (gapNow.get(x.skill) ?? 0) > 1e-9);
          const hasUpskill = reskill.length < cd.start[i + 1] - cd.start[i];
          expect(hasUpskill).toBe(opens);
          expect(readiness.unready[i]).toBe(opens ? 1 : 0);
          if (opens) expect(readiness.extraHours[i]).toBeGreaterThan(0);

        });
      }),
      { numRuns: 150 },
    );
  });

  it('counts a person from the period the learning ends (same period if it fits in one)', () => {
    expect(offsetFor(0, 3)).toBe(0);
    expect(offsetFor(3, 3)).toBe(0);
    expect(offsetFor(3.5, 3)).toBe(1);
    expect(offsetFor(9, 3)).toBe(2);
    expect(offsetFor(9, 1)).toBe(8);
  });
});
