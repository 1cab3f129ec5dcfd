// "Why this number": every explanation returns the figure the engine computed, with its inputs
// and the assumptions (settings, forecast requirements) flagged.
import {
  analyzeGaps,
  explainAdjacency,
  explainAggregate,
  explainFit,
  explainGapHours,
  explainMonths,
  explainReadiness,
  fitFor,
  groupRows,
  roleAdjacency,
  roleSkillMatrix,
  type AggregateMetric,
  type Explanation,
  type GroupBy,
} from '../../../../src/main/engine/gaps';
import { E, FUTURE, R, S, U, fixtureModel } from './fixture';

const m = fixtureModel();
const a = analyzeGaps(m);
const f = analyzeGaps(m, { asOf: FUTURE });
const input = (x: Explanation, name: string) => {
  const found = x.inputs.find((i) => i.name === name);
  if (!found) throw new Error(`no input "${name}" in ${x.inputs.map((i) => i.name).join(' | ')}`);
  return found;
};

describe('explaining person figures', () => {
  it('readiness: formula, every requirement with the level or "not assessed", totals and coverage', () => {
    const x = explainReadiness(m, a, E.E1);
    expect(x.result).toBe(a.employees.readiness[E.E1]);
    expect(x.formula).toMatch(/1 - sum\(w x g\) \/ sum\(w x L\)/);
    expect(input(x, 'Python (technical): required level L').value).toBe(4);
    expect(input(x, 'Python (technical): proficiency p').value).toBe(3);
    expect(input(x, 'Negotiation (soft): proficiency p').value).toBe('not assessed');
    expect(input(x, 'sum(w x g), assessed').value).toBe(1);
    expect(input(x, 'sum(w x L), assessed').value).toBe(5.5);
    expect(input(x, 'sum(w x L), all requirements').value).toBe(6.5);
    expect(input(x, 'coverage').value).toBe(a.employees.coverage[E.E1]);
    expect(input(x, 'requirements in force on').assumption).toBe(false);
  });

  it('readiness with nothing assessed explains a null', () => {
    expect(explainReadiness(m, a, E.E5).result).toBeNull();
  });

  it('future figures flag the forecast requirements and the date as assumptions', () => {
    const x = explainReadiness(m, f, E.E1);
    expect(x.result).toBe(f.employees.readiness[E.E1]);
    expect(input(x, 'Python (technical): required level L (from 2026-07-01)')).toMatchObject({ value: 5, assumption: true });
    expect(input(x, 'SQL (digital): required level L').assumption).toBe(false);
    expect(input(x, 'requirements in force on')).toMatchObject({ value: FUTURE, assumption: true });
  });

  it('gap hours: gaps per skill and hours per level per category (a setting, so an assumption)', () => {
    const x = explainGapHours(m, a, E.E2);
    expect(x.result).toBe(100);
    expect(input(x, 'SQL: gap g = L - p').value).toBe(1);
    expect(input(x, 'Negotiation: gap g = L - p').value).toBe(1);
    expect(input(x, 'hours per level, soft')).toEqual({ name: 'hours per level, soft', value: 60, assumption: true });
    expect(input(x, 'hours per level, digital').value).toBe(40);
  });

  it('fit and months for another role', () => {
    const x = explainFit(m, a.profiles, E.E2, R.engineer);
    expect(x.result).toBe(fitFor(m, a.profiles, E.E2, R.engineer).fit);
    expect(input(x, 'Python (technical): min(p, L)').value).toBe(4.5);
    expect(input(x, 'sum(w x min(p, L)), assessed').value).toBe(6.5);
    const mo = explainMonths(m, a.profiles, E.E2, R.engineer);
    expect(mo.result).toBe(100 / 16);
    expect(input(mo, 'learning hours per month')).toMatchObject({ value: 16, assumption: true });
    expect(input(mo, 'gap hours').value).toBe(100);
  });

  it('role adjacency', () => {
    const adj = roleAdjacency(m, a.profiles);
    const x = explainAdjacency(m, a.profiles, R.lead, R.engineer);
    expect(x.result).toBe(adj.fit[R.lead * adj.n + R.engineer]);
    expect(input(x, 'Python: level in Team Lead (0 if not required)').value).toBe(0);
    expect(input(x, 'SQL: level in Team Lead (0 if not required)').value).toBe(2);
  });
});

describe('explaining aggregate cells', () => {
  const metrics: AggregateMetric[] = ['people', 'meetingShare', 'fteMeetingShare', 'meanGap', 'totalGapLevels', 'gapHours', 'unknownShare', 'meanReadiness', 'fteMeanReadiness'];

  it('every metric of every roll-up row explains to the value in the row', () => {
    for (const by of ['role', 'unit', 'location', 'skill', 'category'] as GroupBy[]) {
      for (const row of groupRows(m, a, by)) {
        for (const metric of metrics) {
          const x = explainAggregate(m, a, { kind: 'group', by, index: row.index }, metric);
          expect(x.result, `${by} ${row.label} ${metric}`).toBe(row[metric]);
          expect(x.formula.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gap hours of a unit break down by category with the hours per level', () => {
    const x = explainAggregate(m, a, { kind: 'group', by: 'unit', index: U.B }, 'gapHours');
    expect(x.result).toBe(240);
    // E3 Coaching 2 levels (leadership), E4 SQL 3 levels (digital).
    expect(input(x, 'level-gap, leadership').value).toBe(2);
    expect(input(x, 'level-gap, digital').value).toBe(3);
    expect(input(x, 'hours per level, leadership')).toMatchObject({ value: 60, assumption: true });
  });

  it('heatmap cells explain to the cell values', () => {
    const mx = roleSkillMatrix(m, a);
    for (const c of mx.cells) {
      const ref = { kind: 'role-skill' as const, role: mx.rows[c.row].index, skill: mx.cols[c.col].index };
      expect(explainAggregate(m, a, ref, 'meetingShare').result).toBe(c.meetingShare);
      expect(explainAggregate(m, a, ref, 'gapHours').result).toBe(c.gapHours);
      expect(explainAggregate(m, a, ref, 'unknownShare').result).toBe(c.unknownShare);
    }
    const x = explainAggregate(m, a, { kind: 'unit-category', unit: U.B, category: 1 }, 'meanGap');
    expect(x.result).toBe(1.5);
    expect(input(x, 'total level-gap').value).toBe(3);
    expect(input(x, 'assessed pairs').value).toBe(2);
    const cell = explainAggregate(m, a, { kind: 'role-skill', role: R.engineer, skill: S.sql }, 'meetingShare');
    expect(cell.result).toBe(0);
  });
});
