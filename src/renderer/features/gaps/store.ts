// What the Gaps section is showing (tab, date, filters, the opened cell and person), kept in a
// store so the consultant finds the same view after visiting another section. The figures
// themselves are fetched per view (use-gap-query.ts): the host caches the analysis.
import { create } from 'zustand';
import type { GapCellInput, GapFilterInput, GapHeatCell } from '../../../shared/gap-types';
import type { SkillCategory } from '../../../shared/domain/entities';

export type GapTab = 'heatmap' | 'leadership' | 'upskill' | 'reskill';
export type HeatmapKind = 'role-skill' | 'unit-category';

/** The date requirements are resolved on: today, 12 or 18 months out, or a chosen date. */
export type When = { kind: 'now' } | { kind: 'months'; months: number } | { kind: 'date'; date: string };

export interface GapFilters {
  unitId: number | null;
  locationId: number | null;
  category: SkillCategory | null;
}

export interface OpenCell {
  cell: GapCellInput;
  title: string;
  /** The cell's figures as the heatmap showed them, and its position there. */
  stats: GapHeatCell;
}

interface GapViewState {
  tab: GapTab;
  when: When;
  filters: GapFilters;
  heatmapKind: HeatmapKind;
  managersOnly: boolean;
  openCell: OpenCell | null;
  /** Person profile open in the dialog: their employee id. */
  person: number | null;
  reskillRoleId: number | null;
  setTab(tab: GapTab): void;
  setWhen(when: When): void;
  setFilter<K extends keyof GapFilters>(key: K, value: GapFilters[K]): void;
  setHeatmapKind(kind: HeatmapKind): void;
  setManagersOnly(on: boolean): void;
  openCellPeople(cell: OpenCell | null): void;
  openPerson(id: number | null): void;
  setReskillRole(id: number | null): void;
}

export const useGapView = create<GapViewState>()((set) => ({
  tab: 'heatmap',
  when: { kind: 'now' },
  filters: { unitId: null, locationId: null, category: null },
  heatmapKind: 'role-skill',
  managersOnly: false,
  openCell: null,
  person: null,
  reskillRoleId: null,
  // A new tab, date or filter changes what a cell means, so an open drill-down closes.
  setTab: (tab) => set({ tab, openCell: null }),
  setWhen: (when) => set({ when, openCell: null }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, openCell: null })),
  setHeatmapKind: (heatmapKind) => set({ heatmapKind, openCell: null }),
  setManagersOnly: (managersOnly) => set({ managersOnly, openCell: null }),
  openCellPeople: (openCell) => set({ openCell }),
  openPerson: (person) => set({ person }),
  setReskillRole: (reskillRoleId) => set({ reskillRoleId }),
}));

/** The date part of a roll-up request (asOf / monthsAhead). */
export function whenInput(w: When): { asOf?: string; monthsAhead?: number } {
  if (w.kind === 'months') return { monthsAhead: w.months };
  if (w.kind === 'date') return { asOf: w.date };
  return {};
}

/** The future side of a now-vs-future request: the chosen date, or the engagement's horizon when "now" is chosen. */
export function futureInput(w: When): { futureMonths?: number; futureDate?: string } {
  if (w.kind === 'months') return { futureMonths: w.months };
  if (w.kind === 'date') return { futureDate: w.date };
  return {};
}

/** The filter of a request; the leadership lens replaces the category filter. */
export function filterInput(f: GapFilters, lens = false, managersOnly = false): GapFilterInput {
  const out: GapFilterInput = {};
  if (f.unitId !== null) out.unitIds = [f.unitId];
  if (f.locationId !== null) out.locationIds = [f.locationId];
  if (lens) out.lens = 'soft-leadership';
  else if (f.category !== null) out.categories = [f.category];
  if (managersOnly) out.managersOnly = true;
  return out;
}
