// A store for one read model the screen loads whole (the overview, the scenario list ...).
// Feature stores are made with it so every screen handles loading, errors and reloads alike.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { ApiError } from '../../shared/result';
import { asApiError } from '../api/client';

export interface ResourceState<T> {
  data: T | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: ApiError | null;
  /** The engagement revision the data belongs to; a newer one triggers a reload. */
  revision: number | null;
  load(revision: number): Promise<void>;
  reset(): void;
}

export function createResourceStore<T>(loader: () => Promise<T>): UseBoundStore<StoreApi<ResourceState<T>>> {
  let sequence = 0;
  return create<ResourceState<T>>()((set) => ({
    data: null,
    status: 'idle',
    error: null,
    revision: null,
    async load(revision) {
      const mine = ++sequence;
      set({ status: 'loading', error: null, revision });
      try {
        const data = await loader();
        // A slower, older request must not overwrite a newer answer.
        if (mine === sequence) set({ data, status: 'ready' });
      } catch (e) {
        if (mine === sequence) set({ status: 'error', error: asApiError(e) });
      }
    },
    reset: () => set({ data: null, status: 'idle', error: null, revision: null }),
  }));
}
