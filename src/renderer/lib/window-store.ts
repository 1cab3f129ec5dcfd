// Rows for a virtualised table, fetched in fixed-size pages as the user scrolls: the table asks
// for the range it shows, the store fetches the missing pages (sorted, filtered and searched on
// the host) and keeps a bounded number of them, so 100,000 rows scroll without loading them all.
// After an edit the loaded pages are refetched in place (the scroll position stays); a new
// search, sort or filter starts again from the top.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Page } from '../../shared/api-types';
import type { ApiError } from '../../shared/result';
import { asApiError } from '../api/client';
import { useAppStore } from '../app/store';

export const WINDOW_PAGE = 100;
/** Pages kept in memory; the farthest from the visible range go first. */
const MAX_PAGES = 30;

export interface WindowQuery<F> {
  search: string;
  sortBy: string | undefined;
  sortDir: 'asc' | 'desc';
  filters: F;
}

export interface WindowState<R, F> {
  query: WindowQuery<F>;
  total: number | null;
  pages: Record<number, R[]>;
  /** Bumped by every new query: the table scrolls back to the top. */
  queryVersion: number;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  revision: number | null;
  load(revision: number): Promise<void>;
  ensureRange(first: number, last: number): void;
  refresh(): Promise<void>;
  setSearch(search: string): void;
  toggleSort(sortBy: string): void;
  setFilters(filters: F): void;
  setFilter<K extends keyof F>(key: K, value: F[K] | undefined): void;
  /** Search, sort and filters at once (the data-quality click-through). */
  setQuery(query: Partial<WindowQuery<F>>): void;
}

export type Fetcher<R, F> = (query: WindowQuery<F>, offset: number, limit: number) => Promise<Page<R>>;

/** Drops empty values so the API sees only the filters that are set. */
export function compact<F extends object>(filters: F): Partial<F> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<F>;
}

export function createWindowStore<R, F extends object>(fetcher: Fetcher<R, F>, initial: Partial<WindowQuery<F>> = {}): UseBoundStore<StoreApi<WindowState<R, F>>> {
  /** Generation of the data: a response for an older generation is dropped. */
  let generation = 0;
  const inFlight = new Map<number, number>();
  let fresh = new Set<number>();
  let wanted: [number, number] = [0, WINDOW_PAGE - 1];
  let file: string | null = null;

  return create<WindowState<R, F>>()((set, get) => {
    async function fetchPage(page: number) {
      const gen = generation;
      if (inFlight.get(page) === gen) return;
      inFlight.set(page, gen);
      set({ status: 'loading' });
      try {
        const result = await fetcher(get().query, page * WINDOW_PAGE, WINDOW_PAGE);
        if (gen !== generation) return;
        fresh.add(page);
        set({ pages: trim({ ...get().pages, [page]: result.rows }), total: result.total, status: inFlight.size > 1 ? 'loading' : 'ready', error: null });
      } catch (e) {
        if (gen === generation) set({ status: 'error', error: asApiError(e) });
      } finally {
        if (inFlight.get(page) === gen) inFlight.delete(page);
        if (gen === generation && inFlight.size === 0 && get().status === 'loading') set({ status: 'ready' });
      }
    }

    function trim(pages: Record<number, R[]>): Record<number, R[]> {
      const keys = Object.keys(pages).map(Number);
      if (keys.length <= MAX_PAGES) return pages;
      const centre = Math.floor((wanted[0] + wanted[1]) / 2 / WINDOW_PAGE);
      keys.sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
      const out = { ...pages };
      for (const k of keys.slice(0, keys.length - MAX_PAGES)) {
        delete out[k];
        fresh.delete(k);
      }
      return out;
    }

    function requestVisible() {
      // Nothing is fetched before the screen loads the store for an engagement (a click-through
      // may set the query first; the load then fetches it once).
      if (get().revision === null) return;
      const total = get().total;
      const last = total === null ? wanted[1] : Math.min(wanted[1], Math.max(0, total - 1));
      for (let p = Math.floor(Math.max(0, wanted[0]) / WINDOW_PAGE); p <= Math.floor(last / WINDOW_PAGE); p++) {
        if (!fresh.has(p)) void fetchPage(p);
      }
    }

    /** New data generation: loaded rows stay on screen until their refetch arrives. */
    function invalidate(keepRows: boolean) {
      generation++;
      inFlight.clear();
      fresh = new Set();
      if (!keepRows) set({ pages: {}, total: null });
    }

    function newQuery(patch: Partial<WindowQuery<F>>) {
      set({ query: { ...get().query, ...patch }, queryVersion: get().queryVersion + 1 });
      wanted = [0, WINDOW_PAGE - 1];
      invalidate(false);
      requestVisible();
    }

    return {
      query: { search: '', sortBy: undefined, sortDir: 'asc', filters: {} as F, ...initial },
      total: null,
      pages: {},
      queryVersion: 0,
      status: 'idle',
      error: null,
      revision: null,
      async load(revision) {
        const current = useAppStore.getState().summary?.file ?? null;
        const sameFile = current === file && get().revision !== null;
        file = current;
        set({ revision, error: null });
        // The same engagement with changed data keeps its place; another engagement starts afresh.
        invalidate(sameFile);
        if (!sameFile) set({ queryVersion: get().queryVersion + 1 });
        requestVisible();
      },
      ensureRange(first, last) {
        wanted = [Math.max(0, first), Math.max(first, last)];
        requestVisible();
      },
      async refresh() {
        invalidate(true);
        requestVisible();
      },
      setSearch: (search) => newQuery({ search }),
      toggleSort(sortBy) {
        const { query } = get();
        newQuery({ sortBy, sortDir: query.sortBy === sortBy && query.sortDir === 'asc' ? 'desc' : 'asc' });
      },
      setFilters: (filters) => newQuery({ filters }),
      setFilter: (key, value) => newQuery({ filters: { ...get().query.filters, [key]: value } as F }),
      setQuery: (patch) => newQuery(patch),
    };
  });
}

/** The row at an absolute index, if its page is loaded. */
export function rowAt<R>(pages: Record<number, R[]>, index: number): R | undefined {
  return pages[Math.floor(index / WINDOW_PAGE)]?.[index % WINDOW_PAGE];
}

/** The list methods' input for one page of a query (empty search, sort and filters left out). */
export function listInput<F extends object>(q: WindowQuery<F>, offset: number, limit: number) {
  const input: { offset: number; limit: number; sortDir: 'asc' | 'desc'; search?: string; sortBy?: string; filters?: Partial<F> } = { offset, limit, sortDir: q.sortDir };
  if (q.search.trim()) input.search = q.search.trim();
  if (q.sortBy) input.sortBy = q.sortBy;
  const filters = compact(q.filters);
  if (Object.keys(filters).length) input.filters = filters;
  return input;
}
