// When demand cannot be covered (or a new market's internal share cannot be met), the plan says
// where and why instead of quietly relaxing anything: every (role, location, period) left short
// comes with the constraints that stopped each way of covering it, read from the final plan:
//   buy     time-to-fill (no hire can arrive yet), hiring capacity (used in full in every period a
//           hire for it could be requested);
//   borrow  contractor cap (contractors at their maximum in that period);
//   build   min fit (people who fit the role but below min fit), time to proficiency (candidates
//           who cannot be ready by then), seats (a candidate's program full in every usable start
//           period), learning budget (total or per period spent);
// internal share: the build constraints only.
import type { PlanBinding, PlanCellPeriod, PlanShortfall } from '../../../shared/plan-types';
import { contractorCap } from './costs';
import type { PersonColumns } from './columns';
import type { Evaluation } from './evaluate';
import type { Layout } from './layout';
import { seatsAt, startBudget, startStep } from './pruning';
import { KIND_RESKILL, type PlanProblem } from './types';

const TOL = 1e-6;

/** Role, location, period and date of cell c in period k, as result rows name them. */
export const cellPeriod = (pr: PlanProblem, c: number, k: number): PlanCellPeriod => ({
  roleId: pr.cells.roleId[c],
  role: pr.cells.role[c],
  locationId: pr.cells.locationId[c],
  location: pr.cells.location[c],
  period: k,
  date: pr.dates[k],
});

export function shortfalls(lay: Layout, cols: PersonColumns, ev: Evaluation, contractors: Float64Array): PlanShortfall[] {
  const { pr, T, W, C } = lay;
  const out: PlanShortfall[] = [];
  for (let c = 0; c < C; c++) {
    for (let k = 1; k <= T; k++) {
      const fte = ev.uncovered[c * W + k];
      if (fte <= TOL) continue;
      out.push({ kind: 'coverage', ...cellPeriod(pr, c, k), fte, binding: [...buyBinding(lay, ev, c, k), ...borrowBinding(lay, contractors, c, k), ...buildBinding(lay, cols, ev, c, k)] });
    }
  }
  for (const c of lay.intCells) {
    const want = pr.cells.internalShare[c] * pr.cells.demand[c * W + T];
    const fte = want - ev.internal[c];
    if (fte <= TOL) continue;
    const binding: PlanBinding[] = [
      { constraint: 'internal-share', detail: `${Math.round(pr.cells.internalShare[c] * 100)}% of ${round(pr.cells.demand[c * W + T])} FTE demanded at ${pr.dates[T]} must be filled internally; ${round(ev.internal[c])} FTE can be.` },
      ...buildBinding(lay, cols, ev, c, T),
    ];
    out.push({ kind: 'internal-share', ...cellPeriod(pr, c, T), fte, binding });
  }
  return out;
}

const round = (x: number) => Math.round(x * 100) / 100;

function buyBinding(lay: Layout, ev: Evaluation, c: number, k: number): PlanBinding[] {
  const { pr, W } = lay;
  const lead = pr.cells.lead[c];
  const out: PlanBinding[] = [];
  if (k < 1 + lead) {
    out.push({ constraint: 'time-to-fill', detail: `time-to-fill for ${pr.cells.role[c]} at ${pr.cells.location[c]} is ${round(pr.cells.ttfDays[c])} days: the first hire requested now arrives in period ${1 + lead} (${pr.dates[Math.min(pr.T, 1 + lead)]}).` });
    return out;
  }
  const l = pr.cells.capLoc[c];
  if (l >= 0) {
    const cap = pr.locations.capacity[l];
    let full = true;
    for (let p = 1; p <= k - lead; p++) if (ev.hiresRequested[l * W + p] < cap - TOL) full = false;
    if (full) out.push({ constraint: 'hiring-capacity', detail: `hiring capacity at ${pr.locations.name[l]} (${round(cap)} hires per period) is used in full in periods 1-${k - lead}.` });
  }
  return out;
}

