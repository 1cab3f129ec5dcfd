// Collects what an import run finds: problems (row, column, value, what is wrong), the merge
// diff (added, changed field by field, removed) and references created. Everything is counted;
// only the first entries of each list are kept, so a file with a million bad rows still
// produces a small report.
import type {
  CreatedRefs,
  DiffEntry,
  ImportCounts,
  ImportIssue,
  IssueCode,
} from '../../../shared/import-types';

/** Entries kept per list for paging through the report. */
export const KEEP = 10_000;
/** How much of each list travels in one reply; the rest is paged with importReportPage. */
export const KEEP_IN_REPLY = 200;

export class ReportBuilder {
  readonly issues: ImportIssue[] = [];
  errorCount = 0;
  private readonly invalid = new Set<number>();
  private readonly summary = new Map<string, { column: string | null; code: IssueCode; count: number }>();
  readonly added: DiffEntry[] = [];
  readonly changed: DiffEntry[] = [];
  readonly removed: DiffEntry[] = [];
  readonly counts: ImportCounts = { rows: 0, invalid: 0, added: 0, changed: 0, unchanged: 0, removed: 0, skipped: 0 };
  readonly created: CreatedRefs = { orgUnits: [], locations: [], roles: [], skills: [], managers: [] };
  readonly notes: string[] = [];

  issue(row: number, column: string | null, value: unknown, problem: string, code: IssueCode): void {
    this.errorCount++;
    this.invalid.add(row);
    const key = `${column}\u0000${code}`;
    const s = this.summary.get(key);
    if (s) s.count++;
    else this.summary.set(key, { column, code, count: 1 });
    if (this.issues.length < KEEP) {
      this.issues.push({ row, column, value: value === null || value === undefined ? null : clip(String(value)), problem, code });
    }
  }

  isInvalid(row: number): boolean {
    return this.invalid.has(row);
  }

  get invalidRows(): number {
    return this.invalid.size;
  }

  add(entry: DiffEntry): void {
    this.counts.added++;
    if (this.added.length < KEEP) this.added.push(entry);
  }

  change(entry: DiffEntry): void {
    this.counts.changed++;
    if (this.changed.length < KEEP) this.changed.push(entry);
  }

  remove(entry: DiffEntry): void {
    this.counts.removed++;
    if (this.removed.length < KEEP) this.removed.push(entry);
  }

  errorSummary(): { column: string | null; code: IssueCode; count: number }[] {
    return [...this.summary.values()].sort((a, b) => b.count - a.count);
  }

  /** Issues in file order (later passes, such as reference checks, append out of order). */
  sortedIssues(): ImportIssue[] {
    return [...this.issues].sort((a, b) => a.row - b.row);
  }
}

const clip = (s: string): string => (s.length > 200 ? `${s.slice(0, 200)}…` : s);

export type Scalar = string | number | boolean | null;

/** Display form of a stored value in a diff. */
export const shown = (v: unknown): Scalar => (v === undefined ? null : (v as Scalar));
