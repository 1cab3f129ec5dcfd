// Business objectives in the plan: each objective (metric, baseline, target, date) with the
// programs and scenario changes that serve it, what they cost, and plan vs actual from the
// outcomes recorded since. "Planned" is where the metric should be on a date if it moves in a
// straight line from its baseline at the plan's start to its target on the target date; "ahead"
// is positive when the actual value is on the target's side of that line.
import type { Objective } from '../../../shared/domain/entities';
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { ObjectiveOutcomeRow, PlanObjectiveRow, PlanProgramRow } from '../../../shared/plan-types';
import { isoToDay } from '../scenario/calendar';
import type { PlanProblem } from './types';

/** A business objective with the programs linked to it. */
export type ObjectiveRecord = Objective & { programIds: number[] };

export function plannedValue(o: Pick<ObjectiveRecord, 'baseline' | 'target' | 'targetDate'>, startDate: string, on: string): number {
  const span = isoToDay(o.targetDate) - isoToDay(startDate);
  if (span <= 0) return o.target;
  const t = Math.min(1, Math.max(0, (isoToDay(on) - isoToDay(startDate)) / span));
  return o.baseline + (o.target - o.baseline) * t;
}

export function objectiveRows(pr: PlanProblem, objectives: ObjectiveRecord[], programs: PlanProgramRow[], body: ScenarioBody, outcomes: ObjectiveOutcomeRow[]): PlanObjectiveRow[] {
  const byProgram = new Map(programs.map((p) => [p.programId, p]));
  const W = pr.T + 1;
  const startDate = pr.dates[0];
  return objectives.map((o) => {
    const progs = o.programIds.flatMap((id) => {
      const p = byProgram.get(id);
      return p ? [{ programId: id, name: p.name, people: p.people, cost: p.cost, roi: p.roi }] : [];
    });
    const changes = body.changes.flatMap((ch): PlanObjectiveRow['scenarioChanges'] => {
      if ((ch.type !== 'automation' && ch.type !== 'new-market') || !ch.objectiveIds.includes(o.id)) return [];
      if (ch.type === 'automation') {
        const roles = new Set(ch.roleIds);
        let fte = 0;
        for (let c = 0; c < pr.cells.C; c++) if (roles.has(pr.cells.roleId[c])) fte += pr.cells.automation[c * W + pr.T];
        return [{ changeId: ch.id, label: ch.label, type: ch.type, investment: ch.investment, fte }];
      }
      return [{ changeId: ch.id, label: ch.label, type: ch.type, investment: 0, fte: ch.ramp.reduce((a, r) => a + r.target, 0) }];
    });
    const direction = o.target >= o.baseline ? 1 : -1;
    const recorded = outcomes
      .filter((x) => x.objectiveId === o.id)
      .map((x) => {
        const planned = plannedValue(o, startDate, x.recordedOn);
        return { id: x.id, recordedOn: x.recordedOn, value: x.value, note: x.note, planned, ahead: direction * (x.value - planned) };
      });
    const latest = recorded[recorded.length - 1];
    return {
      objectiveId: o.id,
      name: o.name,
      metric: o.metric,
      unit: o.unit,
      baseline: o.baseline,
      target: o.target,
      targetDate: o.targetDate,
      programs: progs,
      scenarioChanges: changes,
      cost: progs.reduce((a, p) => a + p.cost, 0) + changes.reduce((a, c) => a + c.investment, 0),
      outcomes: recorded,
      progress: latest && o.target !== o.baseline ? (latest.value - o.baseline) / (o.target - o.baseline) : null,
    };
  });
}