function borrowBinding(lay: Layout, contractors: Float64Array, c: number, k: number): PlanBinding[] {
  const { pr, W } = lay;
  const cap = contractorCap(pr, c, k);
  if (contractors[c * W + k] < cap - TOL) return [];
  return [{ constraint: 'contractor-cap', detail: `contractors may cover at most ${Math.round(pr.cells.params[c].contractorCapShare * 100)}% of demand (${round(cap)} FTE) and do.` }];
}

function buildBinding(lay: Layout, cols: PersonColumns, ev: Evaluation, c: number, k: number): PlanBinding[] {
  const { pr, W } = lay;
  const cd = pr.candidates;
  const out: PlanBinding[] = [];
  let belowFit = 0;
  let late = 0;
  let seatsFull = 0;
  const fullPrograms = new Set<number>();
  for (let o = 0; o < cd.kind.length; o++) {
    if (cd.cell[o] !== c) continue;
    if (cd.kind[o] === KIND_RESKILL && cd.fit[o] < pr.minFit) {
      belowFit++;
      continue;
    }
    if (!cols.allowed[o]) continue;
    if (1 + cd.offset[o] > k) {
      late++;
      continue;
    }
    // Every start period that would make the person count by k has a full program.
    let blocked = true;
    for (let s = 1; s + cd.offset[o] <= k && blocked; s++) {
      if (!cols.onGrid(s)) continue;
      let free = true;
      for (let j = cd.progStart[o]; j < cd.progStart[o + 1]; j++) {
        const p = cd.prog[j];
        if (ev.seatsUsed[p * W + s] >= seatsAt(pr, p, s) - TOL) {
          free = false;
          fullPrograms.add(p);
        }
      }
      if (free) blocked = false;
    }
    if (blocked && cd.progStart[o + 1] > cd.progStart[o]) seatsFull++;
  }
  if (belowFit > 0) out.push({ constraint: 'min-fit', detail: `${belowFit} people fit ${pr.cells.role[c]} below the min fit of ${Math.round(pr.minFit * 100)}%.` });
  if (late > 0) out.push({ constraint: 'time-to-proficiency', detail: `${late} candidates for ${pr.cells.role[c]} cannot be proficient by period ${k} (${pr.dates[k]}).` });
  if (seatsFull > 0) {
    const names = [...fullPrograms].sort((a, b) => a - b).map((p) => pr.programs.name[p]);
    out.push({ constraint: 'seats', detail: `${seatsFull} candidates need programs that are full in every usable start period (${names.join(', ')}).` });
  }
  // A budget binds when what is left cannot pay for one more enrolment of the cheapest candidate.
  let cheapest = Infinity;
  for (let o = 0; o < cd.kind.length; o++) if (cd.cell[o] === c && cols.allowed[o] && cols.optionFees[o] > 0) cheapest = Math.min(cheapest, cols.optionFees[o]);
  let spent = 0;
  for (let s = 1; s <= pr.T; s++) spent += ev.feesByPeriod[s];
  if (Number.isFinite(pr.budget.total) && Number.isFinite(cheapest) && pr.budget.total - spent < cheapest - 1e-6) {
    out.push({ constraint: 'learning-budget', detail: `the learning budget of ${Math.round(pr.budget.total).toLocaleString('en')} has ${Math.round(pr.budget.total - spent).toLocaleString('en')} left, less than one more enrolment costs.` });
  }
  if (Number.isFinite(pr.budget.perPeriod) && Number.isFinite(cheapest)) {
    const full: number[] = [];
    for (let s = 1; s <= k; s++) if (cols.onGrid(s) && startBudget(pr, s) - ev.feesByPeriod[s] < cheapest - 1e-6) full.push(s);
    const step = startStep(pr.T);
    const per = `${Math.round(pr.budget.perPeriod).toLocaleString('en')}${step > 1 ? `, spent on start dates every ${step} periods` : ''}`;
    if (full.length > 0) out.push({ constraint: 'period-budget', detail: `the learning budget per period (${per}) cannot pay for one more enrolment starting in period${full.length > 1 ? 's' : ''} ${full.join(', ')}.` });
  }
  return out;
}
