// Scenario JSON: a self-describing export of one version that another engagement can import
// (schema in the README, section "Scenario JSON"). The body keeps the source engagement's ids
// exactly as ScenarioBody has them; `references` describes every record those ids name by keys
// that survive a move between engagements (client id, then title or name), with the source id
// as a hint. Import resolves each reference in the target engagement, refuses the file naming
// every reference it cannot resolve, rewrites the ids, and saves the result as a new scenario.
import { z } from 'zod';
import { ScenarioBody } from '../../shared/domain/scenario';
import { AppError } from '../../shared/result';
import { scenarioKinds, type ResolvedReference, type ScenarioExport, type ScenarioImportResult } from '../../shared/scenario-types';
import { getMeta } from '../db/repos/engagement';
import type { ReadableDB, WritableDB } from '../db/types';
import { collectRefs, mapRefs, NOUN_OF, type RefKind } from './refs';
import { createScenario, getVersionBody, scenarioSummary } from './repository';

export const SCENARIO_FORMAT = 'skillshift-scenario';
export const SCENARIO_FORMAT_VERSION = 1;

const Id = z.number().int().positive();
const Key = z.string().min(1).max(500);
const Refs = {
  role: z.object({ id: Id, clientId: Key.nullable(), title: Key, family: Key.optional() }).strict(),
  orgUnit: z.object({ id: Id, clientId: Key.nullable(), name: Key }).strict(),
  location: z.object({ id: Id, clientId: Key.nullable(), name: Key }).strict(),
  skill: z.object({ id: Id, name: Key, category: Key.optional() }).strict(),
  objective: z.object({ id: Id, name: Key }).strict(),
  task: z.object({ id: Id, roleId: Id, name: Key }).strict(),
};
const LIST_OF: Record<RefKind, keyof z.infer<typeof References>> = {
  role: 'roles',
  orgUnit: 'orgUnits',
  location: 'locations',
  skill: 'skills',
  objective: 'objectives',
  task: 'tasks',
};
const References = z
  .object({
    roles: z.array(Refs.role).default([]),
    orgUnits: z.array(Refs.orgUnit).default([]),
    locations: z.array(Refs.location).default([]),
    skills: z.array(Refs.skill).default([]),
    objectives: z.array(Refs.objective).default([]),
    tasks: z.array(Refs.task).default([]),
  })
  .strict();

export const ScenarioExportDoc = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION),
    exportedAt: z.string().max(40),
    source: z.object({ engagement: z.string().max(200), asOfDate: z.string().max(10), scenarioId: Id, version: Id }).strict(),
    scenario: z.object({ name: z.string().trim().min(1).max(120), kind: z.enum(scenarioKinds), description: z.string().max(2000), note: z.string().max(500) }).strict(),
    references: References,
    body: ScenarioBody,
  })
  .strict();
export type ScenarioExportDoc = z.infer<typeof ScenarioExportDoc>;
type AnyRef = { id: number; clientId?: string | null; title?: string; name?: string; family?: string; roleId?: number };

