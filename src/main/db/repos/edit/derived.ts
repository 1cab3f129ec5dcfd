// Figures about many rows at once that both the tables (sorting, issue filters) and the
// data-quality panel use: proficiency counts per person and per skill, salary outliers per
// role, reporting loops and required-but-unassessed skills. Each is computed in one pass and
// cached until a table it depends on changes (change-token.ts).
import type { ReadableDB } from '../../types';
import { getMeta } from '../engagement';
import { cached } from './change-token';

/** Number of assessed skills per person (sorting People by "Assessed skills"). */
export function assessedCounts(db: ReadableDB): Map<number, number> {
  return cached(db, 'assessed-counts', ['proficiencies', 'employees:#'], () => {
    const rows = db.prepare('SELECT employee_id, count(*) FROM proficiencies GROUP BY employee_id').raw().all() as [number, number][];
    return new Map(rows);
  });
}

export interface SkillStat {
  assessed: number;
  mean: number | null;
  requiredByRoles: number;
}

/** Per skill: people assessed, mean level, roles requiring it. One scan of the proficiencies. */
export function skillStats(db: ReadableDB): Map<number, SkillStat> {
  const assessed = cached(db, 'skill-proficiency-stats', ['proficiencies', 'skills:#'], () => {
    const n = new Map<number, { count: number; sum: number }>();
    for (const [skill, level] of db.prepare('SELECT skill_id, level FROM proficiencies').raw().iterate() as Iterable<[number, number]>) {
      const s = n.get(skill);
      if (s) {
        s.count++;
        s.sum += level;
      } else n.set(skill, { count: 1, sum: level });
    }
    return n;
  });
  const required = cached(db, 'skill-required-by', ['role_requirements', 'skills:#'], () =>
    new Map(db.prepare('SELECT skill_id, count(DISTINCT role_id) FROM role_requirements GROUP BY skill_id').raw().all() as [number, number][]),
  );
  const ids = db.prepare('SELECT id FROM skills').pluck().all() as number[];
  return new Map(
    ids.map((id) => {
      const a = assessed.get(id);
      return [id, { assessed: a?.count ?? 0, mean: a ? a.sum / a.count : null, requiredByRoles: required.get(id) ?? 0 }];
    }),
  );
}

export const SALARY_RULE = {
  minPeople: 5,
  threshold: 3.5,
  /** The spread never counts as smaller than this share of the median (roles paying everyone alike). */
  minSpread: 0.05,
};

export interface SalaryOutliers {
  ids: number[];
  rolesChecked: number;
}

const median = (xs: Float64Array): number => {
  const s = Float64Array.from(xs).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Salary per FTE (a part-timer's salary is pro rata) far from the median of the same role:
 * robust z = |x - median| / max(1.4826 x MAD, 5% of the median) above 3.5, in roles with at
 * least 5 people. Median and MAD, unlike mean and standard deviation, are not dragged by the
 * very outliers they are meant to find.
 */
export function salaryOutliers(db: ReadableDB): SalaryOutliers {
  return cached(db, 'salary-outliers', ['employees:salary', 'employees:fte', 'employees:role_id'], () => {
    const rows = db.prepare('SELECT role_id, id, salary / fte FROM employees WHERE role_id IS NOT NULL ORDER BY role_id').raw().all() as [number, number, number][];
    const ids: number[] = [];
    let rolesChecked = 0;
    for (let start = 0; start < rows.length; ) {
      let end = start;
      while (end < rows.length && rows[end][0] === rows[start][0]) end++;
      if (end - start >= SALARY_RULE.minPeople) {
        rolesChecked++;
        const xs = Float64Array.from(rows.slice(start, end), (r) => r[2]);
        const m = median(xs);
        const mad = median(xs.map((x) => Math.abs(x - m)));
        const scale = Math.max(1.4826 * mad, SALARY_RULE.minSpread * m);
        if (scale > 0) for (let i = start; i < end; i++) if (Math.abs(rows[i][2] - m) / scale > SALARY_RULE.threshold) ids.push(rows[i][1]);
      }
      start = end;
    }
    return { ids: ids.sort((a, b) => a - b), rolesChecked };
  });
}

/** People on a reporting loop (A manages B manages A, or their own manager). */
export function managerLoopIds(db: ReadableDB): number[] {
  return cached(db, 'manager-loops', ['employees:manager_id'], () => {
    const manager = new Map(db.prepare('SELECT id, manager_id FROM employees WHERE manager_id IS NOT NULL').raw().all() as [number, number][]);
    return loopMembers(manager);
  });
}

/** Members of cycles in a graph where each node points to at most one parent. */
export function loopMembers(parentOf: Map<number, number>): number[] {
  const state = new Map<number, 1 | 2>(); // 1: on the current walk, 2: done
  const onLoop: number[] = [];
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    const path: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 1);
      path.push(at);
      at = parentOf.get(at);
    }
    if (at !== undefined && state.get(at) === 1) onLoop.push(...path.slice(path.indexOf(at)));
    path.forEach((p) => state.set(p, 2));
  }
  return onLoop.sort((a, b) => a - b);
}

export interface Coverage {
  required: number;
  notAssessed: number;
  byUnit: { orgUnitId: number | null; unit: string; required: number; notAssessed: number }[];
  /** People with at least one current requirement of their role not assessed. */
  peopleIds: number[];
}

/** Required proficiencies (person x current requirement of their role) with no assessment. */
export function coverage(db: ReadableDB): Coverage {
  return cached(db, 'assessment-coverage', ['employees:role_id', 'employees:org_unit_id', 'proficiencies', 'role_requirements', 'org_units', 'engagement'], () => {
    const { asOfDate } = getMeta(db);
    const perPerson = db
      .prepare(
        `WITH req AS (SELECT DISTINCT role_id, skill_id FROM role_requirements WHERE effective_date IS NULL OR effective_date <= ?)
         SELECT e.id, e.org_unit_id, count(*) AS required, count(*) - count(p.level) AS missing
         FROM employees e JOIN req q ON q.role_id = e.role_id
         LEFT JOIN proficiencies p ON p.employee_id = e.id AND p.skill_id = q.skill_id
         GROUP BY e.id`,
      )
      .raw()
      .all(asOfDate) as [number, number | null, number, number][];
    const units = new Map(db.prepare('SELECT id, name FROM org_units').raw().all() as [number, string][]);
    const byUnit = new Map<number | null, { required: number; notAssessed: number }>();
    const peopleIds: number[] = [];
    let required = 0;
    let notAssessed = 0;
    for (const [id, unit, req, missing] of perPerson) {
      required += req;
      notAssessed += missing;
      if (missing > 0) peopleIds.push(id);
      const u = byUnit.get(unit) ?? { required: 0, notAssessed: 0 };
      u.required += req;
      u.notAssessed += missing;
      byUnit.set(unit, u);
    }
    return {
      required,
      notAssessed,
      peopleIds: peopleIds.sort((a, b) => a - b),
      byUnit: [...byUnit].map(([orgUnitId, u]) => ({ orgUnitId, unit: orgUnitId === null ? '(no unit)' : (units.get(orgUnitId) ?? `unit ${orgUnitId}`), ...u })),
    };
  });
}
