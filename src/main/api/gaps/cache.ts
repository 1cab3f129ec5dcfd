// The gap model and its analyses, cached per open engagement (per SQLite connection).
//
// Why: loading 100,000 people into the engine's model takes ~1.4 s and one analysis ~100 ms,
// while a screen asks for a heatmap, KPIs and a drill-down within a second. So the model is
// loaded once and analyses are kept per (date, filter), until the data changes.
//
// Invalidation, without any coupling to the modules that write: on every call we read the
// engagement's data stamp (db/data-stamp.ts, two counters SQLite keeps, microseconds to read).
// When it differs from the stamp the cache was built under, everything is dropped and the next
// call reloads. Settings (hours per level, learning hours, privacy) are rows too, so a settings
// change invalidates like any edit.
//
// Memory: an analysis of 100,000 people x 25 requirements holds ~30 MB of typed arrays, so at
// most MAX_ANALYSES are kept (least recently used dropped first); derived results (roll-ups,
// heatmaps, upskill ranking, role adjacency ...) are memoised the same way under MAX_MEMOS. They
// are shared between calls: handlers return them as they are and nothing may modify them.
import { analyzeGaps, type GapAnalysis, type GapFilter, type GapModel } from '../../engine/gaps';
import { loadGapModel } from '../../db/repos/gap-inputs';
import { getMeta, getSettings } from '../../db/repos/engagement';
import { dataStamp } from '../../db/data-stamp';
import type { ReadableDB } from '../../db/types';
import type { EngagementMeta, EngagementSettings } from '../../../shared/domain/settings';
import type { EventSink } from '../../../shared/events';

const MAX_ANALYSES = 6;
const MAX_MEMOS = 64;
/** Engagements at least this big report the first load as a progress task (it takes ~0.15 s per 10,000 people). */
export const PROGRESS_MIN_EMPLOYEES = 10_000;

export interface GapState {
  readonly db: ReadableDB;
  readonly model: GapModel;
  readonly meta: EngagementMeta & { createdAt: string };
  readonly settings: EngagementSettings;
  /** The analysis as of `asOf` with `filter` (dense indices), computed once per data version. */
  analysis(asOf: string, filter?: GapFilter): GapAnalysis;
  /** A derived result kept alongside the analyses, under a key that names everything it depends on. */
  memo<T>(key: string, compute: () => T): T;
}

interface Entry {
  version: string;
  state: GapState;
}

interface Holder {
  entry: Entry | null;
  loading: { version: string; promise: Promise<Entry> } | null;
}

const holders = new WeakMap<ReadableDB, Holder>();

function holderOf(db: ReadableDB): Holder {
  let h = holders.get(db);
  if (!h) {
    h = { entry: null, loading: null };
    holders.set(db, h);
  }
  return h;
}

/** Keeps the last `max` keys used; `get` refreshes a key's place. */
class Lru<V> {
  private readonly items = new Map<string, V>();
  constructor(private readonly max: number) {}
  getOrCompute(key: string, compute: () => V): V {
    const hit = this.items.get(key);
    if (hit !== undefined || this.items.has(key)) {
      this.items.delete(key);
      this.items.set(key, hit as V);
      return hit as V;
    }
    const value = compute();
    this.items.set(key, value);
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value as string);
    return value;
  }
}

/** A canonical text for a filter, so equal filters share one cached analysis. */
export function filterKey(f: GapFilter = {}): string {
  const sorted = (xs?: (number | string)[]) => (xs && xs.length ? [...xs].sort() : undefined);
  return JSON.stringify({
    u: sorted(f.orgUnits),
    l: sorted(f.locations),
    c: sorted(f.categories),
    lens: f.lens,
    m: f.managersOnly || undefined,
  });
}

function build(db: ReadableDB, version: string): Entry {
  const model = loadGapModel(db);
  const { createdAt, ...rest } = getMeta(db);
  const settings = getSettings(db);
  const analyses = new Lru<GapAnalysis>(MAX_ANALYSES);
  const memos = new Lru<unknown>(MAX_MEMOS);
  const state: GapState = {
    db,
    model,
    meta: { ...rest, createdAt },
    settings,
    analysis: (asOf, filter = {}) => analyses.getOrCompute(`${asOf}|${filterKey(filter)}`, () => analyzeGaps(model, { asOf, filter })),
    memo: <T>(key: string, compute: () => T) => memos.getOrCompute(key, compute) as T,
  };
  return { version, state };
}

/**
 * The cached state, reloaded when the data changed. Synchronous: for the command line, which
 * opens a file, answers and exits, and for callers that already awaited `gapState` once.
 */
export function gapStateSync(db: ReadableDB): GapState {
  const h = holderOf(db);
  const version = dataStamp(db);
  if (h.entry?.version === version) return h.entry.state;
  h.entry = build(db, version);
  return h.entry.state;
}

/**
 * The cached state for an API call. A cold load of a big engagement is announced as a progress
 * task first and the event loop is given one turn, so the renderer shows what it is waiting for
 * before the (synchronous, single read transaction) load blocks. Concurrent calls share one load.
 */
export async function gapState(db: ReadableDB, emit?: EventSink): Promise<GapState> {
  const h = holderOf(db);
  const version = dataStamp(db);
  if (h.entry?.version === version) return h.entry.state;
  if (h.loading?.version === version) return (await h.loading.promise).state;
  const promise = (async () => {
    const people = (db.prepare('SELECT count(*) FROM employees').pluck().get() as number) ?? 0;
    const report = emit !== undefined && people >= PROGRESS_MIN_EMPLOYEES;
    const taskId = `gaps:load:${version}`;
    const label = `Loading the gap analysis (${people.toLocaleString('en')} people)`;
    if (report) {
      emit('progress', { taskId, label, done: 0, total: people });
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    try {
      // Read the version again: a write may have landed during the turn given away above.
      const entry = build(db, dataStamp(db));
      h.entry = entry;
      return entry;
    } finally {
      if (report) emit('progress', { taskId, label, done: people, total: people, finished: true });
      h.loading = null;
    }
  })();
  h.loading = { version, promise };
  return (await promise).state;
}

/** Whether the cache for `db` is current (tests and the bench look at this; handlers never need to). */
export function isCached(db: ReadableDB): boolean {
  const h = holders.get(db);
  return h?.entry !== null && h?.entry !== undefined && h.entry.version === dataStamp(db);
}
