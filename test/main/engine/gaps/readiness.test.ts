// Hand-computed readiness, coverage, gap hours and requirements in force on a date.
import {
  addMonths,
  analyzeGaps,
  employeeRows,
  isoToDay,
  dayToIso,
  modelFromRecords,
  profileChanges,
  resolveProfiles,
  slotOf,
} from '../../../../src/main/engine/gaps';
import { defaultSettings } from '../../../../src/shared/domain/settings';
import { AS_OF, E, FUTURE, R, S, fixtureModel, records } from './fixture';

describe('requirements in force on a date', () => {
  const m = fixtureModel();

  it('undated rows are in force from the beginning; dated rows only from their date', () => {
    const early = resolveProfiles(m, isoToDay('1990-01-01'));
    expect(slotOf(early, R.analyst, S.python)).toBeGreaterThanOrEqual(0);
    expect(early.level[slotOf(early, R.analyst, S.python)]).toBe(4);
    expect(slotOf(early, R.analyst, S.gdpr)).toBe(-1);
  });

  it('today: the undated profile only', () => {
    const p = resolveProfiles(m, isoToDay(AS_OF));
    expect([...p.skill.subarray(p.start[R.analyst], p.start[R.analyst + 1])]).toEqual([S.python, S.sql, S.negotiation]);
    expect(p.level[slotOf(p, R.analyst, S.python)]).toBe(4);
  });

  it('the future: a dated row supersedes the same skill and adds a new one; later rows are ignored', () => {
    const p = resolveProfiles(m, isoToDay(FUTURE));
    expect([...p.skill.subarray(p.start[R.analyst], p.start[R.analyst + 1])]).toEqual([S.python, S.sql, S.negotiation, S.gdpr]);
    expect(p.level[slotOf(p, R.analyst, S.python)]).toBe(5);
    expect(slotOf(p, R.analyst, S.german)).toBe(-1); // 2028-01-01 is after 2027-07-01
    // On the very day a row becomes effective it is in force (<= D).
    const onDay = resolveProfiles(m, isoToDay('2026-07-01'));
    expect(onDay.level[slotOf(onDay, R.analyst, S.python)]).toBe(5);
    const dayBefore = resolveProfiles(m, isoToDay('2026-06-30'));
    expect(dayBefore.level[slotOf(dayBefore, R.analyst, S.python)]).toBe(4);
  });

  it('lists the difference between today and the future profile', () => {
    const changes = profileChanges(resolveProfiles(m, isoToDay(AS_OF)), resolveProfiles(m, isoToDay(FUTURE)));
    expect(changes).toEqual([
      { role: R.analyst, skill: S.python, kind: 'changed', before: { level: 4, weight: 1 }, after: { level: 5, weight: 1 } },
      { role: R.analyst, skill: S.gdpr, kind: 'added', before: null, after: { level: 2, weight: 0.5 } },
    ]);
  });

  it('dates: day numbers round-trip and 18 months clamp to the month end', () => {
    expect(dayToIso(isoToDay('2026-02-28'))).toBe('2026-02-28');
    expect(addMonths(AS_OF, 18)).toBe(FUTURE);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 18)).toBe('2029-02-28');
    expect(isoToDay('1970-01-02')).toBe(1);
  });
});

