// Scenarios: the list of documents (baseline built in) and which screen the section shows: the
// list, one scenario's workspace (build, results, history) or the side-by-side comparison.
// Everything is dropped when the engagement changes (see reset.ts).
import { create } from 'zustand';
import type { ScenarioId } from '../../../shared/scenario-types';
import { call } from '../../api/client';
import { useAppStore } from '../../app/store';
import { createResourceStore } from '../../lib/resource-store';

export const useScenariosStore = createResourceStore(() => call('scenarioList', {}));

/** Reloads the list for the open engagement (after a create, rename, delete ...). */
export const reloadScenarios = (): Promise<void> => useScenariosStore.getState().load(useAppStore.getState().revision);

export type WorkspaceTab = 'build' | 'results' | 'history';

export type ScenarioScreen = { kind: 'list' } | { kind: 'scenario'; id: ScenarioId; tab: WorkspaceTab } | { kind: 'compare' };

export const MAX_COMPARED = 4;

interface ScenarioViewState {
  screen: ScenarioScreen;
  /** Scenarios ticked in the list for the comparison, in the order they were ticked. */
  compareIds: ScenarioId[];
  open(id: ScenarioId, tab?: WorkspaceTab): void;
  setTab(tab: WorkspaceTab): void;
  toList(): void;
  toggleCompare(id: ScenarioId): void;
  setCompareIds(ids: ScenarioId[]): void;
  showComparison(): void;
}

export const useScenarioView = create<ScenarioViewState>()((set, get) => ({
  screen: { kind: 'list' },
  compareIds: [],
  open: (id, tab = 'build') => set({ screen: { kind: 'scenario', id, tab } }),
  setTab: (tab) => {
    const s = get().screen;
    if (s.kind === 'scenario') set({ screen: { ...s, tab } });
  },
  toList: () => set({ screen: { kind: 'list' } }),
  toggleCompare: (id) => {
    const ids = get().compareIds;
    if (ids.includes(id)) set({ compareIds: ids.filter((x) => x !== id) });
    else if (ids.length < MAX_COMPARED) set({ compareIds: [...ids, id] });
  },
  setCompareIds: (compareIds) => set({ compareIds: compareIds.slice(0, MAX_COMPARED) }),
  showComparison: () => set({ screen: { kind: 'compare' } }),
}));

/** A stable key for a saved version ("3@2", "baseline@-") or an unsaved body. */
export const versionKey = (id: ScenarioId, version: number | null): string => `${id}@${version ?? '-'}`;
