// Which results the workspace shows: the run of the saved version, or, while the draft has
// unsaved edits, the live preview of the draft (debounced, newest answer wins). The driver runs
// once in the workspace; panels read the shown result and the target to analyse.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ScenarioBody } from '../../../../shared/domain/scenario';
import type { ApiError } from '../../../../shared/result';
import type { ScenarioId, ScenarioRunResult } from '../../../../shared/scenario-types';
import { draftProblems } from '../builder/changes';
import { useDraftStore } from '../draft-store';
import { useResultsStore } from '../results-store';
import { versionKey } from '../store';

/** Keeps the results store in step with the draft (call once, in the workspace). */
export function useResultDriver(): void {
  const { id, version, body, dirty } = useDraftStore(useShallow((s) => ({ id: s.doc?.scenario.id ?? null, version: s.doc?.version ?? null, body: s.body, dirty: s.dirty })));
  const bodyKey = dirty && body ? JSON.stringify(body) : null;
  useEffect(() => {
    if (id === null) return;
    const results = useResultsStore.getState();
    if (bodyKey === null) {
      results.cancelPreview();
      void results.fetchRun(id, version);
      return;
    }
    const draft = JSON.parse(bodyKey) as ScenarioBody;
    if (draftProblems(draft).length === 0) results.requestPreview(id, draft);
  }, [id, version, bodyKey]);
}

export interface ShownResult {
  result: ScenarioRunResult | null;
  /** The figures are a preview of unsaved edits. */
  preview: boolean;
  /** A newer answer is on its way (the figures shown are the previous one). */
  updating: boolean;
  /** The draft cannot run as it is (a change misses its roles ...): figures are of the last valid state. */
  invalid: boolean;
  error: ApiError | null;
}

export function useShownResult(): ShownResult {
  const { id, version, body, dirty } = useDraftStore(useShallow((s) => ({ id: s.doc?.scenario.id ?? null, version: s.doc?.version ?? null, body: s.body, dirty: s.dirty })));
  const key = id === null ? null : versionKey(id, version);
  const { saved, loading, runError, preview, pending, previewError } = useResultsStore(
    useShallow((s) => ({
      saved: key ? (s.runs[key] ?? null) : null,
      loading: key ? Boolean(s.runLoading[key]) : false,
      runError: key ? (s.runErrors[key] ?? null) : null,
      preview: s.preview,
      pending: s.previewPending,
      previewError: s.previewError,
    })),
  );
  if (!dirty || !body) return { result: saved, preview: false, updating: loading, invalid: false, error: runError };
  const invalid = draftProblems(body).length > 0;
  const current = preview !== null && preview.bodyKey === JSON.stringify(body);
  return { result: preview?.result ?? saved, preview: true, updating: !invalid && (pending || !current), invalid, error: previewError };
}

export type AnalysisTarget = { scenarioId: ScenarioId; version?: number; body?: ScenarioBody };

/** What tornado, goal-seek, explanations and Monte Carlo run on: the saved version, or the draft. */
export function useAnalysisTarget(): { target: AnalysisTarget | null; key: string | null } {
  const { id, version, body, dirty } = useDraftStore(useShallow((s) => ({ id: s.doc?.scenario.id ?? null, version: s.doc?.version ?? null, body: s.body, dirty: s.dirty })));
  if (id === null || !body) return { target: null, key: null };
  if (dirty) {
    if (draftProblems(body).length > 0) return { target: null, key: null };
    return { target: { scenarioId: id, body }, key: `${id}:draft:${JSON.stringify(body)}` };
  }
  return { target: version === null ? { scenarioId: id } : { scenarioId: id, version }, key: versionKey(id, version) };
}
