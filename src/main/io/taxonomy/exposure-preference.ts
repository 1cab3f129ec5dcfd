// The engagement's preferred exposure index: which imported index a role's exposure comes from
// (the order used when none is set, and why, is in db/repos/role-exposure.ts). Stored as its own
// document in the settings table (key 'exposure'), beside the engagement settings, so files
// written before it existed read as "no preference".
import { z } from 'zod';
import { exposureSources, type ExposureOverview, type ExposureSource, type ExposureSourceSummary } from '../../../shared/taxonomy-types';
import { audit } from '../../db/repos/audit';
import { EFFECTIVE_SOURCE_SQL, EXPOSURE_SETTINGS_KEY } from '../../db/repos/role-exposure';
import type { ReadableDB, WritableDB } from '../../db/types';

const Stored = z.object({ preferredSource: z.enum(exposureSources).nullable() });

export const sourceLabels: Record<ExposureSource | 'manual' | 'tasks', string> = {
  eloundou: 'Eloundou et al. (2024) GPTs are GPTs',
  'frey-osborne': 'Frey & Osborne (2017) probability of computerisation',
  aioe: 'Felten et al. (2021) AI Occupational Exposure (percentile)',
  microsoft: 'Tomlinson et al. (2025) Microsoft AI applicability',
  manual: 'a value set by hand for the role',
  tasks: "the role's tasks (time-weighted task exposure)",
};

export function getPreferredSource(db: ReadableDB): ExposureSource | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(EXPOSURE_SETTINGS_KEY) as { value: string } | undefined;
  if (!row) return null;
  const parsed = Stored.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data.preferredSource : null;
}

export function setPreferredExposureSource(db: WritableDB, source: ExposureSource | null): void {
  const before = getPreferredSource(db);
  db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(EXPOSURE_SETTINGS_KEY, JSON.stringify({ preferredSource: source }));
  if (before !== source) {
    audit(db, {
      action: 'update',
      entity: 'settings',
      entityId: EXPOSURE_SETTINGS_KEY,
      summary: source ? `Role exposure now prefers ${sourceLabels[source]}` : 'Role exposure preference cleared',
      before: { preferredSource: before },
      after: { preferredSource: source },
    });
  }
}

export function effectiveSource(db: ReadableDB): ExposureSource | null {
  const row = db.prepare(`SELECT ${EFFECTIVE_SOURCE_SQL} AS source`).get() as { source: ExposureSource | null };
  return row.source;
}

export function exposureOverview(db: ReadableDB): ExposureOverview {
  const sources = db
    .prepare(
      `SELECT source, max(measure) AS measure, count(*) AS roles, max(imported_at) AS importedAt
       FROM role_exposures GROUP BY source ORDER BY source`,
    )
    .all() as ExposureSourceSummary[];
  const preferredSource = getPreferredSource(db);
  const effective = effectiveSource(db);
  const explanation = effective
    ? `Role exposure comes from ${sourceLabels[effective]}${
        preferredSource && preferredSource !== effective ? ` (the preferred ${preferredSource} index has not been imported)` : ''
      }; a value set by hand wins for its role; roles the index does not cover use their tasks.`
    : "No exposure index is imported: role exposure comes from the roles' tasks (and any value set by hand).";
  return { preferredSource, effectiveSource: effective, sources, explanation };
}
