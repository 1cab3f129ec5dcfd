// Staged files: each file handed to the import is copied into a private temp folder first, so
// preview, validate and commit all read exactly the same bytes even if the original changes
// (re-staging picks up an edited file). Staged copies are removed when discarded, when too many
// pile up, when idle for hours, and when the process exits; folders left by a crashed process
// are swept on the next start.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_UPLOAD_BYTES, type StagedImport } from '../../../shared/import-types';
import { AppError } from '../../../shared/result';
import { badFile, defaultLimits, type ImportLimits } from './limits';
import type { RunResult } from './pipeline';
import { detectSource, openTable, type SourceSpec } from './source';
import { requireDataRow } from './table-source';

const PREFIX = 'skillshift-import-';
const MAX_STAGED = 20;
const IDLE_MS = 6 * 60 * 60 * 1000;

export interface Staged {
  info: StagedImport;
  spec: SourceSpec;
  dir: string;
  touchedAt: number;
  /** The last validate/commit report in full, for paging. */
  last?: RunResult['full'];
  busyTask?: string;
}

function sweepOrphans(): void {
  const tmp = os.tmpdir();
  for (const name of safeList(tmp)) {
    const m = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!m || Number(m[1]) === process.pid || alive(Number(m[1]))) continue;
    fs.rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
}

const safeList = (dir: string): string[] => {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
};

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A file name safe to show and to keep as the staged copy's name. */
export function cleanFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (base || 'upload').slice(0, 200);
}

export class StagingArea {
  private root: string | null = null;
  private readonly staged = new Map<string, Staged>();

  constructor(private readonly limits: ImportLimits = defaultLimits) {}

  private rootDir(): string {
    if (!this.root) {
      sweepOrphans();
      this.root = fs.mkdtempSync(path.join(os.tmpdir(), `${PREFIX}${process.pid}-`));
      const root = this.root;
      process.once('exit', () => fs.rmSync(root, { recursive: true, force: true }));
    }
    return this.root;
  }

  /** Stages under a new id: `write` puts the bytes at the staged path, or `inPlace` names the file to read as it is. */
  private add(fileName: string, write: ((target: string) => void) | null, inPlace?: string): Staged {
    this.evict();
    const id = randomUUID();
    const dir = path.join(this.rootDir(), id);
    fs.mkdirSync(dir);
    const name = cleanFileName(fileName);
    const target = inPlace ?? path.join(dir, name);
    try {
      write?.(target);
      const detected = detectSource(target, name, this.limits);
      // A text file holds one table: without a data row there is nothing to import. (A
      // workbook may have a cover sheet; its sheets are checked when one is chosen.)
      if (detected.format === 'csv') requireDataRow(openTable({ ...detected, path: target, fileName: name }, {}, this.limits));
      const info: StagedImport = { stagingId: id, fileName: name, sizeBytes: fs.statSync(target).size, ...detected };
      const s: Staged = { info, spec: { ...detected, path: target, fileName: name }, dir, touchedAt: Date.now() };
      this.staged.set(id, s);
      return s;
    } catch (e) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }

  /**
   * Stages a file by path. The wizard's copy guarantees preview, validate and commit read the
   * same bytes; a one-shot caller (the command line, which reads the file once) may skip it.
   */
  stagePath(source: string, copy = true): Staged {
    let st: fs.Stats;
    try {
      st = fs.statSync(source);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw code === 'ENOENT'
        ? new AppError('not-found', `${source} does not exist.`)
        : new AppError('io', `${source} cannot be read: ${(e as Error).message}`);
    }
    if (!st.isFile()) throw badFile({ file: source }, 'this is a folder, not a file', 'not-a-file');
    if (!copy) {
      try {
        fs.accessSync(source, fs.constants.R_OK);
      } catch (e) {
        throw new AppError('io', `${source} cannot be read: ${(e as Error).message}`);
      }
      return this.add(path.basename(source), null, source);
    }
    return this.add(path.basename(source), (target) => {
      try {
        // A copy-on-write clone where the file system offers one, a plain copy otherwise.
        fs.copyFileSync(source, target, fs.constants.COPYFILE_FICLONE);
      } catch (e) {
        throw new AppError('io', `${source} cannot be read: ${(e as Error).message}`);
      }
    });
  }

  stageContent(fileName: string, base64: string): Staged {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MAX_UPLOAD_BYTES) {
      throw new AppError(
        'validation',
        `${cleanFileName(fileName)} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; uploads are limited to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Use the desktop app or the command line for larger files.`,
        [{ path: 'contentBase64', message: 'file too large' }],
      );
    }
    return this.add(fileName, (target) => fs.writeFileSync(target, bytes));
  }

  get(id: string): Staged {
    const s = this.staged.get(id);
    if (!s) throw new AppError('not-found', 'That staged file is gone (discarded or expired): choose the file again.');
    s.touchedAt = Date.now();
    return s;
  }

  discard(id: string): boolean {
    const s = this.staged.get(id);
    if (!s) return false;
    if (s.busyTask) throw new AppError('conflict', 'The file is being imported; cancel the import first.');
    this.staged.delete(id);
    fs.rmSync(s.dir, { recursive: true, force: true });
    return true;
  }

  /** Drops idle entries, then the oldest ones, to stay within MAX_STAGED. */
  private evict(): void {
    const now = Date.now();
    const idle = [...this.staged.values()].filter((s) => !s.busyTask).sort((a, b) => a.touchedAt - b.touchedAt);
    for (const s of idle) {
      if (now - s.touchedAt > IDLE_MS || this.staged.size >= MAX_STAGED) this.discard(s.info.stagingId);
    }
  }
}
