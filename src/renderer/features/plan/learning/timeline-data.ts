// The learning plan as cohorts: the people starting a program on the same date, laid out on the
// plan's horizon in lanes so overlapping cohorts of one program do not hide each other.
import type { LearningEnrolment, PlanResult } from '../../../../shared/plan-types';

export interface Cohort {
  key: string;
  programId: number;
  program: string;
  startDate: string;
  endDate: string;
  people: number;
  upskill: number;
  reskill: number;
  cost: number;
  lane: number;
  /** Position on the horizon, 0-1. */
  left: number;
  width: number;
  enrolments: LearningEnrolment[];
}

export interface ProgramRow {
  programId: number;
  program: string;
  lanes: number;
  people: number;
  cohorts: Cohort[];
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function timeline(result: PlanResult): { rows: ProgramRow[]; start: string; end: string } {
  const start = result.periods[0]?.startDate ?? result.scenario.startDate;
  const end = result.periods[result.periods.length - 1]?.date ?? start;
  const span = Math.max(1, day(end) - day(start));
  const cohorts = new Map<string, Cohort>();
  for (const e of result.learning.enrolments) {
    const key = `${e.programId}@${e.startDate}`;
    let c = cohorts.get(key);
    if (!c) {
      c = { key, programId: e.programId, program: e.program, startDate: e.startDate, endDate: e.endDate, people: 0, upskill: 0, reskill: 0, cost: 0, lane: 0, left: 0, width: 0, enrolments: [] };
      cohorts.set(key, c);
    }
    c.people++;
    c[e.purpose]++;
    c.cost += e.cost;
    if (e.endDate > c.endDate) c.endDate = e.endDate;
    c.enrolments.push(e);
  }
  const rows = new Map<number, ProgramRow>();
  for (const c of [...cohorts.values()].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    c.left = Math.min(1, Math.max(0, (day(c.startDate) - day(start)) / span));
    c.width = Math.max(0.006, Math.min(1 - c.left, (day(c.endDate) - day(c.startDate)) / span));
    let row = rows.get(c.programId);
    if (!row) rows.set(c.programId, (row = { programId: c.programId, program: c.program, lanes: 0, people: 0, cohorts: [] }));
    // First lane whose last cohort has ended by this one's start.
    const ends: string[] = [];
    for (const o of row.cohorts) ends[o.lane] = ends[o.lane] && ends[o.lane] > o.endDate ? ends[o.lane] : o.endDate;
    let lane = ends.findIndex((x) => x <= c.startDate);
    if (lane < 0) lane = ends.length;
    c.lane = lane;
    row.lanes = Math.max(row.lanes, lane + 1);
    row.people += c.people;
    row.cohorts.push(c);
  }
  return { rows: [...rows.values()].sort((a, b) => a.program.localeCompare(b.program)), start, end };
}
