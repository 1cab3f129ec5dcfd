// Per-person recommendations: the action, one sentence saying why with the figures behind it, and
// the figures themselves ({formula, inputs, result}) for the "why this number" view. The sentence
// quotes the same numbers as the figures, so a reader can check one against the other.
import type { PlanPersonRow, PlanProgramRef } from '../../../shared/plan-types';
import { addRealMonths } from '../scenario/calendar';
import { explainBuild, explainHire, explainSeverance, hireCost, severanceWeeks } from './costs';
import type { PersonDecision } from './assemble';
import type { PersonColumns } from './columns';
import type { Layout } from './layout';
import { KIND_UPSKILL, type Figure } from './types';

export interface ReasonContext {
  lay: Layout;
  cols: PersonColumns;
  currency: string;
  /** Heads minus demand per (cell, period) after the plan. */
  headsSurplus: Float64Array;
  /** Heads minus demand per cell at the horizon after moves and hires, before releases. */
  headsBeforeRelease: Float64Array;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
// Number formats made once: toLocaleString builds a new formatter on every call, which cost
// ~50 ms per demo plan (thousands of reasons).
const formats = new Map<number, Intl.NumberFormat>();
const numberFormat = (d: number): Intl.NumberFormat => {
  let f = formats.get(d);
  if (!f) formats.set(d, (f = new Intl.NumberFormat('en', { maximumFractionDigits: d, minimumFractionDigits: 0 })));
  return f;
};
const num = (x: number, d = 1) => numberFormat(d).format(x);

export function personRow(ctx: ReasonContext, d: PersonDecision): PlanPersonRow {
  const { lay, cols } = ctx;
  const { pr, T, W } = lay;
  const people = pr.people;
  const cd = pr.candidates;
  const e = d.e;
  const h = people.cell[e];
  const money = (x: number) => `${ctx.currency} ${numberFormat(0).format(Math.round(x))}`;
  const base: PlanPersonRow = {
    employeeId: people.id[e],
    ref: people.ref[e],
    roleId: pr.cells.roleId[h],
    role: pr.cells.role[h],
    locationId: pr.cells.locationId[h],
    location: pr.cells.location[h],
    fte: people.fte[e],
    action: 'none',
    targetRoleId: null,
    targetRole: null,
    programs: [],
    startPeriod: null,
    startDate: null,
    monthsToProficiency: null,
    proficientPeriod: null,
    proficientDate: null,
    fit: Number.isNaN(people.readiness[e]) ? null : people.readiness[e],
    release: null,
    cost: 0,
    reason: '',
    figures: [],
  };
  const changeDate = pr.dates[Math.min(T, pr.cells.changePeriod[h])];

  if (d.move) {
    const { o, s } = d.move;
    const t = cd.cell[o];
    const programs: PlanProgramRef[] = [];
    for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) {
      const p = cd.prog[j];
      programs.push({ programId: pr.programs.id[p], name: pr.programs.name[p], cost: pr.programs.cost[p], durationMonths: pr.programs.durationMonths[p] });
    }
    const start = pr.dates[s - 1];
    const cost = cols.moveCost(o, s);
    const hire = hireCost(pr, t);
    const learningText = programs.length ? programs.map((p) => p.name).join(' + ') : 'on-the-job learning (no program covers the gaps)';
    const row: PlanPersonRow = {
      ...base,
      programs,
      startPeriod: s,
      startDate: start,
      monthsToProficiency: cd.months[o],
      proficientPeriod: d.effective,
      proficientDate: addRealMonths(start, cd.months[o]),
      cost,
      figures: [
        { label: 'cost of this move', figure: explainBuild(pr, e, o, s) },
        { label: `alternative: hire into ${pr.cells.role[t]}`, figure: explainHire(pr, t) },
      ],
    };
    if (cd.kind[o] === KIND_UPSKILL) {
      row.action = 'upskill';
      row.reason =
        `Upskill in role: the ${pr.cells.role[h]} profile changes by ${changeDate} and opens ${num(people.extraHours[e], 0)} hours of new gaps; ` +
        `${learningText} from ${start}, ready in ${num(cd.months[o])} months. Costs ${money(cost)} against ${money(hire)} to replace them by a hire.`;
      return row;
    }
    row.action = 'reskill';
    row.targetRoleId = pr.cells.roleId[t];
    row.targetRole = pr.cells.role[t];
    row.fit = cd.fit[o];
    row.figures.push({ label: `fit for ${pr.cells.role[t]}`, figure: fitFigure(cd.fit[o], cd.coverage[o], pr.minFit) });
    const spare = lay.need.subarray(h * W + 1, h * W + T + 1).some((x) => x < -1e-9);
    const why = !Number.isNaN(pr.cells.internalShare[t])
      ? `${pr.cells.location[t]} is a new market to be staffed ${pct(pr.cells.internalShare[t])} internally`
      : spare
        ? `${pr.cells.role[h]} has more people than it needs in the horizon`
        : `upskilling for the changed ${pr.cells.role[h]} profile cannot finish in the horizon`;
    row.reason =
      `Reskill to ${pr.cells.role[t]} (${pr.cells.location[t]}): fit ${pct(cd.fit[o])} (min fit ${pct(pr.minFit)}) and ${why}; ` +
      `${learningText} from ${start}, proficient in ${num(cd.months[o])} months. Costs ${money(cost)} against ${money(hire)} to hire into the role.`;
    return row;
  }

