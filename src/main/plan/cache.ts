// Per open engagement (per connection): the prepared plan inputs per scenario (natural
// projection, cost tables, pruned candidates: ~0.3-1 s for the demo) and the last plans computed,
// so a what-if on budget, seats or min fit re-solves without rebuilding anything, and paging
// through a plan's people does not re-solve at all.
//
// Invalidation, like the gap cache (api/gaps/cache.ts), with no coupling to the writers: any
// write moves the engagement's data stamp (db/data-stamp.ts), which drops everything. Recording an outcome therefore also rebuilds the
// inputs on the next plan: rare, and it keeps the rule simple.
import { dataStamp } from '../db/data-stamp';
import type { ReadableDB } from '../db/types';
import { loadPlanInputs, type PlanInputs } from './inputs';

const MAX_INPUTS = 3;
const MAX_PLANS = 8;

interface Holder {
  version: string;
  inputs: Map<string, PlanInputs>;
  plans: Map<string, unknown>;
}

const holders = new WeakMap<ReadableDB, Holder>();

function holderOf(db: ReadableDB): Holder {
  let h = holders.get(db);
  if (!h) {
    h = { version: '', inputs: new Map(), plans: new Map() };
    holders.set(db, h);
  }
  const v = dataStamp(db);
  if (v !== h.version) {
    h.version = v;
    h.inputs.clear();
    h.plans.clear();
  }
  return h;
}

function remember<V>(map: Map<string, V>, key: string, value: V, max: number): V {
  map.delete(key);
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as string);
  return value;
}

/** Prepared inputs for a scenario (by name, case-insensitive like the scenarios table). */
export function planInputs(db: ReadableDB, scenario: string, top: number): { inputs: PlanInputs; cached: boolean } {
  const h = holderOf(db);
  const key = `${scenario.toLowerCase()}|${top}`;
  const hit = h.inputs.get(key);
  if (hit) return { inputs: remember(h.inputs, key, hit, MAX_INPUTS), cached: true };
  return { inputs: remember(h.inputs, key, loadPlanInputs(db, scenario, top), MAX_INPUTS), cached: false };
}

/** A computed plan under `key` (the full query), or what `compute` makes of it. */
export async function cachedPlan<T>(db: ReadableDB, key: string, compute: () => Promise<T>): Promise<T> {
  const h = holderOf(db);
  const hit = h.plans.get(key) as T | undefined;
  if (hit !== undefined) return remember(h.plans, key, hit, MAX_PLANS) as T;
  const value = await compute();
  // The data may have changed while solving; only keep the plan if it still describes the file.
  if (dataStamp(db) === h.version) remember(h.plans, key, value as unknown, MAX_PLANS);
  return value;
}