function describe(db: ReadableDB, kind: RefKind, id: number): AnyRef {
  const q = <T>(sql: string) => db.prepare(sql).get(id) as T | undefined;
  const row =
    kind === 'role'
      ? q<AnyRef>('SELECT id, client_id AS clientId, title, family FROM roles WHERE id = ?')
      : kind === 'orgUnit'
        ? q<AnyRef>('SELECT id, client_id AS clientId, name FROM org_units WHERE id = ?')
        : kind === 'location'
          ? q<AnyRef>('SELECT id, client_id AS clientId, name FROM locations WHERE id = ?')
          : kind === 'skill'
            ? q<AnyRef>('SELECT id, name, category FROM skills WHERE id = ?')
            : kind === 'objective'
              ? q<AnyRef>('SELECT id, name FROM objectives WHERE id = ?')
              : q<AnyRef>('SELECT id, role_id AS roleId, name FROM tasks WHERE id = ?');
  if (!row) throw new AppError('bad-file', `The scenario names ${NOUN_OF[kind]} ${id}, which this engagement no longer has; fix the scenario before exporting it.`);
  return row;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'scenario';

export function exportScenario(db: ReadableDB, id: number, version?: number): ScenarioExport & { doc: ScenarioExportDoc } {
  const v = getVersionBody(db, id, version);
  const summary = scenarioSummary(db, id);
  const meta = getMeta(db);
  const used = collectRefs(v.body);
  // A task names its role: describe that role too, so the task resolves by its role's key.
  const taskRoles = used.filter((r) => r.kind === 'task').map((r) => describe(db, 'task', r.id).roleId!);
  const ids: Record<RefKind, Set<number>> = { role: new Set(taskRoles), orgUnit: new Set(), location: new Set(), skill: new Set(), objective: new Set(), task: new Set() };
  for (const r of used) ids[r.kind].add(r.id);
  const references = Object.fromEntries(
    (Object.keys(LIST_OF) as RefKind[]).map((k) => [LIST_OF[k], [...ids[k]].sort((a, b) => a - b).map((i) => describe(db, k, i))]),
  );
  const doc = ScenarioExportDoc.parse({
    format: SCENARIO_FORMAT,
    formatVersion: SCENARIO_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    source: { engagement: meta.name, asOfDate: meta.asOfDate, scenarioId: id, version: v.version },
    scenario: { name: summary.name, kind: summary.kind === 'baseline' ? 'custom' : summary.kind, description: summary.description, note: v.note },
    references,
    body: v.body,
  });
  return { fileName: `${slug(summary.name)}-v${v.version}.scenario.json`, json: `${JSON.stringify(doc, null, 2)}\n`, doc };
}

/** Reads and checks a file's text as a scenario export, with messages naming what is wrong. */
export function parseExport(text: string): ScenarioExportDoc {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError('validation', `The scenario file is not valid JSON: ${(e as Error).message}`);
  }
  const head = json as { format?: unknown; formatVersion?: unknown };
  if (typeof json !== 'object' || json === null || head.format !== SCENARIO_FORMAT) {
    throw new AppError('validation', `This is not a Skillshift scenario file: expected "format": "${SCENARIO_FORMAT}".`);
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > SCENARIO_FORMAT_VERSION) {
    throw new AppError('validation', `The scenario file uses format version ${head.formatVersion}, newer than this Skillshift reads (${SCENARIO_FORMAT_VERSION}); update Skillshift.`);
  }
  const parsed = ScenarioExportDoc.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AppError(
      'validation',
      `The scenario file is invalid at ${i.path.join('.') || '(top level)'}: ${i.message}`,
      parsed.error.issues.map((x) => ({ path: x.path.join('.'), message: x.message })),
    );
  }
  return parsed.data;
}

interface Resolution {
  id?: number;
  by?: ResolvedReference['by'];
  problem?: string;
}

/** One row among candidates, by the source id hint when the key alone is ambiguous. */
function pick(rows: { id: number }[], hint: number, by: ResolvedReference['by'], what: string): Resolution {
  if (rows.length === 1) return { id: rows[0].id, by };
  if (rows.length === 0) return { problem: 'not found' };
  const same = rows.find((r) => r.id === hint);
  return same ? { id: same.id, by: 'id' } : { problem: `ambiguous: ${rows.length} ${what} match; give them client ids` };
}

