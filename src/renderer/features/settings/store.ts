// The Settings form: the saved values, the edited draft, and the API's validation errors by
// field path. Validation is the API's; the form only shows what it says.
import { create } from 'zustand';
import type { SettingsView } from '../../../shared/api-types';
import type { Input } from '../../../shared/contract';
import { defaultSettings } from '../../../shared/domain/settings';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';
import { useAppStore } from '../../app/store';
import { fields, toDraft, toPayload, type Draft } from './fields';

export interface FieldIssue {
  path: string;
  message: string;
}

interface SettingsState {
  view: SettingsView | null;
  baseline: Draft | null;
  draft: Draft | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  saving: boolean;
  loadError: ApiError | null;
  saveError: ApiError | null;
  /** Validation messages keyed by field path; issues on paths the form does not show are in saveError. */
  fieldErrors: Record<string, string>;
  savedAt: number | null;
  revision: number | null;
  load(revision: number): Promise<void>;
  setField(path: string, value: string | boolean): void;
  reset(): void;
  restoreDefaults(): void;
  save(): Promise<boolean>;
}

export function issuesOf(error: ApiError): FieldIssue[] {
  if (error.kind !== 'validation' || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (d): d is FieldIssue => typeof d === 'object' && d !== null && typeof d.path === 'string' && typeof d.message === 'string',
  );
}

export const isDirty = (s: Pick<SettingsState, 'draft' | 'baseline'>): boolean =>
  s.draft !== null && s.baseline !== null && fields.some((f) => s.draft![f.path] !== s.baseline![f.path]);

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  view: null,
  baseline: null,
  draft: null,
  status: 'idle',
  saving: false,
  loadError: null,
  saveError: null,
  fieldErrors: {},
  savedAt: null,
  revision: null,

  async load(revision) {
    set({ status: 'loading', loadError: null, revision });
    try {
      const view = await call('getSettings', {});
      const draft = toDraft(view);
      set({ view, baseline: draft, draft, status: 'ready', fieldErrors: {}, saveError: null });
    } catch (e) {
      set({ status: 'error', loadError: asApiError(e) });
    }
  },

  setField(path, value) {
    const { draft, fieldErrors } = get();
    if (!draft) return;
    const { [path]: _fixed, ...rest } = fieldErrors;
    set({ draft: { ...draft, [path]: value }, fieldErrors: rest, savedAt: null });
  },

  reset: () => set({ draft: get().baseline, fieldErrors: {}, saveError: null }),

  restoreDefaults() {
    const { draft, view } = get();
    if (!draft || !view) return;
    const defaults = toDraft({ meta: view.meta, settings: defaultSettings() });
    const next = { ...draft };
    for (const f of fields) if (f.path.startsWith('settings.')) next[f.path] = defaults[f.path];
    set({ draft: next, fieldErrors: {}, saveError: null, savedAt: null });
  },

  async save() {
    const { draft } = get();
    if (!draft) return false;
    set({ saving: true, saveError: null, fieldErrors: {} });
    let view: SettingsView;
    try {
      view = await call('updateSettings', toPayload(draft) as Input<'updateSettings'>);
    } catch (e) {
      const error = asApiError(e);
      const fieldErrors: Record<string, string> = {};
      for (const issue of issuesOf(error)) fieldErrors[issue.path] ??= issue.message;
      set({ saveError: error, fieldErrors, saving: false });
      return false;
    }
    const saved = toDraft(view);
    set({ view, baseline: saved, draft: saved, savedAt: Date.now(), saving: false });
    try {
      // The frame shows the name, currency and locale: refresh it even where no event arrives.
      useAppStore.getState().engagementChanged(await call('currentEngagement', {}));
      set({ revision: useAppStore.getState().revision });
    } catch {
      // The save itself succeeded; the header catches up on the next engagementChanged event.
    }
    return true;
  },
}));
