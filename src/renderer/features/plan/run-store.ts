// The plan on screen: the scenario it is for, the plan as run (the reference for deltas), and
// the what-if on the plan itself (budget, per-period budget, seats, min fit). A what-if re-runs
// the plan after the controls rest (debounced); every answer carries a sequence number and only
// the newest is shown, so a slower, older answer never replaces a newer one.
import { create } from 'zustand';
import type { PlanQuery, PlanResult } from '../../../shared/plan-types';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';

/** Milliseconds the what-if controls must rest before the plan is re-run. */
export const WHAT_IF_DEBOUNCE_MS = 250;
export const DEFAULT_MIN_FIT = 0.75;

export interface WhatIf {
  /** Total learning budget (program fees); null: unlimited. */
  budget: number | null;
  periodBudget: number | null;
  /** Seats of every program with a seat limit, times this. */
  seatsFactor: number;
  /** Per program seats (null: unlimited), over the factor. */
  seats: Record<number, number | null>;
  minFit: number;
}

export const noWhatIf: WhatIf = { budget: null, periodBudget: null, seatsFactor: 1, seats: {}, minFit: DEFAULT_MIN_FIT };

export interface ProgramSeats {
  programId: number;
  name: string;
  seats: number | null;
}

export interface ShownPlan {
  key: string;
  query: PlanQuery;
  result: PlanResult;
}

interface PlanRunState {
  /** The scenario chosen in the bar (by name, as runPlan takes it). */
  scenario: string | null;
  base: ShownPlan | null;
  shown: ShownPlan | null;
  whatIf: WhatIf;
  programs: ProgramSeats[];
  status: 'idle' | 'running' | 'ready' | 'error';
  /** A what-if is scheduled or on its way (the figures shown are the previous ones). */
  updating: boolean;
  error: ApiError | null;
  choose(scenario: string): void;
  /** Runs the plan of the chosen scenario without what-if. */
  run(): Promise<void>;
  setWhatIf(patch: Partial<WhatIf>): void;
  resetWhatIf(): void;
  /** The data changed (an outcome recorded, a cost overridden): runs the plan and the what-if again. */
  refresh(): Promise<void>;
  /** Drops the figures, keeps the choice of scenario and what-if. */
  dropFigures(): void;
  reset(): void;
}

export function seatsQuery(w: WhatIf, programs: ProgramSeats[]): { programId: number; seats: number | null }[] {
  const out: { programId: number; seats: number | null }[] = [];
  for (const p of programs) {
    if (Object.prototype.hasOwnProperty.call(w.seats, p.programId)) out.push({ programId: p.programId, seats: w.seats[p.programId] });
    else if (w.seatsFactor !== 1 && p.seats !== null) out.push({ programId: p.programId, seats: Math.max(0, Math.round(p.seats * w.seatsFactor)) });
  }
  return out;
}

export function planQuery(scenario: string, w: WhatIf, programs: ProgramSeats[]): PlanQuery {
  const q: PlanQuery = { scenario, minFit: w.minFit };
  if (w.budget !== null) q.budget = w.budget;
  if (w.periodBudget !== null) q.periodBudget = w.periodBudget;
  const seats = seatsQuery(w, programs);
  if (seats.length > 0) q.seats = seats;
  return q;
}

export const isWhatIf = (w: WhatIf): boolean =>
  w.budget !== null || w.periodBudget !== null || w.seatsFactor !== 1 || Object.keys(w.seats).length > 0 || w.minFit !== DEFAULT_MIN_FIT;

const keyOf = (q: PlanQuery) => JSON.stringify(q);

let sequence = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
const clearTimer = () => {
  if (timer) clearTimeout(timer);
  timer = null;
};

const initial = { scenario: null, base: null, shown: null, whatIf: noWhatIf, programs: [], status: 'idle' as const, updating: false, error: null };

export const usePlanRun = create<PlanRunState>()((set, get) => {
  /** Asks for the plan of the current what-if; shows it if nothing newer was asked meanwhile. */
  async function solveWhatIf(mine: number): Promise<void> {
    const { scenario, whatIf, programs, base } = get();
    if (!scenario || !base) return;
    const query = planQuery(scenario, whatIf, programs);
    const key = keyOf(query);
    if (key === base.key) {
      set({ shown: base, updating: false });
      return;
    }
    try {
      const result = await call('runPlan', query);
      if (mine === sequence) set({ shown: { key, query, result }, updating: false, error: null });
    } catch (e) {
      if (mine === sequence) set({ updating: false, error: asApiError(e) });
    }
  }

  return {
    ...initial,

    choose: (scenario) => set({ scenario }),

    async run() {
      const scenario = get().scenario;
      if (!scenario) return;
      clearTimer();
      const mine = ++sequence;
      set({ status: 'running', error: null, updating: false, whatIf: noWhatIf });
      const query = planQuery(scenario, noWhatIf, []);
      try {
        const [result, programs] = await Promise.all([call('runPlan', query), call('listPrograms', {})]);
        if (mine !== sequence) return;
        const plan = { key: keyOf(query), query, result };
        const seats = programs.map((p) => ({ programId: p.id, name: p.name, seats: p.seatsPerMonth }));
        set({ base: plan, shown: plan, programs: seats, status: 'ready', whatIf: { ...noWhatIf, minFit: result.query.minFit } });
      } catch (e) {
        if (mine === sequence) set({ status: 'error', error: asApiError(e) });
      }
    },

    setWhatIf(patch) {
      if (!get().base) return;
      clearTimer();
      const mine = ++sequence;
      set((s) => ({ whatIf: { ...s.whatIf, ...patch }, updating: true }));
      timer = setTimeout(() => {
        timer = null;
        void solveWhatIf(mine);
      }, WHAT_IF_DEBOUNCE_MS);
    },

    resetWhatIf() {
      clearTimer();
      sequence++;
      const base = get().base;
      set({ whatIf: { ...noWhatIf, minFit: base?.result.query.minFit ?? DEFAULT_MIN_FIT }, shown: base, updating: false, error: null });
    },

    async refresh() {
      const { scenario, base, whatIf, programs } = get();
      if (!scenario || !base) return;
      clearTimer();
      const mine = ++sequence;
      set({ updating: true, error: null });
      try {
        const result = await call('runPlan', base.query);
        if (mine !== sequence) return;
        const plan = { ...base, result };
        const key = keyOf(planQuery(scenario, whatIf, programs));
        set({ base: plan, shown: key === base.key ? plan : get().shown });
        if (key === base.key) set({ updating: false });
        else await solveWhatIf(mine);
      } catch (e) {
        if (mine === sequence) set({ updating: false, error: asApiError(e) });
      }
    },

    dropFigures() {
      clearTimer();
      sequence++;
      set({ base: null, shown: null, status: 'idle', updating: false, error: null });
    },

    reset() {
      clearTimer();
      sequence++;
      set(initial);
    },
  };
});
