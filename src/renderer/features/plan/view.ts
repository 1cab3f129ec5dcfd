// Which Plan tab is open: the objectives and programs overview, or the editable programs table.
import { create } from 'zustand';

export type PlanTab = 'overview' | 'programs';
export const usePlanView = create<{ tab: PlanTab; setTab(tab: PlanTab): void }>()((set) => ({ tab: 'overview', setTab: (tab) => set({ tab }) }));
