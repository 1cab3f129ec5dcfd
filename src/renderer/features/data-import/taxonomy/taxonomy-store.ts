// Taxonomy and exposure imports for the Settings panel: the engagement's exposure sources and
// preferred one, the import running, and the last report.
import { create } from 'zustand';
import type { ApiError } from '../../../../shared/result';
import type { ExposureOverview, ExposureSource, TaxonomyImportReport } from '../../../../shared/taxonomy-types';
import type { Input } from '../../../../shared/contract';
import { asApiError, call } from '../../../api/client';
import { useAppStore } from '../../../app/store';

export type TaxonomyKind = 'onet' | 'esco' | 'exposure';

interface TaxonomyState {
  overview: ExposureOverview | null;
  overviewError: ApiError | null;
  running: TaxonomyKind | null;
  report: TaxonomyImportReport | null;
  error: ApiError | null;
  loadOverview(): Promise<void>;
  run(kind: 'onet', input: Input<'importOnet'>): Promise<void>;
  run(kind: 'esco', input: Input<'importEsco'>): Promise<void>;
  run(kind: 'exposure', input: Input<'importExposureIndex'>): Promise<void>;
  prefer(source: ExposureSource | null): Promise<void>;
}

export const useTaxonomyStore = create<TaxonomyState>()((set, get) => ({
  overview: null,
  overviewError: null,
  running: null,
  report: null,
  error: null,

  async loadOverview() {
    try {
      set({ overview: await call('getExposureSources', {}), overviewError: null });
    } catch (e) {
      set({ overviewError: asApiError(e) });
    }
  },

  async run(kind: TaxonomyKind, input: unknown) {
    set({ running: kind, error: null, report: null });
    try {
      const report =
        kind === 'onet'
          ? await call('importOnet', input as Input<'importOnet'>)
          : kind === 'esco'
            ? await call('importEsco', input as Input<'importEsco'>)
            : await call('importExposureIndex', input as Input<'importExposureIndex'>);
      set({ report, running: null });
      await get().loadOverview();
      // Skills, requirements and exposure changed: the frame's counts and every screen reload.
      useAppStore.getState().engagementChanged(await call('currentEngagement', {}));
    } catch (e) {
      set({ error: asApiError(e), running: null });
    }
  },

  async prefer(source) {
    try {
      set({ overview: await call('setPreferredExposureSource', { source }), overviewError: null });
      useAppStore.getState().engagementChanged(await call('currentEngagement', {}));
    } catch (e) {
      set({ overviewError: asApiError(e) });
    }
  },
}));
