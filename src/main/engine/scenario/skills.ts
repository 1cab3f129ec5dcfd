// Skills gap over time: the FTE gap per role turned into skill needs, using the requirements in
// force on each period's date (role requirements, future-dated ones, and the ones the scenario
// adds: automation's new requirements, a new market's extra requirements at that location).
//
// Per period k and skill s, summed over the cells whose requirements include s:
//   demandFte        = demand FTE of those cells
//   shortageFte      = sum of max(0, demand - supply): people still to be found (hired or
//                      reskilled) who need s
//   shortageLevelFte = sum of shortage x required level: the same weighted by depth (0-5 scale)
//   addedFte         = supply FTE of cells where s is a requirement the scenario adds: people in
//                      post who must acquire it (upskilling volume)
// Person-level gaps stay with the gap engine: it applies `meta.requirements` (one
// ScenarioRequirement = one RequirementChange 'upsert' with the role's and skill's dense
// indices) and reads these series for the volumes to staff.
import type { CompiledScenario } from './compile';
import { isoToDay } from './calendar';
import type { Projection } from './types';

export interface SkillsGapSeries {
  T: number;
  skillIds: number[];
  labels: string[];
  /** Index k * S + s. */
  demandFte: Float64Array;
  shortageFte: Float64Array;
  shortageLevelFte: Float64Array;
  addedFte: Float64Array;
}

interface Req {
  skill: number;
  level: number;
  day: number;
  added: boolean;
}

export function skillsGap(cs: CompiledScenario, p: Projection): SkillsGapSeries {
  const { baseline: b, meta } = cs;
  const cells = meta.cells;
  const skillIndex = new Map(b.data.skills.map((s, i) => [s.id, i]));
  const S = b.data.skills.length;
  const byRole: Req[][] = b.data.roles.map(() => []);
  for (const r of b.data.requirements) {
    const role = b.roleIndex.get(r.roleId);
    const skill = skillIndex.get(r.skillId);
    if (role === undefined || skill === undefined) continue;
    byRole[role].push({ skill, level: r.level, day: r.effectiveDate ? isoToDay(r.effectiveDate) : -Infinity, added: false });
  }
  // Per cell: its role's requirements plus the scenario's for that role (and location).
  const perCell: Req[][] = cells.role.map((role, c) => {
    const list = [...byRole[role]];
    for (const r of meta.requirements) {
      const skill = skillIndex.get(r.skillId);
      if (skill === undefined || b.roleIndex.get(r.roleId) !== role) continue;
      if (r.locationId !== null && b.locationIndex.get(r.locationId) !== cells.location[c]) continue;
      list.push({ skill, level: r.level, day: isoToDay(r.effectiveDate), added: true });
    }
    // Latest effective date last, scenario rows after stored ones on the same date.
    return list.sort((x, y) => x.skill - y.skill || x.day - y.day || Number(x.added) - Number(y.added));
  });

  const T = p.T;
  const C = p.C;
  const out = {
    demandFte: new Float64Array((T + 1) * S),
    shortageFte: new Float64Array((T + 1) * S),
    shortageLevelFte: new Float64Array((T + 1) * S),
    addedFte: new Float64Array((T + 1) * S),
  };
  for (let k = 0; k <= T; k++) {
    const day = isoToDay(meta.dates[k]);
    for (let c = 0; c < C; c++) {
      const list = perCell[c];
      const i = k * C + c;
      const demand = p.demandFte[i];
      const short = Math.max(0, demand - p.supplyFte[i]);
      for (let j = 0; j < list.length; j++) {
        const q = list[j];
        if (q.day > day) continue;
        // Only the row in force: the last one for this skill with day <= the period's date.
        let last = j;
        while (last + 1 < list.length && list[last + 1].skill === q.skill && list[last + 1].day <= day) last++;
        const r = list[last];
        const o = k * S + r.skill;
        out.demandFte[o] += demand;
        out.shortageFte[o] += short;
        out.shortageLevelFte[o] += short * r.level;
        if (r.added) out.addedFte[o] += p.supplyFte[i];
        while (j + 1 < list.length && list[j + 1].skill === q.skill) j++;
      }
    }
  }
  return { T, skillIds: b.data.skills.map((s) => s.id), labels: b.data.skills.map((s) => s.name), ...out };
}
