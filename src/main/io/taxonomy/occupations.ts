// The occupations reference table (O*NET-SOC, ESCO, ISCO-08), upserted by (system, code) so
// importing the same release twice changes nothing and a newer release updates titles in place.
import type { UpsertCounts } from '../../../shared/taxonomy-types';
import type { WritableDB } from '../../db/types';

export interface OccupationRecord {
  system: 'onet-soc' | 'esco' | 'isco';
  code: string;
  title: string;
  description: string | null;
  iscoGroup: string | null;
  uri: string | null;
}

interface Row {
  title: string;
  description: string | null;
  isco_group: string | null;
  uri: string | null;
}

export function upsertOccupations(db: WritableDB, records: Iterable<OccupationRecord>): UpsertCounts {
  const get = db.prepare('SELECT title, description, isco_group, uri FROM occupations WHERE system = ? AND code = ?');
  const write = db.prepare(
    `INSERT INTO occupations (system, code, title, description, isco_group, uri) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (system, code) DO UPDATE SET title = excluded.title, description = excluded.description,
       isco_group = excluded.isco_group, uri = excluded.uri`,
  );
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const r of records) {
    const current = get.get(r.system, r.code) as Row | undefined;
    if (
      current &&
      current.title === r.title &&
      current.description === r.description &&
      current.isco_group === r.iscoGroup &&
      current.uri === r.uri
    ) {
      counts.unchanged++;
      continue;
    }
    write.run(r.system, r.code, r.title, r.description, r.iscoGroup, r.uri);
    if (current) counts.updated++;
    else counts.created++;
  }
  return counts;
}
