// A role's automation exposure (share 0-1 of its work technology can absorb) and where it comes
// from. Sources, first that has a value wins:
//   1. a value set by hand for the role (role_exposures.source = 'manual');
//   2. the engagement's exposure index: the preferred one (settings key 'exposure'), or when none
//      is set, the first imported in DEFAULT_EXPOSURE_ORDER. Indices are never mixed: they measure
//      different things (share of tasks exposed, probability of computerisation, a percentile);
//   3. the role's tasks: sum(time share x task exposure) / sum(time share).
// Default order, and why: eloundou (share of tasks exposed, closest to "share of task time"),
// microsoft (task-based applicability, a 0-1 score), aioe (relative: a percentile), frey-osborne
// (probability of computerisation, the oldest and coarsest).
import type { ReadableDB } from '../types';

export const EXPOSURE_SETTINGS_KEY = 'exposure';
export const DEFAULT_EXPOSURE_ORDER = ['eloundou', 'microsoft', 'aioe', 'frey-osborne'] as const;

export const TASK_EXPOSURE_SQL = `
  SELECT role_id, sum(time_share * exposure) / nullif(sum(time_share), 0) AS exposure
  FROM tasks GROUP BY role_id`;

/** The index in effect: the preferred one when it has rows, else the first imported by the default order. */
export const EFFECTIVE_SOURCE_SQL = `(SELECT coalesce(
    (SELECT json_extract(s.value, '$.preferredSource') FROM settings s
      WHERE s.key = '${EXPOSURE_SETTINGS_KEY}'
        AND EXISTS (SELECT 1 FROM role_exposures e WHERE e.source = json_extract(s.value, '$.preferredSource'))),
    (SELECT e.source FROM role_exposures e WHERE e.source <> 'manual' GROUP BY e.source
      ORDER BY CASE e.source ${DEFAULT_EXPOSURE_ORDER.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE 99 END
      LIMIT 1)))`;

/** One row per role that has an exposure: role_id, exposure (0-1), exposure_source. */
export const ROLE_EXPOSURE_SQL = `
  SELECT r.id AS role_id,
    coalesce(m.value, p.value, t.exposure) AS exposure,
    CASE WHEN m.value IS NOT NULL THEN 'manual' WHEN p.value IS NOT NULL THEN p.source ELSE 'tasks' END AS exposure_source
  FROM roles r
  LEFT JOIN role_exposures m ON m.role_id = r.id AND m.source = 'manual'
  LEFT JOIN role_exposures p ON p.role_id = r.id AND p.source = ${EFFECTIVE_SOURCE_SQL}
  LEFT JOIN (${TASK_EXPOSURE_SQL}) t ON t.role_id = r.id
  WHERE coalesce(m.value, p.value, t.exposure) IS NOT NULL`;

const labels: Record<string, string> = {
  eloundou: 'Eloundou et al. (2024) GPTs are GPTs',
  'frey-osborne': 'Frey & Osborne (2017) probability of computerisation',
  aioe: 'Felten et al. (2021) AI Occupational Exposure (percentile within the appendix)',
  microsoft: 'Tomlinson et al. (2025) AI applicability score',
  manual: 'a value set by hand',
  tasks: "the role's tasks: sum(task time share x task exposure) / sum(task time share)",
};

/** Words for the "why this number" view: which source serves how many roles. */
export function explainRoleExposure(db: ReadableDB): string {
  const rows = db
    .prepare(
      `SELECT x.exposure_source AS source, count(*) AS roles, max(e.measure) AS measure
       FROM (${ROLE_EXPOSURE_SQL}) x LEFT JOIN role_exposures e ON e.role_id = x.role_id AND e.source = x.exposure_source
       GROUP BY x.exposure_source ORDER BY roles DESC`,
    )
    .all() as { source: string; roles: number; measure: string | null }[];
  const total = (db.prepare('SELECT count(*) AS n FROM roles').get() as { n: number }).n;
  const covered = rows.reduce((s, r) => s + r.roles, 0);
  if (rows.length === 0) return "Role exposure comes from the roles' tasks; no role has tasks or an imported exposure index yet.";
  const parts = rows.map(
    (r) => `${labels[r.source] ?? r.source}${r.measure && r.source !== 'manual' ? ` (${r.measure})` : ''} for ${r.roles} role${r.roles === 1 ? '' : 's'}`,
  );
  const none = total - covered;
  return `Role exposure: ${parts.join('; ')}${none > 0 ? `; ${none} role${none === 1 ? ' has' : 's have'} no exposure` : ''}.`;
}
