// The export panel: which table, which format, pseudonymised or identified (an explicit,
// acknowledged choice), and the last result. The desktop asks where to save with a native
// dialog; the browser receives the bytes and downloads them.
import { create } from 'zustand';
import type { CsvDelimiter, ExportFormat, ExportResult, ExportTableInfo } from '../../../shared/export-types';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';
import { useAppStore } from '../../app/store';
import { downloadBytes } from '../data-import/files';

export interface ExportState {
  tables: ExportTableInfo[] | null;
  /** Whether the engagement drops names and client ids on import (then they were never stored). */
  pseudonymisedOnImport: boolean | null;
  loadError: ApiError | null;
  what: string;
  format: ExportFormat;
  delimiter: CsvDelimiter;
  identified: boolean;
  /** The user confirmed they need the identified data; required before an identified export. */
  acknowledged: boolean;
  running: boolean;
  result: (ExportResult & { delivered: 'downloaded' | 'written' }) | null;
  error: ApiError | null;
  load(): Promise<void>;
  set(patch: Partial<Pick<ExportState, 'what' | 'format' | 'delimiter' | 'identified' | 'acknowledged'>>): void;
  run(): Promise<void>;
}

const initial = {
  tables: null,
  pseudonymisedOnImport: null,
  loadError: null,
  what: 'employees',
  format: 'csv' as ExportFormat,
  delimiter: ',' as CsvDelimiter,
  identified: false,
  acknowledged: false,
  running: false,
  result: null,
  error: null,
};

export const useExportStore = create<ExportState>()((set, get) => ({
  ...initial,

  async load() {
    try {
      const tables = await call('listExportTables', {});
      const what = tables.some((t) => t.name === get().what) ? get().what : (tables[0]?.name ?? '');
      set({ tables, what, loadError: null });
    } catch (e) {
      set({ loadError: asApiError(e) });
    }
    try {
      set({ pseudonymisedOnImport: (await call('getSettings', {})).settings.privacy.pseudonymise });
    } catch {
      set({ pseudonymisedOnImport: null }); // only refines a hint; the export works without it
    }
  },

  set(patch) {
    // Switching back to pseudonymised, or to another table, asks for the acknowledgement again.
    const reset = patch.identified === false || (patch.what !== undefined && patch.what !== get().what);
    set({ ...patch, ...(reset ? { acknowledged: false, identified: patch.identified ?? false } : {}), error: null });
  },

  async run() {
    const { what, format, delimiter, identified, acknowledged, tables } = get();
    const personal = tables?.find((t) => t.name === what)?.personal ?? true;
    if (identified && personal && !acknowledged) return;
    set({ running: true, error: null, result: null });
    const input = { what, format, identified: identified && personal, delimiter };
    try {
      if (useAppStore.getState().appInfo?.canPickFiles) {
        const engagement = useAppStore.getState().summary?.name ?? 'engagement';
        const path = await call('pickPath', { purpose: 'export', format, suggestedName: `${engagement} ${what}${input.identified ? ' identified' : ''}` });
        if (!path) {
          set({ running: false });
          return;
        }
        const result = await call('exportTable', { ...input, destination: { kind: 'path', path } });
        set({ result: { ...result, delivered: 'written' }, running: false });
      } else {
        const result = await call('exportTable', { ...input, destination: { kind: 'download' } });
        if (result.base64 === null) throw new Error('the host returned no file content');
        downloadBytes(result.base64, result.fileName, result.mimeType);
        set({ result: { ...result, base64: null, delivered: 'downloaded' }, running: false });
      }
    } catch (e) {
      set({ error: asApiError(e), running: false });
    }
  },
}));

export const resetExportStore = () => useExportStore.setState({ ...initial });
