// The data-quality panel: checks a consultant runs before trusting any gap figure. Each finding
// states its rule, counts the rows it found and names the table filter that lists them.
import type { DataQualityReport, Finding } from '../../../shared/data-quality-types';
import type { ReadableDB } from '../types';
import { cached } from './edit/change-token';
import { SALARY_RULE, coverage, loopMembers, managerLoopIds, salaryOutliers } from './edit/derived';
import { DANGLING_PERSON_SQL, FTE_OUTLIER_SQL, UNIT_MISMATCH_SQL } from './edit/list-people';
import { ROLE_WITHOUT_PEOPLE_SQL, ROLE_WITHOUT_REQUIREMENTS_SQL } from './edit/list-roles';
import { UNUSED_SKILL_SQL } from './edit/list-skills';
import { getMeta, getSettings } from './engagement';

const count = (db: ReadableDB, sql: string, params: object = {}): number => db.prepare(sql).pluck().get(params) as number;

function peopleExamples(db: ReadableDB, where: string, params: object = {}): string[] {
  const pseudo = getSettings(db).privacy.pseudonymise;
  return db.prepare(`SELECT ${pseudo ? 'e.ref' : 'coalesce(e.name, e.ref)'} FROM employees e WHERE ${where} ORDER BY e.ref LIMIT 5`).pluck().all(params) as string[];
}

/** Foreign-key violations per table: rows pointing at records that do not exist. */
function danglingByTable(db: ReadableDB): Map<string, number> {
  return cached(db, 'foreign-key-check', ['*'], () => {
    const out = new Map<string, number>();
    for (const v of db.pragma('foreign_key_check') as { table: string }[]) out.set(v.table, (out.get(v.table) ?? 0) + 1);
    return out;
  });
}

/** Org units whose chain of parents comes back to itself. */
function unitLoops(db: ReadableDB): string[] {
  const units = db.prepare('SELECT id, parent_id, name FROM org_units').raw().all() as [number, number | null, string][];
  const parentOf = new Map(units.filter((u) => u[1] !== null).map((u) => [u[0], u[1] as number]));
  const names = new Map(units.map((u) => [u[0], u[2]]));
  return loopMembers(parentOf).map((id) => names.get(id) ?? `unit ${id}`);
}

function orphanFindings(db: ReadableDB): Finding[] {
  const dangling = danglingByTable(db);
  const danglingTotal = [...dangling.values()].reduce((a, b) => a + b, 0);
  const loops = managerLoopIds(db);
  const unitLoop = unitLoops(db);
  return [
    {
      id: 'dangling-references',
      group: 'orphans',
      title: 'Rows referring to records that do not exist',
      rule: 'Every reference (a person’s role, unit, location or manager; a requirement’s role and skill; a proficiency’s person and skill …) must point to an existing record. These rows came in while the database did not enforce it.',
      count: danglingTotal,
      severity: 'error',
      target: dangling.has('employees') ? { table: 'people', filters: { issue: 'dangling-reference' } } : null,
      examples: [...dangling].map(([t, n]) => `${t}: ${n}`),
    },
    {
      id: 'manager-loops',
      group: 'orphans',
      title: 'People in a reporting loop',
      rule: 'Following each person’s manager upwards must end at someone without a manager. These people are their own manager, directly or through others.',
      count: loops.length,
      severity: 'error',
      target: { table: 'people', filters: { issue: 'manager-loop' } },
      examples: [],
    },
    {
      id: 'unit-loops',
      group: 'orphans',
      title: 'Org units whose parent chain loops',
      rule: 'Following each org unit’s parent upwards must end at a top-level unit. These units are their own ancestor.',
      count: unitLoop.length,
      severity: 'error',
      target: null,
      examples: unitLoop.slice(0, 5),
    },
    {
      id: 'unit-mismatch',
      group: 'orphans',
      title: 'People in a different unit from their role',
      rule: 'A person’s org unit should be the org unit their role belongs to (when both are set); a difference usually means a move recorded on one side only.',
      count: count(db, `SELECT count(*) FROM employees e WHERE ${UNIT_MISMATCH_SQL}`),
      severity: 'warning',
      target: { table: 'people', filters: { issue: 'unit-mismatch' } },
      examples: peopleExamples(db, UNIT_MISMATCH_SQL),
    },
  ];
}

function peopleFindings(db: ReadableDB): Finding[] {
  const missing = (issue: 'no-role' | 'no-unit' | 'no-location', column: string, what: string, severity: Finding['severity']): Finding => ({
    id: `people-${issue}`,
    group: 'people',
    title: `People without ${what}`,
    rule: `Every person should have ${what}; without one they drop out of ${issue === 'no-role' ? 'gap analysis, demand and cost by role' : `roll-ups by ${what.replace(/^an? /, '')}`}.`,
    count: count(db, `SELECT count(*) FROM employees WHERE ${column} IS NULL`),
    severity,
    target: { table: 'people', filters: { issue } },
    examples: peopleExamples(db, `e.${column} IS NULL`),
  });
  return [missing('no-role', 'role_id', 'a role', 'warning'), missing('no-unit', 'org_unit_id', 'an org unit', 'info'), missing('no-location', 'location_id', 'a location', 'info')];
}

