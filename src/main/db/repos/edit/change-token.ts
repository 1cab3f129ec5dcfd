// Read models that are expensive at 100,000 people (sorted id lists, salary outliers, per-skill
// statistics) are cached per connection and reused until the data they depend on changes.
// "Changed" is detected without triggers: this connection's total_changes() moves with every
// row it writes, and PRAGMA data_version with every commit by another connection (an import
// worker). Edits made through the editing repository also record which tables they touched,
// (and, for updates, which columns), so a cache that does not depend on them survives: editing
// a salary keeps the skills statistics and the list of people ordered by name.
//
// Names in a journal step: "table" (rows added or removed) or "table:column" (a column
// updated). Names a cache depends on: "table" (anything in it), "table:column" (that column,
// or rows added or removed), "table:#" (rows added or removed only), "*" (anything).
import type { ReadableDB } from '../../types';

export type ChangeToken = string;

export function changeToken(db: ReadableDB): ChangeToken {
  const own = (db.prepare('SELECT total_changes()').pluck().get() as number) ?? 0;
  const others = db.pragma('data_version', { simple: true }) as number;
  return `${others}/${own}`;
}

interface JournalEntry {
  from: ChangeToken;
  to: ChangeToken;
  tables: ReadonlySet<string>;
}

const JOURNAL_LENGTH = 500;
const journals = new WeakMap<object, JournalEntry[]>();
const caches = new WeakMap<object, Map<string, { token: ChangeToken; value: unknown }>>();

/** Records that the change from `from` to `to` touched only `tables` (called by the edit repository). */
export function journalEdit(db: ReadableDB, from: ChangeToken, to: ChangeToken, tables: Iterable<string>): void {
  let journal = journals.get(db);
  if (!journal) journals.set(db, (journal = []));
  journal.push({ from, to, tables: new Set(tables) });
  if (journal.length > JOURNAL_LENGTH) journal.splice(0, journal.length - JOURNAL_LENGTH);
}

export function touches(step: string, dependency: string): boolean {
  if (dependency === '*') return true;
  const [stepTable, stepColumn] = step.split(':');
  const [depTable, depColumn] = dependency.split(':');
  if (stepTable !== depTable) return false;
  if (stepColumn === undefined) return true;
  return depColumn === undefined || depColumn === stepColumn;
}

/** True when every change between the two tokens is journalled and none touched `dependsOn`. */
function unaffected(db: ReadableDB, from: ChangeToken, to: ChangeToken, dependsOn: readonly string[]): boolean {
  const journal = journals.get(db) ?? [];
  let at = from;
  for (let guard = 0; at !== to && guard <= journal.length; guard++) {
    const step = journal.find((j) => j.from === at);
    if (!step || dependsOn.some((d) => [...step.tables].some((t) => touches(t, d)))) return false;
    at = step.to;
  }
  return at === to;
}

/** `compute()` once per state of what it depends on (names as above). */
export function cached<T>(db: ReadableDB, key: string, dependsOn: readonly string[], compute: () => T): T {
  let map = caches.get(db);
  if (!map) caches.set(db, (map = new Map()));
  const token = changeToken(db);
  const hit = map.get(key);
  if (hit && (hit.token === token || unaffected(db, hit.token, token, dependsOn))) {
    hit.token = token;
    return hit.value as T;
  }
  const value = compute();
  map.set(key, { token: changeToken(db), value });
  return value;
}
