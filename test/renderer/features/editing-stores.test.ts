// The windowed row store and the undo store on their own: pages fetched once per range, kept in
// place on a data refresh, dropped on a new query or another engagement; undo stacks per
// engagement, an entry that can no longer be replayed dropped with its reason.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from '../../../src/shared/api-types';
import type { ChangeRecord } from '../../../src/shared/edit-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { inverseOf } from '../../../src/renderer/lib/undo-inverse';
import { undoKey } from '../../../src/renderer/lib/undo-keys';
import { useUndoStore } from '../../../src/renderer/lib/undo-store';
import { createWindowStore, rowAt } from '../../../src/renderer/lib/window-store';
import { summary } from '../fixtures';
import { fail, fakeApi, ok, resetStores } from '../helpers';
import { resetEditingStores } from './editing-helpers';

const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  resetStores();
  resetEditingStores();
  useAppStore.setState({ summary: summary(), revision: 1 });
});

function pagedStore(total: () => number, version: () => number = () => 0) {
  const calls: number[] = [];
  const store = createWindowStore<{ id: number; v: number }, { unit?: number }>(async (_q, offset, limit): Promise<Page<{ id: number; v: number }>> => {
    calls.push(offset);
    const n = Math.max(0, Math.min(limit, total() - offset));
    return { total: total(), offset, rows: Array.from({ length: n }, (_, i) => ({ id: offset + i, v: version() })) };
  });
  return { store, calls };
}

describe('window store', () => {
  it('fetches each page of a range once, and none before it is loaded', async () => {
    const { store, calls } = pagedStore(() => 1000);
    store.getState().ensureRange(0, 50);
    expect(calls).toEqual([]);
    await store.getState().load(1);
    await settle();
    store.getState().ensureRange(150, 320);
    store.getState().ensureRange(150, 320);
    await settle();
    expect(calls).toEqual([0, 100, 200, 300]);
    expect(rowAt(store.getState().pages, 321)?.id).toBe(321);
    expect(store.getState().total).toBe(1000);
  });

  it('refetches loaded pages in place when the data changes, and starts over on a new query', async () => {
    let version = 0;
    const { store, calls } = pagedStore(() => 1000, () => version);
    await store.getState().load(1);
    store.getState().ensureRange(500, 520);
    await settle();
    const queryVersion = store.getState().queryVersion;
    version = 1;
    void store.getState().load(2); // same engagement, data changed
    expect(rowAt(store.getState().pages, 510)?.v).toBe(0); // still shown while refetching
    await settle();
    expect(rowAt(store.getState().pages, 510)?.v).toBe(1);
    expect(store.getState().queryVersion).toBe(queryVersion);
    calls.length = 0;
    store.getState().setFilter('unit', 3);
    expect(store.getState().pages).toEqual({});
    expect(store.getState().queryVersion).toBe(queryVersion + 1);
    await settle();
    expect(calls).toEqual([0]);
  });

  it('forgets everything when another engagement opens', async () => {
    const { store } = pagedStore(() => 300);
    await store.getState().load(1);
    await settle();
    useAppStore.setState({ summary: summary({ file: '/data/other.skillshift' }) });
    const before = store.getState().queryVersion;
    await store.getState().load(2);
    expect(store.getState().queryVersion).toBe(before + 1);
  });
});

const update: ChangeRecord = { auditId: 7, action: 'update', entity: 'employee', id: 3, summary: 'Changed fte', before: { id: 3, fte: 1, salary: 10, ref: 'P1' }, after: { id: 3, fte: 0.5, salary: 10, ref: 'P1' }, cascade: [] };

describe('undo', () => {
  it('inverts each kind of change through the API', () => {
    expect(inverseOf(update)).toEqual({ method: 'updateRecord', input: { entity: 'employee', id: 3, changes: { fte: 1 }, expected: { fte: 0.5 } } });
    expect(inverseOf({ ...update, action: 'insert', before: null })).toEqual({ method: 'deleteRecord', input: { entity: 'employee', id: 3 } });
    expect(inverseOf({ ...update, action: 'restore', before: null })).toEqual({ method: 'deleteRecord', input: { entity: 'employee', id: 3 } });
    expect(inverseOf({ ...update, action: 'delete', after: null })).toEqual({ method: 'restoreRecord', input: { auditId: 7 } });
  });

  it('recognises the keys, on every platform', () => {
    const k = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => undoKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
    expect([k('z', { ctrlKey: true }), k('z', { metaKey: true }), k('Z', { ctrlKey: true, shiftKey: true }), k('y', { ctrlKey: true }), k('z'), k('z', { ctrlKey: true, altKey: true })]).toEqual(['undo', 'undo', 'redo', 'redo', null, null]);
  });

  it('keeps a stack per engagement and bumps the revision so screens reload', async () => {
    fakeApi({ updateRecord: () => ok(update) });
    const revision = useAppStore.getState().revision;
    await useUndoStore.getState().apply('updateRecord', { entity: 'employee', id: 3, changes: { fte: 0.5 } });
    expect(useUndoStore.getState().undoStack).toHaveLength(1);
    expect(useAppStore.getState().revision).toBe(revision + 1);
    useAppStore.setState({ summary: summary({ file: '/data/other.skillshift' }) });
    expect(useUndoStore.getState().undoStack).toEqual([]);
  });

  it('drops an entry whose inverse the API refuses, saying why', async () => {
    fakeApi({ updateRecord: (i) => (i.expected ? fail('conflict', 'P1 has changed since (FTE is now 0.8)') : ok(update)) });
    await useUndoStore.getState().apply('updateRecord', { entity: 'employee', id: 3, changes: { fte: 0.5 } });
    const outcome = await useUndoStore.getState().undo();
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(useUndoStore.getState()).toMatchObject({ undoStack: [], redoStack: [], notice: { kind: 'error', text: expect.stringContaining('FTE is now 0.8') } });
  });
});
