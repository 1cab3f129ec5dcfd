// Undo and redo for the open engagement. Every edit goes through `apply`, which calls the API
// and keeps the change record it answers; undo and redo call the inverse of a record through
// the same API (validated and audited like any edit) and move the answer to the other stack.
// The stacks belong to one engagement and are cleared when another one opens.
import { create } from 'zustand';
import type { Input, Output } from '../../shared/contract';
import type { ChangeRecord } from '../../shared/edit-types';
import type { ApiError } from '../../shared/result';
import { asApiError, call } from '../api/client';
import { useAppStore } from '../app/store';
import { inverseOf } from './undo-inverse';

export type EditMethod = 'createRecord' | 'updateRecord' | 'deleteRecord' | 'restoreRecord';
export type EditOutcome = { ok: true; change: ChangeRecord } | { ok: false; error: ApiError };

const MAX_DEPTH = 200;

/** A change that can be inverted, with the words for what undoing or redoing it means. */
export interface UndoEntry {
  change: ChangeRecord;
  /** The user's action in their terms: an undone edit stays "Changed salary … to 60000" on the redo stack. */
  label: string;
}

interface UndoState {
  undoStack: UndoEntry[];
  redoStack: UndoEntry[];
  busy: boolean;
  /** What just happened, for the status line ("Undone: …", or the error). */
  notice: { kind: 'done' | 'error'; text: string } | null;
  apply<M extends EditMethod>(method: M, input: Input<M>): Promise<EditOutcome>;
  undo(): Promise<EditOutcome | null>;
  redo(): Promise<EditOutcome | null>;
  clear(): void;
}

/** Screens reload their data on the app revision; an edit changes the data, so bump it. */
function dataChanged() {
  useAppStore.setState((s) => ({ revision: s.revision + 1 }));
}

async function run<M extends EditMethod>(method: M, input: Input<M>): Promise<EditOutcome> {
  try {
    const change = (await call(method, input)) as Output<M> & ChangeRecord;
    return { ok: true, change };
  } catch (e) {
    return { ok: false, error: asApiError(e) };
  }
}

export const useUndoStore = create<UndoState>()((set, get) => {
  async function step(from: 'undoStack' | 'redoStack', to: 'undoStack' | 'redoStack', verb: string): Promise<EditOutcome | null> {
    const stack = get()[from];
    const top = stack[stack.length - 1];
    if (!top || get().busy) return null;
    set({ busy: true });
    const inverse = inverseOf(top.change);
    const outcome = await run(inverse.method, inverse.input as never);
    if (outcome.ok) {
      set({
        [from]: stack.slice(0, -1),
        [to]: [...get()[to], { change: outcome.change, label: top.label }].slice(-MAX_DEPTH),
        busy: false,
        notice: { kind: 'done', text: `${verb}: ${top.label}` },
      } as Partial<UndoState>);
      dataChanged();
    } else {
      // The record changed or vanished since: the entry cannot be replayed, so it is dropped.
      set({ [from]: stack.slice(0, -1), busy: false, notice: { kind: 'error', text: `Could not ${verb === 'Undone' ? 'undo' : 'redo'} “${top.label}”: ${outcome.error.message}` } } as Partial<UndoState>);
    }
    return outcome;
  }

  return {
    undoStack: [],
    redoStack: [],
    busy: false,
    notice: null,
    async apply(method, input) {
      const outcome = await run(method, input);
      if (outcome.ok && outcome.change.auditId > 0) {
        const entry = { change: outcome.change, label: outcome.change.summary };
        set({ undoStack: [...get().undoStack, entry].slice(-MAX_DEPTH), redoStack: [], notice: { kind: 'done', text: outcome.change.summary } });
        dataChanged();
      }
      return outcome;
    },
    undo: () => step('undoStack', 'redoStack', 'Undone'),
    redo: () => step('redoStack', 'undoStack', 'Redone'),
    clear: () => set({ undoStack: [], redoStack: [], busy: false, notice: null }),
  };
});

// Another engagement (or none) opened: its history is not this one's.
useAppStore.subscribe((s, prev) => {
  if (s.summary?.file !== prev.summary?.file) useUndoStore.getState().clear();
});
