// The builder's draft: the scenario document as loaded, the body being edited and whether it
// differs from the saved version (the dirty flag). Saving appends a version; the built-in
// baseline cannot be saved, so its edits are kept as a new scenario instead.
import { create } from 'zustand';
import type { ScenarioBody, ScenarioChange } from '../../../shared/domain/scenario';
import type { ApiError } from '../../../shared/result';
import type { ScenarioDocument, ScenarioId } from '../../../shared/scenario-types';
import { asApiError, call } from '../../api/client';
import { reloadScenarios } from './store';

interface DraftState {
  id: ScenarioId | null;
  doc: ScenarioDocument | null;
  body: ScenarioBody | null;
  dirty: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  saving: boolean;
  saveError: ApiError | null;
  load(id: ScenarioId, version?: number): Promise<void>;
  /** Replaces the body (the builder's controls and the what-if sliders all come through here). */
  setBody(update: (body: ScenarioBody) => ScenarioBody): void;
  updateChange<C extends ScenarioChange>(changeId: string, update: (change: C) => C): void;
  addChange(change: ScenarioChange): void;
  removeChange(changeId: string): void;
  discard(): void;
  /** Saves a new version; false (with saveError) when the host refused. */
  save(note: string): Promise<boolean>;
  /** Saves the draft as a new scenario (the baseline's edits); returns its id. */
  saveAs(name: string, kind: 'automation' | 'new-market' | 'custom'): Promise<number | null>;
  /** Puts an old version back as the newest and opens it. */
  restore(version: number): Promise<boolean>;
  /** After a rename elsewhere, or a version saved from here. */
  replaceDoc(doc: ScenarioDocument): void;
  reset(): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

let sequence = 0;

const initial = { id: null, doc: null, body: null, dirty: false, status: 'idle' as const, error: null, saving: false, saveError: null };

export const useDraftStore = create<DraftState>()((set, get) => {
  const edit = (body: ScenarioBody) => set({ body, dirty: !same(body, get().doc?.body) });
  return {
    ...initial,

    async load(id, version) {
      const mine = ++sequence;
      set({ ...initial, id, status: 'loading' });
      try {
        const doc = await call('scenarioGet', version === undefined ? { scenarioId: id } : { scenarioId: id, version });
        if (mine === sequence) set({ doc, body: doc.body, dirty: false, status: 'ready' });
      } catch (e) {
        if (mine === sequence) set({ status: 'error', error: asApiError(e) });
      }
    },

    setBody(update) {
      const body = get().body;
      if (body) edit(update(body));
    },

    updateChange(changeId, update) {
      get().setBody((b) => ({ ...b, changes: b.changes.map((c) => (c.id === changeId ? (update as unknown as (c: ScenarioChange) => ScenarioChange)(c) : c)) }));
    },

    addChange: (change) => get().setBody((b) => ({ ...b, changes: [...b.changes, change] })),

    removeChange: (changeId) => get().setBody((b) => ({ ...b, changes: b.changes.filter((c) => c.id !== changeId) })),

    discard() {
      const doc = get().doc;
      if (doc) set({ body: doc.body, dirty: false, saveError: null });
    },

    async save(note) {
      const { doc, body } = get();
      if (!doc || !body || doc.scenario.builtIn) return false;
      set({ saving: true, saveError: null });
      try {
        const next = await call('scenarioSave', { scenarioId: doc.scenario.id, body, note, baseVersion: doc.version ?? undefined });
        // Keep edits made while the save was out; they stay unsaved against the new version.
        const current = get().body ?? next.body;
        set({ doc: next, body: same(current, body) ? next.body : current, dirty: !same(current, next.body), saving: false });
        void reloadScenarios();
        return true;
      } catch (e) {
        set({ saving: false, saveError: asApiError(e) });
        return false;
      }
    },

    async saveAs(name, kind) {
      const { body } = get();
      if (!body) return null;
      set({ saving: true, saveError: null });
      try {
        const doc = await call('scenarioCreate', { name, kind, body, description: '' });
        set({ saving: false });
        void reloadScenarios();
        return typeof doc.scenario.id === 'number' ? doc.scenario.id : null;
      } catch (e) {
        set({ saving: false, saveError: asApiError(e) });
        return null;
      }
    },

    async restore(version) {
      const { doc } = get();
      if (!doc || doc.scenario.builtIn) return false;
      set({ saving: true, saveError: null });
      try {
        const next = await call('scenarioRestore', { scenarioId: doc.scenario.id, version });
        set({ doc: next, body: next.body, dirty: false, saving: false });
        void reloadScenarios();
        return true;
      } catch (e) {
        set({ saving: false, saveError: asApiError(e) });
        return false;
      }
    },

    replaceDoc(doc) {
      const { body, dirty } = get();
      set({ doc, body: dirty && body ? body : doc.body, dirty: dirty && body ? !same(body, doc.body) : false });
    },

    reset() {
      sequence++;
      set(initial);
    },
  };
});
