// The bundled demo engagement (2,000 people, seed 42) checked against issue 2 item 2, by
// querying the database the generator wrote.
import { openMemoryDb } from '../../../src/main/db/connection';
import { getMeta, getSettings } from '../../../src/main/db/repos/engagement';
import type { WritableDB } from '../../../src/main/db/types';
import { createDemo, DEFAULT_DEMO } from '../../../src/main/demo';
import { skillCategories } from '../../../src/shared/domain/entities';
import { ScenarioBody } from '../../../src/shared/domain/scenario';
import { readEscoSkillUris, readOnetSkills } from './reference-data';

let db: WritableDB;
let onet: Awaited<ReturnType<typeof readOnetSkills>>;

beforeAll(async () => {
  db = openMemoryDb();
  createDemo(db, DEFAULT_DEMO);
  onet = await readOnetSkills(); // ~3 MB workbook: read once for the whole file
}, 60_000);
afterAll(() => db.close());

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).get(...params) as T;
const value = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;

describe('engagement', () => {
  it('has the pinned meta and keeps the fictional names visible', () => {
    expect(getMeta(db)).toMatchObject({ asOfDate: '2026-10-01', horizonMonths: 18, currency: 'EUR', locale: 'en-GB' });
    expect(getMeta(db).name).toMatch(/Meridian Mutual/);
    expect(getSettings(db).privacy.pseudonymise).toBe(false);
  });

  it('records the generation in the audit log', () => {
    const row = one<{ summary: string; after: string }>(`SELECT summary, after FROM audit_log WHERE summary LIKE 'Generated the demo%'`);
    expect(row.summary).toContain('2,000 employees');
    expect(JSON.parse(row.after)).toMatchObject({ seed: 42, employees: 2000 });
  });
});

describe('organisation', () => {
  it('has at least three locations plus one planned new market launching in 2027', () => {
    expect(value('SELECT count(*) FROM locations WHERE planned = 0')).toBeGreaterThanOrEqual(3);
    const planned = all<{ country: string; launch_date: string }>('SELECT country, launch_date FROM locations WHERE planned = 1');
    expect(planned).toHaveLength(1);
    expect(planned[0].launch_date).toMatch(/^2027-/);
    expect(value('SELECT count(DISTINCT country) FROM locations')).toBeGreaterThanOrEqual(4);
  });

  it('has a time-to-fill for every role family at every location, with cost indices that differ', () => {
    const missing = value(
      `SELECT count(*) FROM locations l CROSS JOIN (SELECT DISTINCT family FROM roles) f
       LEFT JOIN location_time_to_fill t ON t.location_id = l.id AND t.role_family = f.family WHERE t.days IS NULL`,
    );
    expect(missing).toBe(0);
    expect(value('SELECT count(DISTINCT labour_cost_index) FROM locations')).toBe(value('SELECT count(*) FROM locations'));
  });

  it('has a single tree of 6+ org units, each with a cost centre', () => {
    expect(value('SELECT count(*) FROM org_units')).toBeGreaterThanOrEqual(6);
    expect(value('SELECT count(*) FROM org_units WHERE parent_id IS NULL')).toBe(1);
    expect(value('SELECT count(*) FROM org_units WHERE cost_centre IS NULL')).toBe(0);
    const reachable = value(
      `WITH RECURSIVE t(id) AS (SELECT id FROM org_units WHERE parent_id IS NULL
       UNION SELECT o.id FROM org_units o JOIN t ON o.parent_id = t.id) SELECT count(*) FROM t`,
    );
    expect(reachable).toBe(value('SELECT count(*) FROM org_units'));
    expect(value('SELECT count(*) FROM org_units WHERE parent_id IS NOT NULL AND id IN (SELECT parent_id FROM org_units)')).toBeGreaterThan(0);
  });
});

