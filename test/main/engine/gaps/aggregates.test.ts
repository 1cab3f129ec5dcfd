// Hand-computed roll-ups, heatmaps, drill-down and filters on the fixture (see fixture.ts).
import {
  analyzeGaps,
  cellEmployees,
  compareGroups,
  groupRows,
  managerRoles,
  roleSkillMatrix,
  roleSkillPairs,
  unitCategoryMatrix,
  type AggregateRow,
  type GroupBy,
} from '../../../../src/main/engine/gaps';
import { E, FUTURE, L, R, S, U, fixtureModel } from './fixture';

const m = fixtureModel();
const a = analyzeGaps(m);
const row = (by: GroupBy, label: string, an = a): AggregateRow => {
  const r = groupRows(m, an, by).find((x) => x.label === label);
  if (!r) throw new Error(`no ${by} row ${label}`);
  return r;
};

describe('roll-ups', () => {
  it('by role: Analyst (E1, E2)', () => {
    const r = row('role', 'Analyst');
    // pairs 3 + 3; assessed 2 + 3; met 1 (E1 SQL) + 1 (E2 Python); level-gap 1 + 2; hours 40 + 100.
    expect(r).toMatchObject({ key: '10', people: 2, fte: 1.5, pairs: 6, assessedPairs: 5, metPairs: 2, totalGapLevels: 3, gapHours: 140 });
    expect(r.meetingShare).toBeCloseTo(2 / 5, 12);
    // FTE-weighted: (1 x 1 + 0.5 x 1) / (1 x 2 + 0.5 x 3)
    expect(r.fteMeetingShare).toBeCloseTo(1.5 / 3.5, 12);
    expect(r.meanGap).toBeCloseTo(3 / 5, 12);
    expect(r.unknownShare).toBeCloseTo(1 / 6, 12);
    const r1 = 1 - 1 / 5.5;
    const r2 = 1 - 1 / 6.5;
    expect(r.meanReadiness).toBeCloseTo((r1 + r2) / 2, 12);
    expect(r.fteMeanReadiness).toBeCloseTo((1 * r1 + 0.5 * r2) / 1.5, 12);
  });

  it('by role: Engineer mixes an assessed person with an unassessed one', () => {
    const r = row('role', 'Engineer');
    expect(r).toMatchObject({ people: 2, fte: 1.8, pairs: 4, assessedPairs: 2, metPairs: 1, totalGapLevels: 3, gapHours: 120, unknownShare: 0.5 });
    expect(r.meanReadiness).toBeCloseTo(1 - 3 / 9, 12); // E5 has no readiness and is not counted as 0
  });

  it('by skill: SQL across three roles', () => {
    const r = row('skill', 'SQL');
    // pairs E1..E5; assessed E1 (met), E2 (g1), E3 (met), E4 (g3).
    expect(r).toMatchObject({ people: 5, pairs: 5, assessedPairs: 4, metPairs: 2, totalGapLevels: 4, gapHours: 160, unknownShare: 0.2, meanGap: 1 });
    expect(r.meanReadiness).toBeNull();
    expect(row('skill', 'Negotiation')).toMatchObject({ pairs: 3, assessedPairs: 2, metPairs: 1, totalGapLevels: 1, gapHours: 60 });
    expect(row('skill', 'Coaching')).toMatchObject({ pairs: 1, metPairs: 0, totalGapLevels: 2, gapHours: 120, meetingShare: 0 });
    expect(groupRows(m, a, 'skill').map((x) => x.label)).toEqual(['Python', 'SQL', 'Negotiation', 'Coaching']);
  });

  it('by category, unit (direct unit) and location, with a "(none)" group', () => {
    expect(row('category', 'leadership')).toMatchObject({ index: 3, people: 1, gapHours: 120 });
    expect(row('category', 'technical')).toMatchObject({ people: 4, pairs: 4, assessedPairs: 3, totalGapLevels: 1, gapHours: 40 });
    expect(row('unit', 'A')).toMatchObject({ people: 1, gapHours: 40 }); // E2 sits in A1, not A
    expect(row('unit', 'A1')).toMatchObject({ people: 1, gapHours: 100 });
    expect(row('unit', 'B')).toMatchObject({ people: 2, pairs: 5, gapHours: 240 });
    expect(row('unit', '(none)')).toMatchObject({ index: -1, key: 'none', people: 1, unknownShare: 1, meanReadiness: null });
    expect(row('location', 'X')).toMatchObject({ people: 2, gapHours: 160 });
    expect(row('location', 'Y')).toMatchObject({ people: 2, gapHours: 220 });
  });

  it('groups without anyone in scope are left out', () => {
    expect(groupRows(m, a, 'skill').some((x) => x.label === 'German')).toBe(false);
  });
});

