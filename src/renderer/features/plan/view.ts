// What the Plan section is showing: the tab (the plan's views, then the programs and objectives
// catalogue and the editable programs table), and the choices inside the views, kept so the
// consultant finds the same view after visiting another section.
import { create } from 'zustand';

export type PlanTab = 'mix' | 'people' | 'learning' | 'objectives' | 'what-if' | 'costs' | 'overview' | 'programs';
export type MixMeasure = 'fte' | 'cost';

interface PlanViewState {
  tab: PlanTab;
  /** Role (and location) shown in the mix chart: "roleId:locationId", or null for all roles. */
  mixCell: string | null;
  mixMeasure: MixMeasure;
  /** Program whose seats are charted in the learning plan (null: the busiest). */
  seatsProgram: number | null;
  setTab(tab: PlanTab): void;
  setMixCell(cell: string | null): void;
  setMixMeasure(m: MixMeasure): void;
  setSeatsProgram(id: number | null): void;
}

export const usePlanView = create<PlanViewState>()((set) => ({
  tab: 'mix',
  mixCell: null,
  mixMeasure: 'fte',
  seatsProgram: null,
  setTab: (tab) => set({ tab }),
  setMixCell: (mixCell) => set({ mixCell }),
  setMixMeasure: (mixMeasure) => set({ mixMeasure }),
  setSeatsProgram: (seatsProgram) => set({ seatsProgram }),
}));