describe('roles', () => {
  it('has 30+ roles with family, level, unit, location, a cost and an O*NET-SOC code', () => {
    expect(value('SELECT count(*) FROM roles')).toBeGreaterThanOrEqual(30);
    const incomplete = value(
      `SELECT count(*) FROM roles WHERE family = '' OR level IS NULL OR org_unit_id IS NULL OR location_id IS NULL
       OR loaded_cost <= 0 OR occupation_system IS NOT 'onet-soc' OR occupation_code NOT GLOB '[0-9][0-9]-[0-9][0-9][0-9][0-9].[0-9][0-9]'`,
    );
    expect(incomplete).toBe(0);
    expect(value('SELECT count(*) FROM roles WHERE is_manager = 1')).toBeGreaterThan(5);
  });

  it('uses only occupation codes that exist in O*NET 29.2 Skills.xlsx', () => {
    const codes = all<{ occupation_code: string }>('SELECT DISTINCT occupation_code FROM roles').map((r) => r.occupation_code);
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.filter((c) => !onet.codes.has(c))).toEqual([]);
  });

  it('prices roles by location: the same job costs less in Lisbon than in Dublin', () => {
    const rows = all<{ location: string; loaded_cost: number }>(
      `SELECT l.name AS location, r.loaded_cost FROM roles r JOIN locations l ON l.id = r.location_id WHERE r.title LIKE 'Software Engineer (%'`,
    );
    const cost = Object.fromEntries(rows.map((r) => [r.location, r.loaded_cost]));
    expect(cost.Lisbon).toBeLessThan(cost.Dublin);
  });

  it('gives every role tasks whose time shares sum to 1, with clerks far more exposed than managers', () => {
    const exposure = all<{ code: string; manager: number; share: number; exposure: number }>(
      `SELECT r.occupation_code AS code, r.is_manager AS manager, sum(t.time_share) AS share,
              sum(t.time_share * t.exposure) / sum(t.time_share) AS exposure
       FROM roles r LEFT JOIN tasks t ON t.role_id = r.id GROUP BY r.id`,
    );
    for (const r of exposure) expect(r.share).toBeCloseTo(1, 9);
    const clerks = exposure.filter((r) => ['43-9041.00', '43-9021.00'].includes(r.code));
    const managers = exposure.filter((r) => r.manager === 1);
    const leastExposedClerk = Math.min(...clerks.map((r) => r.exposure));
    expect(leastExposedClerk).toBeGreaterThan(0.7);
    expect(managers.reduce((s, r) => s + r.exposure, 0) / managers.length).toBeLessThan(0.3);
    expect(Math.max(...managers.map((r) => r.exposure))).toBeLessThan(leastExposedClerk - 0.3);
    // Role exposure spreads over the bands the Overview shows.
    const bands = new Set(exposure.map((r) => Math.min(4, Math.floor(r.exposure * 5))));
    expect(bands.size).toBeGreaterThanOrEqual(4);
  });
});

describe('skills and requirements', () => {
  it('has 60+ skills in every category, including the ones a European insurer needs', () => {
    expect(value('SELECT count(*) FROM skills')).toBeGreaterThanOrEqual(60);
    const categories = all<{ category: string }>('SELECT DISTINCT category FROM skills').map((r) => r.category);
    expect(categories.sort()).toEqual([...skillCategories].sort());
    const names = new Set(all<{ name: string }>('SELECT name FROM skills').map((r) => r.name));
    for (const n of ['Polish', 'English', 'GDPR', 'IFRS 17', 'Solvency II', 'Python', 'SQL', 'Prompt engineering', 'Claims triage', 'Negotiation', 'Coaching']) {
      expect(names).toContain(n);
    }
  });

  it('links skills to real O*NET elements and ESCO concepts', () => {
    const refs = all<{ source: string; ref: string }>(`SELECT taxonomy_source AS source, taxonomy_ref AS ref FROM skills WHERE taxonomy_ref IS NOT NULL`);
    const esco = readEscoSkillUris();
    expect(refs.filter((r) => r.source === 'onet').length).toBeGreaterThan(5);
    expect(refs.filter((r) => r.source === 'esco').length).toBeGreaterThan(5);
    expect(refs.filter((r) => (r.source === 'onet' ? !onet.elements.has(r.ref) : !esco.has(r.ref)))).toEqual([]);
  });

  it('gives every role 5-12 current requirements with levels 0-5 and weights 0-1', () => {
    const counts = all<{ n: number }>(
      `SELECT count(q.id) AS n FROM roles r LEFT JOIN role_requirements q ON q.role_id = r.id AND q.effective_date IS NULL GROUP BY r.id`,
    ).map((r) => r.n);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(12);
    expect(value('SELECT count(*) FROM role_requirements WHERE level NOT BETWEEN 0 AND 5 OR weight NOT BETWEEN 0 AND 1')).toBe(0);
  });

  it('has future requirements 12-18 months out that raise levels and add new skills for many roles', () => {
    const future = all<{ role_id: number; skill_id: number; level: number; effective_date: string }>(
      'SELECT role_id, skill_id, level, effective_date FROM role_requirements WHERE effective_date IS NOT NULL',
    );
    expect(new Set(future.map((f) => f.role_id)).size).toBeGreaterThanOrEqual(10);
    for (const f of future) {
      expect(f.effective_date >= '2027-10-01' && f.effective_date <= '2028-04-01').toBe(true);
    }
    const current = new Map(
      all<{ role_id: number; skill_id: number; level: number }>('SELECT role_id, skill_id, level FROM role_requirements WHERE effective_date IS NULL').map(
        (q) => [`${q.role_id}:${q.skill_id}`, q.level],
      ),
    );
    const raised = future.filter((f) => (current.get(`${f.role_id}:${f.skill_id}`) ?? Infinity) < f.level);
    const added = future.filter((f) => !current.has(`${f.role_id}:${f.skill_id}`));
    expect(raised.length).toBeGreaterThan(0);
    expect(added.length).toBeGreaterThan(raised.length);
    const aiTools = value(`SELECT id FROM skills WHERE name = 'AI-assisted claims tools'`);
    expect(future.some((f) => f.skill_id === aiTools)).toBe(true);
  });
});