  if (d.release) {
    const sev = d.release.severance;
    const weeks = severanceWeeks(pr.cells.params[h], people.tenureYears[e]);
    const surplus = ctx.headsBeforeRelease[h];
    const upskill = findUpskill(cols, e);
    const why = d.stranded
      ? `the ${pr.cells.role[h]} profile changes by ${changeDate} with ${num(people.extraHours[e], 0)} hours of new gaps and ` +
        (upskill < 0 || cd.offset[upskill] + 1 > T ? 'upskilling cannot finish in the horizon' : `upskilling would cost ${money(cols.moveCost(upskill, 1))}`) +
        `, so the role is staffed with ready people instead and keeps ${num(surplus)} heads more than demand at ${pr.dates[T]}`
      : `${pr.cells.role[h]} keeps ${num(surplus)} heads more than demand at ${pr.dates[T]} after natural attrition and the plan's moves`;
    return {
      ...base,
      action: 'at-risk',
      release: { period: d.release.period, date: pr.dates[d.release.period], severance: sev },
      cost: sev,
      figures: [{ label: 'severance', figure: explainSeverance(pr, e) }],
      reason: `At risk, release by ${pr.dates[d.release.period]}: ${why}; no move with fit at least ${pct(pr.minFit)} is cheaper. Severance ${money(sev)} (${num(weeks)} weeks of pay).`,
    };
  }

  if (d.stranded) {
    const upskill = findUpskill(cols, e);
    const tooLong = upskill < 0 || cd.offset[upskill] + 1 > T;
    return {
      ...base,
      action: 'at-risk',
      reason:
        `At risk: the ${pr.cells.role[h]} profile changes by ${changeDate} with ${num(people.extraHours[e], 0)} hours of new gaps, and ` +
        (tooLong
          ? 'upskilling cannot finish within the horizon; redeploy or release.'
          : `the role needs fewer ready people than it has, so upskilling is not planned (it would cost ${money(cols.moveCost(upskill, 1))}); redeploy or release.`),
    };
  }

  const surplusEnd = ctx.headsSurplus[h * W + T];
  base.reason =
    surplusEnd > 1e-6
      ? `No action: ${pr.cells.role[h]} has ${num(surplusEnd)} FTE more than demand at ${pr.dates[T]}; natural attrition absorbs it and no move pays for itself.`
      : `No action: still needed as ${pr.cells.role[h]}` +
        (Number.isNaN(people.readiness[e]) ? ' (readiness unknown: nothing assessed).' : ` and ready for its profile at the horizon (readiness ${pct(people.readiness[e])}).`);
  return base;
}

function findUpskill(cols: PersonColumns, e: number): number {
  const cd = cols.pr.candidates;
  for (let o = cd.start[e]; o < cd.start[e + 1]; o++) if (cd.kind[o] === KIND_UPSKILL) return o;
  return -1;
}

export function fitFigure(fit: number, coverage: number, minFit: number): Figure {
  return {
    formula: 'fit = sum(w x min(p, L)) / sum(w x L) over the assessed requirements of the target role at the horizon',
    inputs: [
      { name: 'share of the profile assessed (coverage)', value: Math.round(coverage * 1000) / 1000 },
      { name: 'min fit', value: minFit, assumption: true },
    ],
    result: Math.round(fit * 1000) / 1000,
  };
}
