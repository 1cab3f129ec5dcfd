// The Overview dashboard's figures, computed in SQL straight from the engagement.
import type { Breakdown, ExposureBand, Overview } from '../../../shared/api-types';
import type { SkillCategory } from '../../../shared/domain/entities';
import type { ReadableDB } from '../types';
import { getMeta, getSettings } from './engagement';
import { ROLE_EXPOSURE_SQL, explainRoleExposure } from './role-exposure';

/** Annual cost of a person: the role's loaded cost per FTE times FTE, else the salary. */
export const COST_SQL = `coalesce(nullif(r.loaded_cost, 0) * e.fte, e.salary)`;
export const COST_FORMULA = 'cost = role loaded cost per FTE x FTE (salary where the role has no loaded cost)';

/** Role exposure: a value set by hand, else the engagement's exposure index, else the role's tasks (role-exposure.ts). */
export { ROLE_EXPOSURE_SQL } from './role-exposure';

const bands = [0, 0.2, 0.4, 0.6, 0.8, 1.0001];

export function currentRequirementsCte(): string {
  // The requirements in force on the as-of date: undated ones and those already effective.
  return `current_req AS (
    SELECT DISTINCT role_id, skill_id FROM role_requirements
    WHERE effective_date IS NULL OR effective_date <= @asOf)`;
}

/** Groups smaller than the privacy minimum are folded into one "other" row. */
function foldSmall(rows: Breakdown[], min: number, hide: boolean): Breakdown[] {
  if (!hide) return rows;
  const kept = rows.filter((r) => r.headcount >= min);
  const small = rows.filter((r) => r.headcount < min);
  if (small.length === 0) return kept;
  const other = small.reduce(
    (a, r) => ({ ...a, headcount: a.headcount + r.headcount, fte: a.fte + r.fte, cost: a.cost + r.cost }),
    { key: 'other', label: `Other (${small.length} groups under ${min} people)`, headcount: 0, fte: 0, cost: 0 },
  );
  return [...kept, other];
}

export function overview(db: ReadableDB): Overview {
  const meta = getMeta(db);
  const settings = getSettings(db);
  const asOf = { asOf: meta.asOfDate };

  const totals = db
    .prepare(
      `SELECT count(*) AS headcount, coalesce(sum(e.fte), 0) AS fte, coalesce(sum(${COST_SQL}), 0) AS cost
       FROM employees e LEFT JOIN roles r ON r.id = e.role_id`,
    )
    .get() as { headcount: number; fte: number; cost: number };

  const breakdown = (table: string, column: string): Breakdown[] =>
    db
      .prepare(
        `SELECT coalesce(g.id, 0) AS key, coalesce(g.name, '(none)') AS label, count(*) AS headcount,
                sum(e.fte) AS fte, sum(${COST_SQL}) AS cost
         FROM employees e LEFT JOIN roles r ON r.id = e.role_id LEFT JOIN ${table} g ON g.id = e.${column}
         GROUP BY g.id ORDER BY headcount DESC`,
      )
      .all()
      .map((r) => ({ ...(r as Breakdown), key: String((r as Breakdown).key) }));

  const assessment = db
    .prepare(
      `WITH ${currentRequirementsCte()}
       SELECT count(*) AS required, count(p.level) AS assessed
       FROM employees e JOIN current_req q ON q.role_id = e.role_id
       LEFT JOIN proficiencies p ON p.employee_id = e.id AND p.skill_id = q.skill_id`,
    )
    .get(asOf) as { required: number; assessed: number };

  const skillsByCategory = db
    .prepare('SELECT category, count(*) AS skills FROM skills GROUP BY category ORDER BY category')
    .all() as { category: SkillCategory; skills: number }[];

  const exposures = db
    .prepare(
      `SELECT x.exposure AS exposure, (SELECT count(*) FROM employees e WHERE e.role_id = x.role_id) AS headcount
       FROM (${ROLE_EXPOSURE_SQL}) x WHERE x.exposure IS NOT NULL`,
    )
    .all() as { exposure: number; headcount: number }[];
  const exposureBands: ExposureBand[] = bands.slice(0, -1).map((from, i) => {
    const to = bands[i + 1];
    const inBand = exposures.filter((x) => x.exposure >= from && x.exposure < to);
    return {
      band: `${Math.round(from * 100)}-${Math.round(Math.min(to, 1) * 100)}%`,
      from,
      to: Math.min(to, 1),
      roles: inBand.length,
      headcount: inBand.reduce((s, x) => s + x.headcount, 0),
    };
  });

  const plannedLocations = db
    .prepare('SELECT name, launch_date AS launchDate FROM locations WHERE planned = 1 ORDER BY launch_date')
    .all() as { name: string; launchDate: string | null }[];

  const { minGroupSize, pseudonymise } = settings.privacy;
  return {
    asOfDate: meta.asOfDate,
    currency: meta.currency,
    locale: meta.locale,
    headcount: totals.headcount,
    fte: totals.fte,
    annualCost: totals.cost,
    costFormula: COST_FORMULA,
    byUnit: foldSmall(breakdown('org_units', 'org_unit_id'), minGroupSize, pseudonymise),
    byLocation: foldSmall(breakdown('locations', 'location_id'), minGroupSize, pseudonymise),
    assessment: {
      ...assessment,
      share: assessment.required === 0 ? 0 : assessment.assessed / assessment.required,
    },
    skillsByCategory,
    exposureBands,
    exposureSource: explainRoleExposure(db),
    plannedLocations,
    privacy: { pseudonymise, minGroupSize },
  };
}
