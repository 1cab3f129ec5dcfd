// Scenario documents: a scenario is a name, a kind and a description with a list of versions;
// every save appends a version (scenario_versions), so any earlier state can be returned to, and
// restoring an old version appends it again as the newest. Versions are never changed once
// written. The built-in `baseline` is not stored: it cannot be renamed, saved or deleted, and no
// stored scenario may take its name. Every write is audited in its own transaction.
import { ScenarioBody } from '../../shared/domain/scenario';
import { AppError } from '../../shared/result';
import type { ScenarioDocument, ScenarioId, ScenarioSummary, ScenarioVersionInfo, scenarioKinds } from '../../shared/scenario-types';
import { audit } from '../db/repos/audit';
import { inTransaction, nowIso, type ReadableDB, type WritableDB } from '../db/types';
import { scenarioWrite } from './cache';
import { assertRefsExist } from './refs';

export const BASELINE = 'baseline';
export type StoredKind = (typeof scenarioKinds)[number];

interface ScenarioRow {
  id: number;
  name: string;
  kind: StoredKind;
  description: string;
  created_at: string;
}

interface VersionRow {
  version: number;
  created_at: string;
  note: string;
  body: string;
}

function scenarioRow(db: ReadableDB, id: number): ScenarioRow {
  const row = db.prepare('SELECT id, name, kind, description, created_at FROM scenarios WHERE id = ?').get(id) as ScenarioRow | undefined;
  if (!row) throw new AppError('not-found', `There is no scenario ${id} in this engagement.`);
  return row;
}

export function findScenarioByName(db: ReadableDB, name: string): { id: number; name: string } | null {
  return (db.prepare('SELECT id, name FROM scenarios WHERE name = ?').get(name.trim()) as { id: number; name: string } | undefined) ?? null;
}

function parseBody(name: string, version: number, text: string): ScenarioBody {
  const parsed = ScenarioBody.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AppError('bad-file', `Scenario ${name} version ${version} is invalid at ${i.path.join('.')}: ${i.message}`, parsed.error.issues);
  }
  return parsed.data;
}

function versionsOf(db: ReadableDB, id: number): ScenarioVersionInfo[] {
  const rows = db
    .prepare(`SELECT version, created_at, note, json_array_length(body, '$.changes') AS changes FROM scenario_versions WHERE scenario_id = ? ORDER BY version`)
    .all(id) as { version: number; created_at: string; note: string; changes: number | null }[];
  return rows.map((r) => ({ version: r.version, createdAt: r.created_at, note: r.note, changes: r.changes ?? 0 }));
}

function summaryOf(db: ReadableDB, row: ScenarioRow): ScenarioSummary {
  const versions = versionsOf(db, row.id);
  const last = versions[versions.length - 1];
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    builtIn: false,
    createdAt: row.created_at,
    latestVersion: last?.version ?? null,
    updatedAt: last?.createdAt ?? row.created_at,
    versions,
  };
}

export const baselineSummary = (): ScenarioSummary => ({
  id: BASELINE,
  name: BASELINE,
  kind: 'baseline',
  description: "Today's workforce with no changes, over the engagement's horizon (built in).",
  builtIn: true,
  createdAt: null,
  latestVersion: null,
  updatedAt: null,
  versions: [],
});

/** The baseline first, then the stored scenarios by name, each with its versions. */
export function listScenarioDocuments(db: ReadableDB): ScenarioSummary[] {
  const rows = db.prepare('SELECT id, name, kind, description, created_at FROM scenarios ORDER BY name').all() as ScenarioRow[];
  return [baselineSummary(), ...rows.map((r) => summaryOf(db, r))];
}

export function scenarioSummary(db: ReadableDB, id: number): ScenarioSummary {
  return summaryOf(db, scenarioRow(db, id));
}

/** A version's body (the latest when none is given). */
export function getVersionBody(db: ReadableDB, id: number, version?: number): { name: string; kind: StoredKind; version: number; body: ScenarioBody; note: string; createdAt: string } {
  const row = scenarioRow(db, id);
  const v = (
    version === undefined
      ? db.prepare('SELECT version, created_at, note, body FROM scenario_versions WHERE scenario_id = ? ORDER BY version DESC LIMIT 1').get(id)
      : db.prepare('SELECT version, created_at, note, body FROM scenario_versions WHERE scenario_id = ? AND version = ?').get(id, version)
  ) as VersionRow | undefined;
  if (!v) throw new AppError('not-found', version === undefined ? `Scenario ${row.name} has no saved version.` : `Scenario ${row.name} has no version ${version}.`);
  return { name: row.name, kind: row.kind, version: v.version, body: parseBody(row.name, v.version, v.body), note: v.note, createdAt: v.created_at };
}

export function getDocument(db: ReadableDB, id: number, version?: number): ScenarioDocument {
  const v = getVersionBody(db, id, version);
  return { scenario: scenarioSummary(db, id), version: v.version, body: v.body };
}

