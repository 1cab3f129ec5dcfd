// Start-up decisions of the desktop app, kept free of Electron so they are tested directly:
// one instance at a time, which file a command line names, and what opens first.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiError } from '../../shared/result';
import type { Registry } from '../api/registry';
import { ENGAGEMENT_EXTENSION } from '../db/connection';

export const DEMO_FILE_NAME = 'Demo.skillshift';

interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

/**
 * Takes the single-instance lock. The first instance hears about later launches (which pass
 * their command line along, e.g. a double-clicked .skillshift file); a later instance quits.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  onSecondInstance: (argv: string[], workingDirectory: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
  return true;
}

/**
 * The engagement file named on a command line, resolved against the launching directory.
 * argv[0] is the executable; switches (which Chromium may add) are ignored; the last
 * .skillshift argument wins, as when several files are dropped on the icon.
 */
export function fileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const files = argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(ENGAGEMENT_EXTENSION));
  const last = files.at(-1);
  return last ? path.resolve(workingDirectory, last) : null;
}

export interface InitialOpenOptions {
  /** A file from the command line or the OS (file association, macOS open-file). */
  requested: string | null;
  /** Recent files, newest first. */
  recent: readonly string[];
  /** userData/Demo.skillshift: opened, or created on the first start. */
  demoFile: string;
  /** A file could not be opened: the user is told why. */
  onError(file: string, error: ApiError): void;
}

export type InitialOpen =
  | { kind: 'requested' | 'recent' | 'demo-opened' | 'demo-created'; file: string }
  | { kind: 'none'; file: null };

/**
 * What the window shows first: the file the user asked for; otherwise the most recent one;
 * on the first start (nothing recent) the demo engagement, created the first time. When the
 * most recent file fails to open (damaged, newer version) nothing is opened: the user is told,
 * and the renderer's file list can restore a backup or open another file.
 */
export async function openInitialEngagement(registry: Registry, options: InitialOpenOptions): Promise<InitialOpen> {
  const tryOpen = async (file: string): Promise<boolean> => {
    const r = await registry.call('openEngagement', { file });
    if (!r.ok) options.onError(file, r.error);
    return r.ok;
  };
  if (options.requested && (await tryOpen(options.requested))) return { kind: 'requested', file: options.requested };
  const latest = options.recent[0];
  if (latest) return (await tryOpen(latest)) ? { kind: 'recent', file: latest } : { kind: 'none', file: null };
  return openOrCreateDemo(registry, options.demoFile, options.onError);
}

/** The demo engagement kept in userData: opened when it exists, generated the first time. */
export async function openOrCreateDemo(
  registry: Registry,
  demoFile: string,
  onError: (file: string, error: ApiError) => void,
): Promise<InitialOpen> {
  const exists = fs.existsSync(demoFile);
  const r = await registry.call(exists ? 'openEngagement' : 'createDemoEngagement', { file: demoFile });
  if (!r.ok) {
    onError(demoFile, r.error);
    return { kind: 'none', file: null };
  }
  return { kind: exists ? 'demo-opened' : 'demo-created', file: demoFile };
}
