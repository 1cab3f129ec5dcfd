// Results of the scenario on screen: runs of saved versions (the host caches them; kept here by
// version so switching tabs shows them at once) and the live what-if preview of an unsaved
// draft. Previews are debounced lightly and a slower, older answer never replaces a newer one.
import { create } from 'zustand';
import type { ScenarioBody } from '../../../shared/domain/scenario';
import type { ApiError } from '../../../shared/result';
import type { ScenarioId, ScenarioRunResult } from '../../../shared/scenario-types';
import { asApiError, call } from '../../api/client';
import { versionKey } from './store';

/** Milliseconds a slider must rest before the preview is asked for. */
export const PREVIEW_DEBOUNCE_MS = 120;

export interface PreviewState {
  /** The body the shown preview was computed from (JSON). */
  bodyKey: string;
  result: ScenarioRunResult;
}

interface ResultsState {
  runs: Record<string, ScenarioRunResult>;
  runLoading: Record<string, boolean>;
  runErrors: Record<string, ApiError>;
  preview: PreviewState | null;
  /** A preview is scheduled or out. */
  previewPending: boolean;
  previewError: ApiError | null;
  /** Asks for the run of a saved version (the previous answer stays shown meanwhile). */
  fetchRun(id: ScenarioId, version: number | null): Promise<void>;
  /** Schedules a preview of `body`; the latest request wins. */
  requestPreview(id: ScenarioId, body: ScenarioBody): void;
  /** Forgets any scheduled or running preview (the draft was saved or discarded). */
  cancelPreview(): void;
  reset(): void;
}

let timer: ReturnType<typeof setTimeout> | null = null;
let previewSeq = 0;
const runSeq = new Map<string, number>();

const initial = { runs: {}, runLoading: {}, runErrors: {}, preview: null, previewPending: false, previewError: null };

export const useResultsStore = create<ResultsState>()((set, get) => ({
  ...initial,

  async fetchRun(id, version) {
    const key = versionKey(id, version);
    const mine = (runSeq.get(key) ?? 0) + 1;
    runSeq.set(key, mine);
    set((s) => ({ runLoading: { ...s.runLoading, [key]: true } }));
    const without = (r: Record<string, ApiError>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== key));
    try {
      const result = await call('scenarioRun', version === null ? { scenarioId: id } : { scenarioId: id, version });
      if (runSeq.get(key) !== mine) return;
      set((s) => ({ runs: { ...s.runs, [key]: result }, runLoading: { ...s.runLoading, [key]: false }, runErrors: without(s.runErrors) }));
    } catch (e) {
      if (runSeq.get(key) !== mine) return;
      set((s) => ({ runLoading: { ...s.runLoading, [key]: false }, runErrors: { ...s.runErrors, [key]: asApiError(e) } }));
    }
  },

  requestPreview(id, body) {
    const bodyKey = JSON.stringify(body);
    if (timer) clearTimeout(timer);
    timer = null;
    const mine = ++previewSeq;
    if (get().preview?.bodyKey === bodyKey) {
      set({ previewPending: false, previewError: null });
      return;
    }
    set({ previewPending: true });
    timer = setTimeout(() => {
      timer = null;
      call('scenarioPreview', { scenarioId: id, body }).then(
        (result) => mine === previewSeq && set({ preview: { bodyKey, result }, previewPending: false, previewError: null }),
        (e) => mine === previewSeq && set({ previewPending: false, previewError: asApiError(e) }),
      );
    }, PREVIEW_DEBOUNCE_MS);
  },

  cancelPreview() {
    if (timer) clearTimeout(timer);
    timer = null;
    previewSeq++;
    set({ preview: null, previewPending: false, previewError: null });
  },

  reset() {
    if (timer) clearTimeout(timer);
    timer = null;
    previewSeq++;
    runSeq.clear();
    set(initial);
  },
}));
