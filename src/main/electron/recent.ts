// The recent engagement list of the desktop app: newest first, at most 10, kept as JSON in
// userData. Files deleted or moved since are dropped when the list is read.
import fs from 'node:fs';
import path from 'node:path';
import type { EngagementFile } from '../../shared/api-types';
import { readJsonFile, writeJsonFile } from './json-file';

export const RECENT_FILE = 'recent-engagements.json';
export const MAX_RECENT = 10;

export interface RecentEntry {
  file: string;
  /** The engagement name when known (it is learned from engagementChanged events). */
  name: string | null;
}

export interface RecentFilesOptions {
  /** The JSON file the list lives in. */
  storeFile: string;
  /** Also tells the OS (jump list, dock menu); app.addRecentDocument in Electron. */
  addToOs?: (file: string) => void;
  /** Called after every change, e.g. to rebuild the Open Recent menu. */
  onChange?: () => void;
}

function parseEntries(raw: unknown): RecentEntry[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: RecentEntry[] = [];
  for (const item of raw) {
    const file = typeof item === 'string' ? item : (item as { file?: unknown } | null)?.file;
    if (typeof file !== 'string' || !path.isAbsolute(file) || seen.has(file)) continue;
    const name = (item as { name?: unknown }).name;
    seen.add(file);
    out.push({ file, name: typeof name === 'string' ? name : null });
  }
  return out.slice(0, MAX_RECENT);
}

export class RecentFiles {
  constructor(private readonly options: RecentFilesOptions) {}

  /** Existing files only, newest first; a file that has gone is dropped from the store too. */
  entries(): RecentEntry[] {
    const stored = parseEntries(readJsonFile(this.options.storeFile));
    const present = stored.filter((e) => fs.existsSync(e.file));
    if (present.length !== stored.length) this.write(present);
    return present;
  }

  /** Moves (or adds) a file to the top of the list. */
  add(file: string, name?: string | null): void {
    const previous = this.entries();
    const known = previous.find((e) => e.file === file);
    const entry: RecentEntry = { file, name: name ?? known?.name ?? null };
    this.write([entry, ...previous.filter((e) => e.file !== file)].slice(0, MAX_RECENT));
    this.options.addToOs?.(file);
    this.options.onChange?.();
  }

  /** Records the engagement name shown for a file already in the list. */
  rename(file: string, name: string): void {
    const list = this.entries();
    const entry = list.find((e) => e.file === file);
    if (!entry || entry.name === name) return;
    entry.name = name;
    this.write(list);
    this.options.onChange?.();
  }

  remove(file: string): void {
    const list = this.entries();
    const next = list.filter((e) => e.file !== file);
    if (next.length === list.length) return;
    this.write(next);
    this.options.onChange?.();
  }

  clear(): void {
    this.write([]);
    this.options.onChange?.();
  }

  /** The list as the API returns it (listEngagementFiles). */
  list(): EngagementFile[] {
    const out: EngagementFile[] = [];
    for (const e of this.entries()) {
      try {
        const st = fs.statSync(e.file);
        out.push({
          file: e.file,
          fileName: path.basename(e.file),
          name: e.name,
          modifiedAt: st.mtime.toISOString(),
          sizeBytes: st.size,
        });
      } catch {
        // removed between the existence check and stat: leave it out
      }
    }
    return out;
  }

  private write(entries: RecentEntry[]): void {
    writeJsonFile(this.options.storeFile, entries);
  }
}