describe('readiness, coverage and gap hours (today)', () => {
  const m = fixtureModel();
  const a = analyzeGaps(m);
  const emp = a.employees;

  it('E1: an unknown proficiency is left out of readiness and lowers coverage', () => {
    // Python L4 w1 p3 -> g1, wg 1; SQL L3 w0.5 p3 -> met; Negotiation L2 w0.5 unknown.
    // sum(wL) all = 4 + 1.5 + 1 = 6.5; assessed = 5.5; sum(wg) = 1.
    expect(emp.readiness[E.E1]).toBeCloseTo(1 - 1 / 5.5, 12);
    expect(emp.coverage[E.E1]).toBeCloseTo(5.5 / 6.5, 12);
    expect(emp.gapHours[E.E1]).toBe(40); // 1 level x 40 h (technical)
    expect([emp.required[E.E1], emp.assessed[E.E1], emp.met[E.E1], emp.gapLevels[E.E1]]).toEqual([3, 2, 1, 1]);
  });

  it('E2: weights count; proficiency above the requirement is not a negative gap; hours by category', () => {
    // Python L4 p4.5 -> met; SQL L3 w0.5 p2 -> g1, wg 0.5; Negotiation L2 w0.5 p1 -> g1, wg 0.5.
    expect(emp.readiness[E.E2]).toBeCloseTo(1 - 1 / 6.5, 12);
    expect(emp.coverage[E.E2]).toBe(1);
    expect(emp.gapHours[E.E2]).toBe(40 + 60); // digital 40 h/level, soft 60 h/level
  });

  it('E3 and E4: leadership at 60 h per level, digital at 40', () => {
    // E3: Coaching L4 w1 p2 -> g2, wg 2; Negotiation L3 p3 met; SQL L2 p2 met; sum(wL) = 4 + 1.5 + 0.5 = 6.
    expect(emp.readiness[E.E3]).toBeCloseTo(1 - 2 / 6, 12);
    expect(emp.gapHours[E.E3]).toBe(120);
    // E4: Python L5 p5 met; SQL L4 w1 p1 -> g3; sum(wL) = 9.
    expect(emp.readiness[E.E4]).toBeCloseTo(1 - 3 / 9, 12);
    expect(emp.gapHours[E.E4]).toBe(120);
  });

  it('E5: nothing assessed -> readiness null (NaN), coverage 0, no hours; never a zero level', () => {
    expect(Number.isNaN(emp.readiness[E.E5])).toBe(true);
    expect(emp.coverage[E.E5]).toBe(0);
    expect(emp.gapHours[E.E5]).toBe(0);
    expect(emp.assessed[E.E5]).toBe(0);
    const row = employeeRows(m, a).find((r) => r.ref === 'E5')!;
    expect(row.readiness).toBeNull();
  });

  it('E6: no role -> not eligible, no figures', () => {
    expect(emp.eligible[E.E6]).toBe(0);
    expect(Number.isNaN(emp.readiness[E.E6])).toBe(true);
    expect(employeeRows(m, a).map((r) => r.ref)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']);
  });

  it('a role with nothing required: readiness 1 and coverage 1', () => {
    const r = records();
    r.roles.push({ id: 40, title: 'Intern' });
    r.employees.push({ id: 107, ref: 'E7', roleId: 40 });
    const m2 = modelFromRecords(r);
    const a2 = analyzeGaps(m2);
    const e7 = m2.employees.ref.indexOf('E7');
    expect(a2.employees.readiness[e7]).toBe(1);
    expect(a2.employees.coverage[e7]).toBe(1);
    expect(a2.employees.required[e7]).toBe(0);
  });

  it('hours per level come from the engagement settings', () => {
    const r = records();
    r.settings = { ...defaultSettings(), hoursPerLevel: { ...defaultSettings().hoursPerLevel, technical: 50, soft: 10 } };
    const a2 = analyzeGaps(modelFromRecords(r));
    expect(a2.employees.gapHours[E.E1]).toBe(50);
    expect(a2.employees.gapHours[E.E2]).toBe(40 + 10);
  });

  it('employee rows carry months at the learning hours per month', () => {
    const row = employeeRows(m, a).find((x) => x.ref === 'E2')!;
    expect(row).toMatchObject({ id: 102, roleTitle: 'Analyst', gapHours: 100, months: 100 / 16, required: 3, assessed: 3 });
  });
});

describe('readiness 18 months out', () => {
  const m = fixtureModel();
  const f = analyzeGaps(m, { asOf: FUTURE }).employees;

  it('E1: the raised Python level and the added GDPR requirement (unknown) both count', () => {
    // Python L5 p3 -> g2, wg 2; SQL met; Negotiation unknown; GDPR L2 w0.5 unknown.
    // sum(wL) all = 5 + 1.5 + 1 + 1 = 8.5; assessed = 6.5.
    expect(f.readiness[E.E1]).toBeCloseTo(1 - 2 / 6.5, 12);
    expect(f.coverage[E.E1]).toBeCloseTo(6.5 / 8.5, 12);
    expect(f.gapHours[E.E1]).toBe(80);
  });

  it('E2: GDPR is met, Python now short by half a level', () => {
    // Python L5 p4.5 -> g0.5 wg 0.5; SQL wg 0.5; Negotiation wg 0.5; GDPR L2 p2 met; sum(wL) = 8.5.
    expect(f.readiness[E.E2]).toBeCloseTo(1 - 1.5 / 8.5, 12);
    expect(f.gapHours[E.E2]).toBe(0.5 * 40 + 40 + 60);
  });

  it('roles without future rows keep their figures', () => {
    const today = analyzeGaps(m).employees;
    expect(f.readiness[E.E3]).toBe(today.readiness[E.E3]);
    expect(f.gapHours[E.E4]).toBe(today.gapHours[E.E4]);
  });
});
