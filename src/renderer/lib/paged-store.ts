// Server-side paging, search and sorting for the browsing tables. The query lives in the store
// so a screen keeps its place when the user navigates away and back.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Page } from '../../shared/api-types';
import type { Output, PageQuery } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { asApiError, call } from '../api/client';

export type PagedMethod = 'listEmployees' | 'listRoles' | 'listSkills';
export type RowOf<M extends PagedMethod> = Output<M> extends Page<infer R> ? R : never;

export interface TableQuery {
  offset: number;
  limit: number;
  search: string;
  sortBy: string | undefined;
  sortDir: 'asc' | 'desc';
}

export interface PagedState<R> {
  query: TableQuery;
  page: Page<R> | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  revision: number | null;
  load(revision?: number): Promise<void>;
  setSearch(search: string): Promise<void>;
  /** Sorting by the current column flips the direction; a new column starts ascending. */
  toggleSort(sortBy: string): Promise<void>;
  setOffset(offset: number): Promise<void>;
  setLimit(limit: number): Promise<void>;
}

export const PAGE_SIZES = [25, 50, 100, 250] as const;

export function toPageQuery(q: TableQuery): PageQuery {
  const query: PageQuery = { offset: q.offset, limit: q.limit, sortDir: q.sortDir };
  if (q.search.trim()) query.search = q.search.trim();
  if (q.sortBy) query.sortBy = q.sortBy;
  return query;
}

export function createPagedStore<M extends PagedMethod>(
  method: M,
  initial: Partial<TableQuery> = {},
): UseBoundStore<StoreApi<PagedState<RowOf<M>>>> {
  let sequence = 0;
  return create<PagedState<RowOf<M>>>()((set, get) => {
    const reload = (patch: Partial<TableQuery>) => {
      set({ query: { ...get().query, ...patch } });
      return get().load();
    };
    return {
      query: { offset: 0, limit: 50, search: '', sortBy: undefined, sortDir: 'asc', ...initial },
      page: null,
      status: 'idle',
      error: null,
      revision: null,
      async load(revision) {
        const mine = ++sequence;
        set({ status: 'loading', error: null, ...(revision === undefined ? {} : { revision }) });
        try {
          // Every paged method takes the same PageQuery; TypeScript cannot see that through the generic M.
          const page = (await call(method as PagedMethod, toPageQuery(get().query))) as Page<RowOf<M>>;
          if (mine === sequence) set({ page, status: 'ready' });
        } catch (e) {
          if (mine === sequence) set({ status: 'error', error: asApiError(e) });
        }
      },
      setSearch: (search) => reload({ search, offset: 0 }),
      toggleSort(sortBy) {
        const { query } = get();
        const sortDir = query.sortBy === sortBy && query.sortDir === 'asc' ? 'desc' : 'asc';
        return reload({ sortBy, sortDir, offset: 0 });
      },
      setOffset: (offset) => reload({ offset: Math.max(0, offset) }),
      setLimit: (limit) => reload({ limit, offset: 0 }),
    };
  });
}