function resolveOne(db: ReadableDB, kind: RefKind, r: AnyRef, roleMap: Map<number, number>): Resolution {
  const all = (sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as { id: number; family?: string }[];
  const byClient = (table: string): Resolution | null => {
    if (!r.clientId) return null;
    const rows = all(`SELECT id FROM ${table} WHERE client_id = ?`, r.clientId);
    return rows.length === 1 ? { id: rows[0].id, by: 'clientId' } : null;
  };
  switch (kind) {
    case 'role': {
      const c = byClient('roles');
      if (c) return c;
      let rows = all('SELECT id, family FROM roles WHERE lower(trim(title)) = lower(trim(?))', r.title);
      if (rows.length > 1 && r.family) rows = rows.filter((x) => x.family === r.family).length > 0 ? rows.filter((x) => x.family === r.family) : rows;
      return pick(rows, r.id, 'title', 'roles with this title');
    }
    case 'orgUnit':
      return byClient('org_units') ?? pick(all('SELECT id FROM org_units WHERE lower(trim(name)) = lower(trim(?))', r.name), r.id, 'name', 'org units with this name');
    case 'location':
      return byClient('locations') ?? pick(all('SELECT id FROM locations WHERE lower(trim(name)) = lower(trim(?))', r.name), r.id, 'name', 'locations');
    case 'skill':
      return pick(all('SELECT id FROM skills WHERE name = trim(?)', r.name), r.id, 'name', 'skills');
    case 'objective':
      return pick(all('SELECT id FROM objectives WHERE lower(trim(name)) = lower(trim(?))', r.name), r.id, 'name', 'objectives');
    case 'task': {
      const role = roleMap.get(r.roleId!);
      if (role === undefined) return { problem: `its role ${r.roleId} is not resolved` };
      return pick(all('SELECT id FROM tasks WHERE role_id = ? AND lower(trim(name)) = lower(trim(?))', role, r.name), r.id, 'name', 'tasks of the role');
    }
  }
}

const keyText = (kind: RefKind, r: AnyRef) =>
  `${NOUN_OF[kind]} "${r.title ?? r.name}"${r.clientId ? ` (client id ${r.clientId}, id ${r.id} in the file)` : ` (id ${r.id} in the file)`}`;

/** Imports a scenario export as a new scenario (named `name`, else as in the file). */
export function importScenario(db: WritableDB, text: string, opts: { name?: string } = {}): ScenarioImportResult {
  const doc = parseExport(text);
  const used = collectRefs(doc.body);
  const listed = new Map<string, AnyRef>();
  for (const k of Object.keys(LIST_OF) as RefKind[]) for (const r of doc.references[LIST_OF[k]] as AnyRef[]) listed.set(`${k}:${r.id}`, r);
  const undescribed = used.filter((u) => !listed.has(`${u.kind}:${u.id}`));
  if (undescribed.length > 0) {
    const u = undescribed[0];
    throw new AppError('validation', `The scenario file is incomplete: its body names ${NOUN_OF[u.kind]} ${u.id} at ${u.paths[0]} but "references" does not describe it.`);
  }
  // Roles first: tasks resolve through their role.
  const order: RefKind[] = ['role', 'orgUnit', 'location', 'skill', 'objective', 'task'];
  const needed = new Map<string, { kind: RefKind; ref: AnyRef; paths: string[] }>();
  for (const u of used) needed.set(`${u.kind}:${u.id}`, { kind: u.kind, ref: listed.get(`${u.kind}:${u.id}`)!, paths: u.paths });
  for (const u of used.filter((x) => x.kind === 'task')) {
    const roleId = listed.get(`task:${u.id}`)!.roleId!;
    if (!needed.has(`role:${roleId}`)) {
      const role = listed.get(`role:${roleId}`);
      if (!role) throw new AppError('validation', `The scenario file is incomplete: task ${u.id} names role ${roleId}, which "references" does not describe.`);
      needed.set(`role:${roleId}`, { kind: 'role', ref: role, paths: [] });
    }
  }
  const map = new Map<string, number>();
  const roleMap = new Map<number, number>();
  const resolved: ResolvedReference[] = [];
  const failures: { kind: RefKind; key: string; sourceId: number; paths: string[]; problem: string }[] = [];
  for (const kind of order) {
    for (const n of [...needed.values()].filter((x) => x.kind === kind)) {
      const res = resolveOne(db, kind, n.ref, roleMap);
      if (res.id === undefined) {
        failures.push({ kind, key: keyText(kind, n.ref), sourceId: n.ref.id, paths: n.paths, problem: res.problem ?? 'not found' });
        continue;
      }
      map.set(`${kind}:${n.ref.id}`, res.id);
      if (kind === 'role') roleMap.set(n.ref.id, res.id);
      resolved.push({ kind, key: String(n.ref.clientId ?? n.ref.title ?? n.ref.name), sourceId: n.ref.id, id: res.id, by: res.by! });
    }
  }
  if (failures.length > 0) {
    const list = failures.map((f) => `${f.key}: ${f.problem}`);
    throw new AppError(
      'validation',
      `Cannot import scenario "${opts.name ?? doc.scenario.name}": ${failures.length === 1 ? 'one reference' : `${failures.length} references`} cannot be resolved in this engagement: ${list.slice(0, 8).join('; ')}${list.length > 8 ? '; ...' : ''}.`,
      failures,
    );
  }
  const body = ScenarioBody.parse(mapRefs(doc.body, (kind, id) => map.get(`${kind}:${id}`)!));
  const meta = getMeta(db);
  const warnings: string[] = [];
  if (doc.source.asOfDate !== meta.asOfDate) {
    warnings.push(`The scenario was made for an engagement as of ${doc.source.asOfDate}; this one is as of ${meta.asOfDate}. Its start date (${body.startDate}) and dated changes are kept as they are.`);
  }
  const document = createScenario(db, {
    name: opts.name ?? doc.scenario.name,
    kind: doc.scenario.kind,
    description: doc.scenario.description,
    body,
    note: `Imported from ${doc.source.engagement} (scenario ${doc.source.scenarioId} version ${doc.source.version})`,
  });
  return { document, references: resolved, warnings };
}