describe('heatmaps and drill-down', () => {
  it('roles x skills: one cell per requirement in force, with the people behind it', () => {
    const mx = roleSkillMatrix(m, a);
    expect(mx.rows.map((r) => r.label)).toEqual(['Analyst', 'Team Lead', 'Engineer']);
    expect(mx.cols.map((c) => c.label)).toEqual(['Python', 'SQL', 'Negotiation', 'Coaching']);
    const cell = mx.cells.find((c) => mx.rows[c.row].label === 'Engineer' && mx.cols[c.col].label === 'SQL')!;
    expect(cell).toMatchObject({ people: 2, pairs: 2, assessed: 1, meetingShare: 0, meanGap: 3, gapHours: 120, unknownShare: 0.5 });
    expect(mx.cells).toHaveLength(3 + 3 + 2);
    expect([...cellEmployees(m, a, { kind: 'role-skill', role: R.engineer, skill: S.sql })]).toEqual([E.E4, E.E5]);
    expect([...cellEmployees(m, a, { kind: 'role-skill', role: R.engineer, skill: S.coaching })]).toEqual([]);
  });

  it('the people behind a role x skill cell show unknown as null, never zero', () => {
    const pairs = roleSkillPairs(m, a, R.engineer, S.sql);
    expect(pairs.map((p) => [p.ref, p.proficiency, p.gap, p.meets])).toEqual([
      ['E4', 1, 3, false],
      ['E5', null, null, null],
    ]);
  });

  it('org units x categories', () => {
    const mx = unitCategoryMatrix(m, a);
    expect(mx.rows.map((r) => r.label)).toEqual(['A', 'A1', 'B', '(none)']);
    expect(mx.cols.map((c) => c.key)).toEqual(['technical', 'digital', 'soft', 'leadership']);
    const b = mx.rows.findIndex((r) => r.label === 'B');
    const digital = mx.cols.findIndex((c) => c.key === 'digital');
    const cell = mx.cells.find((c) => c.row === b && c.col === digital)!;
    // E3 SQL met, E4 SQL g3.
    expect(cell).toMatchObject({ people: 2, pairs: 2, assessed: 2, meetingShare: 0.5, meanGap: 1.5, gapHours: 120 });
    expect([...cellEmployees(m, a, { kind: 'unit-category', unit: U.B, category: 1 })]).toEqual([E.E3, E.E4]);
    expect([...cellEmployees(m, a, { kind: 'unit-category', unit: -1, category: 0 })]).toEqual([E.E5]);
  });

  it('drill-down from any roll-up row', () => {
    const ids = (by: GroupBy, index: number) => [...cellEmployees(m, a, { kind: 'group', by, index })];
    expect(ids('role', R.analyst)).toEqual([E.E1, E.E2]);
    expect(ids('skill', S.python)).toEqual([E.E1, E.E2, E.E4, E.E5]);
    expect(ids('category', 2)).toEqual([E.E1, E.E2, E.E3]);
    expect(ids('unit', U.A)).toEqual([E.E1]);
    expect(ids('location', L.Y)).toEqual([E.E2, E.E4]);
    expect(ids('location', -1)).toEqual([E.E5]);
  });
});

describe('filters and the soft-skills and leadership lens', () => {
  it('a unit includes its sub-units', () => {
    const f = analyzeGaps(m, { filter: { orgUnits: [U.A] } });
    expect([...f.employees.eligible]).toEqual([1, 1, 0, 0, 0, 0]);
    expect(groupRows(m, f, 'role').map((r) => r.label)).toEqual(['Analyst']);
  });

  it('locations', () => {
    const f = analyzeGaps(m, { filter: { locations: [L.Y] } });
    expect(groupRows(m, f, 'role').map((r) => [r.label, r.people])).toEqual([
      ['Analyst', 1],
      ['Engineer', 1],
    ]);
  });

  it('soft + leadership: readiness on those requirements only; people without any are out of scope', () => {
    const f = analyzeGaps(m, { filter: { lens: 'soft-leadership' } });
    const emp = f.employees;
    expect(Number.isNaN(emp.readiness[E.E1])).toBe(true); // only Negotiation, not assessed
    expect(emp.coverage[E.E1]).toBe(0);
    expect(emp.readiness[E.E2]).toBeCloseTo(1 - 0.5 / 1, 12); // Negotiation L2 w0.5 p1
    expect(emp.readiness[E.E3]).toBeCloseTo(1 - 2 / 5.5, 12); // Coaching g2 w1; Negotiation met
    expect(emp.required[E.E4]).toBe(0);
    expect(groupRows(m, f, 'role').map((r) => r.label)).toEqual(['Analyst', 'Team Lead']);
    expect(groupRows(m, f, 'category').map((r) => r.label)).toEqual(['soft', 'leadership']);
    // The same as naming the categories.
    const g = analyzeGaps(m, { filter: { categories: ['leadership', 'soft'] } });
    expect([...g.employees.readiness]).toEqual([...emp.readiness]);
  });

  it('managers only, with their span of control from manager links', () => {
    const f = analyzeGaps(m, { filter: { managersOnly: true } });
    expect([...f.employees.eligible]).toEqual([0, 0, 1, 0, 0, 0]);
    expect(managerRoles(m, a)).toEqual([
      { role: R.lead, title: 'Team Lead', managers: 1, directReports: 3, meanSpan: 3, maxSpan: 3, meanReadiness: 1 - 2 / 6, gapHours: 120 },
    ]);
  });
});

describe('today vs 18 months out', () => {
  it('exposes the change per group', () => {
    const f = analyzeGaps(m, { asOf: FUTURE });
    const d = compareGroups(m, a, f, 'role').find((x) => x.label === 'Analyst')!;
    // Hours 140 -> 80 (E1) + 120 (E2) = 200.
    expect(d.delta.gapHours).toBe(60);
    expect(d.now!.gapHours).toBe(140);
    expect(d.future!.pairs).toBe(8);
    const gdpr = compareGroups(m, a, f, 'skill').find((x) => x.label === 'GDPR')!;
    expect(gdpr.now).toBeNull();
    expect(gdpr.future).toMatchObject({ pairs: 2, assessedPairs: 1, metPairs: 1 });
    expect(gdpr.delta.meetingShare).toBeNull();
    expect(gdpr.delta.totalGapLevels).toBe(0);
  });
});