describe('people', () => {
  it('has the requested headcount, many front-line staff and a single chief executive', () => {
    expect(value('SELECT count(*) FROM employees')).toBe(2000);
    const byLevel = Object.fromEntries(
      all<{ level: number; n: number }>('SELECT r.level, count(*) AS n FROM employees e JOIN roles r ON r.id = e.role_id GROUP BY r.level').map((r) => [r.level, r.n]),
    );
    expect(byLevel[1] + byLevel[2]).toBeGreaterThan(1300);
    expect(byLevel[8]).toBe(1);
    expect(value(`SELECT count(*) FROM employees e JOIN roles r ON r.id = e.role_id WHERE r.title = 'Chief Executive Officer'`)).toBe(1);
    expect(value(`SELECT count(DISTINCT location_id) FROM employees`)).toBe(3); // nobody in Warsaw before launch
  });

  it('has mostly full-time staff, pay in line with the role cost, and plausible dates', () => {
    expect(value('SELECT avg(fte = 1) FROM employees')).toBeGreaterThan(0.85);
    expect(value('SELECT count(*) FROM employees WHERE fte <= 0 OR fte > 1')).toBe(0);
    // Salary per FTE divided by the role's loaded cost: on-costs are 22-30% of salary.
    const ratio = value('SELECT avg(e.salary / e.fte / r.loaded_cost) FROM employees e JOIN roles r ON r.id = e.role_id');
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(0.9);
    expect(value(`SELECT count(*) FROM employees WHERE hire_date IS NULL OR hire_date > '2026-10-01'`)).toBe(0);
    const nullBirth = value('SELECT avg(birth_year IS NULL) FROM employees');
    expect(nullBirth).toBeGreaterThan(0.01);
    expect(nullBirth).toBeLessThan(0.15);
    expect(value('SELECT count(*) FROM employees WHERE birth_year IS NOT NULL AND 2026 - birth_year NOT BETWEEN 18 AND 67')).toBe(0);
    expect(value(`SELECT count(*) FROM employees WHERE CAST(substr(hire_date, 1, 4) AS INTEGER) - birth_year < 18`)).toBe(0);
  });

  it('has unique client ids and pseudonyms, and names', () => {
    expect(value(`SELECT count(*) FROM employees WHERE client_id NOT GLOB 'HR-[0-9][0-9][0-9][0-9][0-9][0-9]'`)).toBe(0);
    expect(value(`SELECT count(*) FROM employees WHERE ref NOT GLOB 'P[0-9][0-9][0-9][0-9][0-9][0-9]'`)).toBe(0);
    expect(value('SELECT count(*) FROM employees WHERE name IS NULL OR name NOT LIKE \'% %\'')).toBe(0);
  });

  it('links everyone but the chief executive to a manager in a manager role, mostly in the same unit', () => {
    expect(all('SELECT e.id FROM employees e WHERE manager_id IS NULL')).toHaveLength(1);
    const bad = value(
      `SELECT count(*) FROM employees e JOIN employees m ON m.id = e.manager_id JOIN roles rm ON rm.id = m.role_id
       JOIN roles re ON re.id = e.role_id WHERE rm.is_manager = 0 OR rm.level <= re.level`,
    );
    expect(bad).toBe(0);
    expect(value('SELECT avg(e.org_unit_id = m.org_unit_id) FROM employees e JOIN employees m ON m.id = e.manager_id')).toBeGreaterThan(0.85);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('proficiencies', () => {
  const coverage = () =>
    one<{ required: number; assessed: number }>(
      `WITH q AS (SELECT role_id, skill_id, level FROM role_requirements WHERE effective_date IS NULL)
       SELECT count(*) AS required, count(p.level) AS assessed FROM employees e JOIN q ON q.role_id = e.role_id
       LEFT JOIN proficiencies p ON p.employee_id = e.id AND p.skill_id = q.skill_id`,
    );

  it('leaves 12-20% of required skills not assessed (no row, never a zero)', () => {
    const { required, assessed } = coverage();
    const unknown = 1 - assessed / required;
    expect(unknown).toBeGreaterThanOrEqual(0.12);
    expect(unknown).toBeLessThanOrEqual(0.2);
  });

  it('rates people around the requirement, more often a little below than above', () => {
    const gaps = all<{ d: number; n: number }>(
      `SELECT p.level - q.level AS d, count(*) AS n FROM employees e
       JOIN role_requirements q ON q.role_id = e.role_id AND q.effective_date IS NULL
       JOIN proficiencies p ON p.employee_id = e.id AND p.skill_id = q.skill_id GROUP BY d`,
    );
    const share = (pred: (d: number) => boolean) => gaps.filter((g) => pred(g.d)).reduce((s, g) => s + g.n, 0) / gaps.reduce((s, g) => s + g.n, 0);
    expect(share((d) => d === -1)).toBeGreaterThan(share((d) => d === 1));
    expect(share((d) => d < 0)).toBeGreaterThan(0.3);
    expect(share((d) => d > 0)).toBeGreaterThan(0.15);
    expect(share((d) => d === 0)).toBeGreaterThan(0.25);
  });

  it('records skills beyond the role, from all four sources, dated after the hire', () => {
    expect(value('SELECT avg(n) FROM (SELECT count(*) AS n FROM proficiencies GROUP BY employee_id)')).toBeGreaterThan(15);
    expect(all('SELECT DISTINCT source FROM proficiencies').length).toBe(4);
    expect(
      value(`SELECT count(*) FROM proficiencies p JOIN employees e ON e.id = p.employee_id WHERE p.assessed_on < e.hire_date OR p.assessed_on > '2026-10-01'`),
    ).toBe(0);
    expect(value('SELECT count(*) FROM proficiencies WHERE level NOT BETWEEN 0 AND 5')).toBe(0);
    expect(value('SELECT count(*) FROM proficiencies WHERE level = 0')).toBeGreaterThan(0);
  });
});

describe('learning, objectives and scenarios', () => {
  it('has 8+ programmes teaching skills and 4+ objectives linked to programmes', () => {
    expect(value('SELECT count(*) FROM learning_programs')).toBeGreaterThanOrEqual(8);
    expect(value('SELECT count(*) FROM learning_programs WHERE id NOT IN (SELECT program_id FROM program_skills)')).toBe(0);
    expect(value('SELECT count(*) FROM objectives')).toBeGreaterThanOrEqual(4);
    expect(value('SELECT count(*) FROM objectives WHERE id NOT IN (SELECT objective_id FROM objective_programs)')).toBe(0);
    expect(value('SELECT count(DISTINCT delivery) FROM learning_programs')).toBe(5);
  });

  it('has one automation and one new-market scenario whose bodies parse and point at real rows', () => {
    const rows = all<{ kind: string; version: number; body: string }>(
      'SELECT s.kind, v.version, v.body FROM scenarios s JOIN scenario_versions v ON v.scenario_id = s.id ORDER BY s.kind',
    );
    expect(rows.map((r) => [r.kind, r.version])).toEqual([
      ['automation', 1],
      ['new-market', 1],
    ]);
    const exists = (table: string, id: number | null) => id === null || value(`SELECT count(*) FROM ${table} WHERE id = ?`, id) === 1;
    const warsaw = value('SELECT id FROM locations WHERE planned = 1');
    for (const r of rows) {
      const body = ScenarioBody.parse(JSON.parse(r.body));
      expect(body.changes.some((c) => c.type === r.kind)).toBe(true);
      for (const c of body.changes) {
        if (c.type === 'automation') {
          expect(c.roleIds.every((id) => exists('roles', id))).toBe(true);
          expect(c.newRequirements.every((q) => exists('skills', q.skillId) && exists('roles', q.roleId))).toBe(true);
          expect(c.objectiveIds.every((id) => exists('objectives', id))).toBe(true);
        }
        if (c.type === 'new-market') {
          expect(c.locationId).toBe(warsaw);
          expect(c.ramp.every((x) => exists('roles', x.roleId))).toBe(true);
          expect(c.extraRequirements.every((q) => exists('skills', q.skillId))).toBe(true);
          expect(c.objectiveIds.every((id) => exists('objectives', id))).toBe(true);
        }
      }
    }
  });
});