function roleAndCatalogueFindings(db: ReadableDB, asOf: string): Finding[] {
  return [
    {
      id: 'roles-no-requirements',
      group: 'roles',
      title: 'Roles without current requirements',
      rule: `A role needs at least one skill requirement in force on the as-of date (${asOf}); without one its people show no gap and no readiness.`,
      count: count(db, `SELECT count(*) FROM roles r WHERE ${ROLE_WITHOUT_REQUIREMENTS_SQL}`, { asOf }),
      severity: 'warning',
      target: { table: 'roles', filters: { issue: 'no-requirements' } },
      examples: [],
    },
    {
      id: 'roles-no-incumbents',
      group: 'roles',
      title: 'Roles nobody holds',
      rule: 'Roles with no person in them: vacancies, planned roles or leftovers from an old structure.',
      count: count(db, `SELECT count(*) FROM roles r WHERE ${ROLE_WITHOUT_PEOPLE_SQL}`),
      severity: 'info',
      target: { table: 'roles', filters: { issue: 'no-incumbents' } },
      examples: [],
    },
    {
      id: 'skills-unused',
      group: 'catalogue',
      title: 'Skills nothing uses',
      rule: 'Skills no role requires, nobody is assessed in and no program teaches.',
      count: count(db, `SELECT count(*) FROM skills s WHERE ${UNUSED_SKILL_SQL}`),
      severity: 'info',
      target: { table: 'skills', filters: { issue: 'unused' } },
      examples: [],
    },
    {
      id: 'programs-no-skills',
      group: 'catalogue',
      title: 'Learning programs that teach no skill',
      rule: 'A program must raise at least one skill to count towards closing a gap.',
      count: count(db, 'SELECT count(*) FROM learning_programs p WHERE NOT EXISTS (SELECT 1 FROM program_skills ps WHERE ps.program_id = p.id)'),
      severity: 'warning',
      target: { table: 'programs', filters: { issue: 'no-skills' } },
      examples: [],
    },
    {
      id: 'programs-no-objective',
      group: 'catalogue',
      title: 'Learning programs tied to no objective',
      rule: 'Every initiative should be tied to a business objective so its cost can be defended.',
      count: count(db, 'SELECT count(*) FROM learning_programs p WHERE NOT EXISTS (SELECT 1 FROM objective_programs op WHERE op.program_id = p.id)'),
      severity: 'info',
      target: { table: 'programs', filters: { issue: 'no-objective' } },
      examples: [],
    },
  ];
}

function outlierFindings(db: ReadableDB): Finding[] {
  const salary = salaryOutliers(db);
  return [
    {
      id: 'fte-outliers',
      group: 'outliers',
      title: 'FTE outside 0.1–1.0',
      rule: 'An FTE under 0.1 or over 1.0 (full time) is usually a typing or unit error, such as hours entered as FTE.',
      count: count(db, `SELECT count(*) FROM employees e WHERE ${FTE_OUTLIER_SQL}`),
      severity: 'warning',
      target: { table: 'people', filters: { issue: 'fte-outlier' } },
      examples: peopleExamples(db, FTE_OUTLIER_SQL),
    },
    {
      id: 'salary-outliers',
      group: 'outliers',
      title: 'Salaries far from their role’s',
      rule: `Salary per FTE compared with others in the same role (${salary.rolesChecked} roles with at least ${SALARY_RULE.minPeople} people): flagged when the robust z-score |salary − median| / (1.4826 × median absolute deviation) exceeds ${SALARY_RULE.threshold}. The spread is taken as at least ${SALARY_RULE.minSpread * 100}% of the median, so roles paying everyone alike do not flag small differences.`,
      count: salary.ids.length,
      severity: 'warning',
      target: { table: 'people', filters: { issue: 'salary-outlier' } },
      examples: salary.ids.length ? peopleExamples(db, 'e.id IN (SELECT value FROM json_each(@ids))', { ids: JSON.stringify(salary.ids.slice(0, 5)) }) : [],
    },
  ];
}

export function dataQuality(db: ReadableDB): DataQualityReport {
  const { asOfDate } = getMeta(db);
  const cov = coverage(db);
  const share = cov.required === 0 ? 0 : cov.notAssessed / cov.required;
  const assessmentRule = `Each person is expected to be assessed in every skill their role requires on ${asOfDate}. A skill with no assessment is unknown, not zero, so it cannot show a gap either way.`;
  return {
    asOfDate,
    findings: [
      ...orphanFindings(db),
      ...peopleFindings(db),
      ...roleAndCatalogueFindings(db, asOfDate),
      ...outlierFindings(db),
      {
        id: 'not-assessed',
        group: 'assessment',
        title: 'Required proficiencies not assessed',
        rule: `${assessmentRule} Counted in person × required skill pairs (${cov.notAssessed} of ${cov.required}); ${cov.peopleIds.length} people have at least one, and the click-through lists them.`,
        count: cov.notAssessed,
        severity: share > 0.25 ? 'warning' : 'info',
        target: { table: 'people', filters: { issue: 'not-assessed' } },
        examples: [],
      },
    ],
    assessment: {
      required: cov.required,
      notAssessed: cov.notAssessed,
      share,
      rule: assessmentRule,
      byUnit: cov.byUnit
        .map((u) => ({ ...u, share: u.required === 0 ? 0 : u.notAssessed / u.required }))
        .sort((a, b) => b.share - a.share || a.unit.localeCompare(b.unit)),
    },
  };
}
