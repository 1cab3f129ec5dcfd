// Saved column mappings (the import_presets table): a consultant maps a client's HRIS export
// once and reuses the mapping for every newer export. A preset stores the mapping and the
// reading options (delimiter, date order, level labels...), never the sheet name.
import {
  ColumnMapping,
  MappingPreset,
  type ImportKind,
  type ImportPresetView,
} from '../../../shared/import-types';
import { AppError } from '../../../shared/result';
import { audit } from '../../db/repos/audit';
import { inTransaction, nowIso, type ReadableDB, type WritableDB } from '../../db/types';

interface PresetRow {
  id: number;
  name: string;
  kind: ImportKind;
  mapping: string;
  created_at: string;
}

const StoredPreset = MappingPreset.pick({ mapping: true, options: true });

function view(r: PresetRow): ImportPresetView {
  const stored = StoredPreset.safeParse(JSON.parse(r.mapping));
  // A preset written by another version may not parse: show it with an empty mapping rather than fail the list.
  const body = stored.success ? stored.data : { mapping: ColumnMapping.parse({ fields: {} }), options: undefined };
  return { id: r.id, name: r.name, kind: r.kind, mapping: body.mapping, options: body.options ?? null, createdAt: r.created_at };
}

export function listPresets(db: ReadableDB, kind?: ImportKind): ImportPresetView[] {
  const rows = (
    kind
      ? db.prepare('SELECT * FROM import_presets WHERE kind = ? ORDER BY name COLLATE NOCASE').all(kind)
      : db.prepare('SELECT * FROM import_presets ORDER BY kind, name COLLATE NOCASE').all()
  ) as PresetRow[];
  return rows.map(view);
}

/** Saves under a name, replacing a preset of the same name (names are unique, ignoring case). */
export function savePreset(db: WritableDB, p: { name: string; kind: ImportKind; mapping: ColumnMapping; options?: MappingPreset['options'] }): ImportPresetView {
  const body = JSON.stringify({ mapping: p.mapping, ...(p.options ? { options: p.options } : {}) });
  return inTransaction(db, () => {
    const existing = db.prepare('SELECT * FROM import_presets WHERE name = ? COLLATE NOCASE').get(p.name) as PresetRow | undefined;
    if (existing) {
      db.prepare('UPDATE import_presets SET name = ?, kind = ?, mapping = ? WHERE id = ?').run(p.name, p.kind, body, existing.id);
      audit(db, { action: 'update', entity: 'import preset', entityId: String(existing.id), summary: `Updated import preset ${p.name}`, before: JSON.parse(existing.mapping), after: JSON.parse(body) });
      return view({ ...existing, name: p.name, kind: p.kind, mapping: body });
    }
    const createdAt = nowIso();
    const id = Number(db.prepare('INSERT INTO import_presets (name, kind, mapping, created_at) VALUES (?, ?, ?, ?)').run(p.name, p.kind, body, createdAt).lastInsertRowid);
    audit(db, { action: 'insert', entity: 'import preset', entityId: String(id), summary: `Saved import preset ${p.name}` });
    return view({ id, name: p.name, kind: p.kind, mapping: body, created_at: createdAt });
  });
}

export function deletePreset(db: WritableDB, id: number): void {
  inTransaction(db, () => {
    const row = db.prepare('SELECT * FROM import_presets WHERE id = ?').get(id) as PresetRow | undefined;
    if (!row) throw new AppError('not-found', `There is no import preset #${id}.`);
    db.prepare('DELETE FROM import_presets WHERE id = ?').run(id);
    audit(db, { action: 'delete', entity: 'import preset', entityId: String(id), summary: `Deleted import preset ${row.name}`, before: JSON.parse(row.mapping) });
  });
}
