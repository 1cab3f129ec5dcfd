// Derived scenario results are cached per open engagement until any input changes.
//
// "Any input" is anything in the file: people, roles, rates, settings, the scenario versions.
// Rather than track which tables each result read, the cache is keyed on the engagement's data
// stamp (db/data-stamp.ts), which changes on every write, whoever makes it.
//
// Within one stamp, entries are keyed by what they were computed from (scenario id, version,
// run options, Monte Carlo settings...); versions are immutable, so the key is enough. Writes this
// module knows touch only scenario documents (a new version, a rename) carry the cache over to
// the new stamp instead of dropping everything: other scenarios' results do not depend on them.
import { dataStamp } from '../db/data-stamp';
import type { ReadableDB } from '../db/types';

/** Entries kept per engagement; the oldest used goes first (a Monte Carlo summary is the largest). */
const MAX_ENTRIES = 48;

export class ResultCache {
  private stamp = '';
  private readonly entries = new Map<string, unknown>();
  hits = 0;
  misses = 0;

  constructor(private readonly max = MAX_ENTRIES) {}

  /** Forgets every entry when the data changed since they were computed. */
  sync(stamp: string): void {
    if (stamp === this.stamp) return;
    this.entries.clear();
    this.stamp = stamp;
  }

  get<T>(key: string): T | undefined {
    const v = this.entries.get(key);
    if (v === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Re-insert: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, v);
    return v as T;
  }

  set(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** The data state the entries belong to. */
  get currentStamp(): string {
    return this.stamp;
  }

  /** Stores a value computed asynchronously, unless the data changed since it started. */
  setIfStamp(stamp: string, key: string, value: unknown): void {
    if (stamp === this.stamp) this.set(key, value);
  }

  /** `compute` under `key`, or the cached value; the boolean says which. */
  getOrCompute<T>(key: string, compute: () => T): { value: T; cached: boolean } {
    const hit = this.get<T>(key);
    if (hit !== undefined) return { value: hit, cached: true };
    const value = compute();
    this.set(key, value);
    return { value, cached: false };
  }

  /**
   * After a write this module made to scenario documents only: entries computed under `before`
   * stay valid under `after`. Anything else written in between (another stamp) still clears them.
   */
  carryOver(before: string, after: string): void {
    // Another connection's commit in between shows as a different data_version: no carry-over.
    const sameOthers = before.split(':')[0] === after.split(':')[0];
    if (this.stamp === before && sameOthers) this.stamp = after;
  }

  get size(): number {
    return this.entries.size;
  }
}

const caches = new WeakMap<ReadableDB, ResultCache>();

/** The cache of one open engagement (a connection), synced to its current data stamp. */
export function cacheFor(db: ReadableDB): ResultCache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new ResultCache()));
  c.sync(dataStamp(db));
  return c;
}

/** Runs a write that touches only scenario documents and keeps the cache valid across it. */
export function scenarioWrite<T>(db: ReadableDB, write: () => T): T {
  const cache = cacheFor(db);
  const before = dataStamp(db);
  const result = write();
  cache.carryOver(before, dataStamp(db));
  return result;
}
