// Engagement, session and navigation state for the whole frame: which engagement is open, the
// files one can switch to, the section shown, long-running work and the error banner.
import { create } from 'zustand';
import type { AppInfo, EngagementFile, EngagementSummary } from '../../shared/api-types';
import type { MenuCommand, ProgressEvent, Section } from '../../shared/events';
import type { ApiError } from '../../shared/result';
import { asApiError, call } from '../api/client';
import { hashOf } from './sections';

export const ENGAGEMENT_EXTENSION = '.skillshift';

export interface Banner {
  error: ApiError;
  /** The engagement file the failed action was about, so "Restore backup" knows what to restore. */
  file?: string;
}

export interface NewEngagementInput {
  name: string;
  currency: string;
  locale: string;
  /** File name in the data folder (browser host); Electron asks with a save dialog instead. */
  fileName?: string;
}

interface AppState {
  status: 'starting' | 'loading' | 'ready';
  appInfo: AppInfo | null;
  summary: EngagementSummary | null;
  /** Bumped whenever the open engagement or its data changes; feature screens reload on it. */
  revision: number;
  files: EngagementFile[];
  section: Section;
  banner: Banner | null;
  /** What the app is waiting for (opening, generating the demo), shown with the progress bar. */
  busy: string | null;
  progress: Record<string, ProgressEvent>;
  newDialogOpen: boolean;

  init(): Promise<void>;
  refreshFiles(): Promise<void>;
  openFile(file: string): Promise<boolean>;
  pickAndOpen(): Promise<boolean>;
  createEngagement(input: NewEngagementInput): Promise<boolean>;
  createDemo(): Promise<boolean>;
  closeEngagement(): Promise<void>;
  restoreBackup(file: string): Promise<boolean>;
  navigate(section: Section, opts?: { updateHash?: boolean }): void;
  engagementChanged(summary: EngagementSummary | null): void;
  progressed(event: ProgressEvent): void;
  menu(command: MenuCommand): void;
  showError(error: ApiError, file?: string): void;
  dismissBanner(): void;
  setNewDialogOpen(open: boolean): void;
}

/** `name.skillshift`, or `name-2.skillshift` ... when that name is taken in the data folder. */
export function uniqueFileName(base: string, files: EngagementFile[]): string {
  const taken = new Set(files.map((f) => f.fileName.toLowerCase()));
  const stem = base.replace(/\.skillshift$/i, '');
  for (let i = 1; ; i++) {
    const candidate = `${stem}${i === 1 ? '' : `-${i}`}${ENGAGEMENT_EXTENSION}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export const withExtension = (name: string): string =>
  name.toLowerCase().endsWith(ENGAGEMENT_EXTENSION) ? name : `${name}${ENGAGEMENT_EXTENSION}`;

export const useAppStore = create<AppState>()((set, get) => {

  /** Runs an action that opens an engagement, with the busy label and the banner on failure. */
  async function opening(label: string, file: string | undefined, action: () => Promise<EngagementSummary | null>) {
    set({ busy: label, banner: null });
    try {
      const summary = await action();
      if (summary) get().engagementChanged(summary);
      return summary !== null;
    } catch (e) {
      set({ banner: { error: asApiError(e), file } });
      return false;
    } finally {
      set({ busy: null });
      void get().refreshFiles();
    }
  }

  return {
    status: 'starting',
    appInfo: null,
    summary: null,
    revision: 0,
    files: [],
    section: 'overview',
    banner: null,
    busy: null,
    progress: {},
    newDialogOpen: false,

    async init() {
      // React's StrictMode runs start-up effects twice in development: start once.
      if (get().status !== 'starting') return;
      set({ status: 'loading' });
      try {
        const [appInfo, summary] = await Promise.all([call('appInfo', {}), call('currentEngagement', {})]);
        set({ appInfo, summary, revision: get().revision + 1 });
      } catch (e) {
        set({ banner: { error: asApiError(e) } });
      } finally {
        set({ status: 'ready' });
      }
      await get().refreshFiles();
    },

    async refreshFiles() {
      try {
        set({ files: await call('listEngagementFiles', {}) });
      } catch {
        // The list is a convenience; opening by other means still works, so no banner for it.
      }
    },

    openFile: (file) => opening('Opening engagement…', file, () => call('openEngagement', { file })),

    async pickAndOpen() {
      let file: string | null;
      try {
        file = await call('pickEngagementFile', { mode: 'open' });
      } catch (e) {
        get().showError(asApiError(e));
        return false;
      }
      return file ? get().openFile(file) : false;
    },

    async createEngagement({ name, currency, locale, fileName }) {
      let file: string | null = fileName ? withExtension(fileName.trim()) : null;
      if (!file && get().appInfo?.canPickFiles) {
        try {
          file = await call('pickEngagementFile', { mode: 'save', suggestedName: withExtension(name.trim()) });
        } catch (e) {
          get().showError(asApiError(e));
          return false;
        }
        if (!file) return false; // the user cancelled the save dialog
      }
      if (!file) file = uniqueFileName(name.trim() || 'engagement', get().files);
      const target = file;
      return opening('Creating engagement…', target, () => call('createEngagement', { file: target, name, currency, locale }));
    },

    async createDemo() {
      let file: string | null;
      if (get().appInfo?.canPickFiles) {
        try {
          file = await call('pickEngagementFile', { mode: 'save', suggestedName: `Skillshift demo${ENGAGEMENT_EXTENSION}` });
        } catch (e) {
          get().showError(asApiError(e));
          return false;
        }
        if (!file) return false;
      } else {
        file = uniqueFileName('skillshift-demo', get().files);
      }
      const target = file;
      return opening('Generating the demo engagement…', target, () => call('createDemoEngagement', { file: target }));
    },

    async closeEngagement() {
      try {
        await call('closeEngagement', {});
        get().engagementChanged(null);
      } catch (e) {
        get().showError(asApiError(e));
      }
      void get().refreshFiles();
    },

    restoreBackup: (file) => opening('Restoring the backup…', file, () => call('restoreBackup', { file })),

    navigate(section, { updateHash = true } = {}) {
      set({ section });
      if (updateHash && typeof window !== 'undefined' && window.location.hash !== hashOf(section)) {
        window.history.pushState(null, '', hashOf(section));
      }
    },

    engagementChanged(summary) {
      // The host both returns the summary and pushes it as an event: count a change once.
      if (JSON.stringify(summary) === JSON.stringify(get().summary)) return;
      set({ summary, revision: get().revision + 1 });
      void get().refreshFiles();
    },

    progressed(event) {
      const progress = { ...get().progress };
      if (event.finished) delete progress[event.taskId];
      else progress[event.taskId] = event;
      set({ progress });
    },

    menu(command) {
      switch (command.command) {
        case 'navigate':
          get().navigate(command.section);
          break;
        case 'new-engagement':
          set({ newDialogOpen: true });
          break;
        case 'open-engagement':
          void get().pickAndOpen();
          break;
        case 'open-demo':
          void get().createDemo();
          break;
        case 'close-engagement':
          void get().closeEngagement();
          break;
      }
    },

    showError: (error, file) => set({ banner: { error, file } }),
    dismissBanner: () => set({ banner: null }),
    setNewDialogOpen: (open) => set({ newDialogOpen: open }),
  };
});
