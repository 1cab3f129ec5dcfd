// The per-person recommendations list: filter by recommendation, role and text, the page shown
// and the person opened in the detail dialog. The rows themselves are asked for per view
// (getPlanPeople pages the plan the host has already computed).
import { create } from 'zustand';
import type { PersonAction, PlanPersonRow } from '../../../../shared/plan-types';

export const PEOPLE_PAGE_SIZES = [25, 50, 100, 200] as const;

interface PlanPeopleState {
  action: PersonAction | null;
  roleId: number | null;
  search: string;
  offset: number;
  limit: number;
  open: PlanPersonRow | null;
  setAction(a: PersonAction | null): void;
  setRole(id: number | null): void;
  setSearch(s: string): void;
  setOffset(o: number): void;
  setLimit(l: number): void;
  openPerson(p: PlanPersonRow | null): void;
}

export const usePlanPeople = create<PlanPeopleState>()((set) => ({
  action: null,
  roleId: null,
  search: '',
  offset: 0,
  limit: 50,
  open: null,
  // A new filter starts from the first page.
  setAction: (action) => set({ action, offset: 0 }),
  setRole: (roleId) => set({ roleId, offset: 0 }),
  setSearch: (search) => set({ search, offset: 0 }),
  setOffset: (offset) => set({ offset: Math.max(0, offset) }),
  setLimit: (limit) => set({ limit, offset: 0 }),
  openPerson: (open) => set({ open }),
}));
