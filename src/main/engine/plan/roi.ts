// Return on each learning program and the business objectives it serves (DESIGN.md "Business
// alignment"). For program p, over the people the plan enrols in it, each person's figures are
// split across their programs by the share of level-gap each program closes for them (equal
// shares when none closes any):
//   cost               = fees of p + share x learning time cost (salary x months / 12 x productivity lost)
//   avoided hiring     = share x fte x the cost of hiring into the role they fill instead
//                        (reskill: the target role; upskill: their own role, since an unready
//                        person would otherwise have to be replaced)
//   avoided severance  = share x the person's severance, for reskilled people leaving a role with
//                        more heads than demand at the horizon before any decision, up to that
//                        surplus (taken in person order): they would otherwise be released
//   productivity gained= share x fte x readiness gained in the role x its loaded cost x years
//                        from proficiency to the horizon end (output no longer lost to the gap)
//   ROI                = (avoided hiring + avoided severance + productivity gained) / cost
import type { PlanProgramRow } from '../../../shared/plan-types';
import { hireCost, learningTimeCost } from './costs';
import type { PersonColumns } from './columns';
import type { Layout } from './layout';
import { KIND_RESKILL, type Figure, type Selection } from './types';

interface Acc {
  people: number;
  fees: number;
  time: number;
  levels: number;
  skills: Map<number, number>;
  hiring: number;
  severance: number;
  productivity: number;
}

export function programRows(lay: Layout, cols: PersonColumns, sel: Selection, objectivesOf: (programId: number) => number[]): PlanProgramRow[] {
  const { pr, T } = lay;
  const cd = pr.candidates;
  const nP = pr.programs.id.length;
  const acc: Acc[] = Array.from({ length: nP }, () => ({ people: 0, fees: 0, time: 0, levels: 0, skills: new Map(), hiring: 0, severance: 0, productivity: 0 }));
  const surplusLeft = Float64Array.from(lay.surplusT, (x) => Math.max(0, x));
  const moves = [...sel.moves].sort((a, b) => a.e - b.e);
  for (const { e, o, s } of moves) {
    const from = cd.progStart[o];
    const to = cd.progStart[o + 1];
    if (from === to) continue;
    let totalLevels = 0;
    for (let j = from; j < to; j++) totalLevels += cd.progLevels[j];
    const fte = pr.people.fte[e];
    const target = cd.cell[o];
    const h = pr.people.cell[e];
    const time = learningTimeCost(pr, e, o) * pr.payLevel[s];
    const hiring = fte * hireCost(pr, target);
    let severance = 0;
    if (cd.kind[o] === KIND_RESKILL && surplusLeft[h] > 1e-9) {
      severance = cols.severance[e] * Math.min(1, surplusLeft[h] / fte);
      surplusLeft[h] = Math.max(0, surplusLeft[h] - fte);
    }
    const f = s + cd.offset[o];
    const years = (Math.max(0, T - f) * pr.monthsPerPeriod) / 12;
    const productivity = fte * cd.readinessGain[o] * pr.cells.loadedCost[target] * years;
    for (let j = from; j < to; j++) {
      const p = cd.prog[j];
      const share = totalLevels > 0 ? cd.progLevels[j] / totalLevels : 1 / (to - from);
      const a = acc[p];
      a.people++;
      a.fees += pr.programs.cost[p];
      a.time += share * time;
      a.levels += cd.progLevels[j];
      for (let k = cd.skillStart[j]; k < cd.skillStart[j + 1]; k++) a.skills.set(cd.skill[k], (a.skills.get(cd.skill[k]) ?? 0) + cd.skillLevels[k]);
      a.hiring += share * hiring;
      a.severance += share * severance;
      a.productivity += share * productivity;
    }
  }
  const rows: PlanProgramRow[] = [];
  for (let p = 0; p < nP; p++) {
    const a = acc[p];
    const cost = a.fees + a.time;
    const gain = a.hiring + a.severance + a.productivity;
    const r = (x: number) => Math.round(x * 100) / 100;
    const fig = (formula: string, result: number, inputs: Figure['inputs'] = []): Figure => ({ formula, inputs, result: r(result) });
    rows.push({
      programId: pr.programs.id[p],
      name: pr.programs.name[p],
      people: a.people,
      cost,
      fees: a.fees,
      levelsClosed: a.levels,
      skillsClosed: [...a.skills].sort((x, y) => x[0] - y[0]).map(([skill, levels]) => ({ skillId: pr.skills.id[skill], skill: pr.skills.name[skill], levels })),
      avoidedHiring: a.hiring,
      avoidedSeverance: a.severance,
      productivityGained: a.productivity,
      roi: cost > 0 ? gain / cost : null,
      figures: {
        cost: fig('sum over enrolled people of (program fee + share x salary x months to proficiency / 12 x productivity lost while learning)', cost, [
          { name: 'people', value: a.people },
          { name: 'fees', value: r(a.fees) },
          { name: 'learning time (share)', value: r(a.time) },
        ]),
        avoidedHiring: fig('sum of share x FTE x hiring cost of the role each person fills instead of a hire', a.hiring),
        avoidedSeverance: fig('sum of share x severance of reskilled people leaving a role with surplus heads at the horizon (up to that surplus)', a.severance),
        productivityGained: fig('sum of share x FTE x readiness gained x loaded cost x years from proficiency to the horizon end', a.productivity),
        roi: fig('(avoided hiring + avoided severance + productivity gained) / cost', cost > 0 ? gain / cost : 0, [
          { name: 'avoided hiring', value: r(a.hiring) },
          { name: 'avoided severance', value: r(a.severance) },
          { name: 'productivity gained', value: r(a.productivity) },
          { name: 'cost', value: r(cost) },
        ]),
      },
      objectiveIds: objectivesOf(pr.programs.id[p]),
    });
  }
  return rows;
}