/** A stored scenario's id; the built-in baseline is refused with what cannot be done to it. */
export function storedId(id: ScenarioId, what: string): number {
  if (id === BASELINE) throw new AppError('validation', `The baseline is built in and cannot be ${what}; clone it to make a scenario you can change.`);
  return id;
}

function checkName(db: ReadableDB, name: string, except?: number): string {
  const n = name.trim();
  if (n.toLowerCase() === BASELINE) throw new AppError('conflict', '"baseline" is the built-in scenario; choose another name.');
  const clash = findScenarioByName(db, n);
  if (clash && clash.id !== except) throw new AppError('conflict', `A scenario named "${clash.name}" already exists; choose another name.`, { scenarioId: clash.id });
  return n;
}

function insertVersion(db: WritableDB, id: number, body: ScenarioBody, note: string): number {
  const next = ((db.prepare('SELECT max(version) AS v FROM scenario_versions WHERE scenario_id = ?').get(id) as { v: number | null }).v ?? 0) + 1;
  db.prepare('INSERT INTO scenario_versions (scenario_id, version, created_at, note, body) VALUES (?, ?, ?, ?, ?)').run(id, next, nowIso(), note, JSON.stringify(body));
  return next;
}

export interface NewScenario {
  name: string;
  kind: StoredKind;
  description: string;
  body: ScenarioBody;
  note: string;
}

/** A new scenario with `body` as version 1. */
export function createScenario(db: WritableDB, s: NewScenario): ScenarioDocument {
  const body = ScenarioBody.parse(s.body);
  const id = scenarioWrite(db, () =>
    inTransaction(db, () => {
      const name = checkName(db, s.name);
      assertRefsExist(db, body);
      const info = db.prepare('INSERT INTO scenarios (name, kind, description, created_at) VALUES (?, ?, ?, ?)').run(name, s.kind, s.description, nowIso());
      const newId = Number(info.lastInsertRowid);
      insertVersion(db, newId, body, s.note);
      audit(db, { action: 'create', entity: 'scenario', entityId: String(newId), summary: `Created scenario ${name} (${s.kind})`, after: { name, kind: s.kind, note: s.note } });
      return newId;
    }),
  );
  return getDocument(db, id);
}

/** Saves `body` as the scenario's newest version. */
export function saveVersion(db: WritableDB, id: number, body: ScenarioBody, note: string, baseVersion?: number): ScenarioDocument {
  const parsed = ScenarioBody.parse(body);
  const version = scenarioWrite(db, () =>
    inTransaction(db, () => {
      const row = scenarioRow(db, id);
      const latest = (db.prepare('SELECT max(version) AS v FROM scenario_versions WHERE scenario_id = ?').get(id) as { v: number | null }).v;
      if (baseVersion !== undefined && latest !== null && latest !== baseVersion) {
        throw new AppError('conflict', `Scenario ${row.name} was saved as version ${latest} after version ${baseVersion} was opened; reload it before saving.`, { latestVersion: latest });
      }
      assertRefsExist(db, parsed);
      const v = insertVersion(db, id, parsed, note);
      audit(db, { action: 'update', entity: 'scenario', entityId: String(id), summary: `Saved scenario ${row.name} version ${v}${note ? `: ${note}` : ''}`, after: { version: v, note } });
      return v;
    }),
  );
  return getDocument(db, id, version);
}

export function renameScenario(db: WritableDB, id: number, name: string, description?: string): ScenarioSummary {
  scenarioWrite(db, () =>
    inTransaction(db, () => {
      const row = scenarioRow(db, id);
      const next = checkName(db, name, id);
      db.prepare('UPDATE scenarios SET name = ?, description = ? WHERE id = ?').run(next, description ?? row.description, id);
      audit(db, {
        action: 'update',
        entity: 'scenario',
        entityId: String(id),
        summary: next === row.name ? `Updated the description of scenario ${next}` : `Renamed scenario ${row.name} to ${next}`,
        before: { name: row.name, description: row.description },
        after: { name: next, description: description ?? row.description },
      });
    }),
  );
  return scenarioSummary(db, id);
}

/** Appends an old version's body as the newest version (the history keeps everything). */
export function restoreVersion(db: WritableDB, id: number, version: number): ScenarioDocument {
  const old = getVersionBody(db, id, version);
  return saveVersion(db, id, old.body, `Restored version ${version}`);
}

/**
 * Deletes a scenario and its versions. Ids can be reused by SQLite after a delete, so this is
 * not a carry-over write: the cache starts afresh rather than risk a stale entry under a reused id.
 */
export function deleteScenario(db: WritableDB, id: number): { id: number; name: string } {
  return inTransaction(db, () => {
    const row = scenarioRow(db, id);
    const versions = versionsOf(db, id).length;
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(id);
    audit(db, { action: 'delete', entity: 'scenario', entityId: String(id), summary: `Deleted scenario ${row.name} and its ${versions} version(s)`, before: { name: row.name, kind: row.kind } });
    return { id, name: row.name };
  });
}

