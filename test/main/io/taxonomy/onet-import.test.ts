// O*NET 29.2 from the real release in ../shared/data. The release is read once by the importer
// and once, independently, by exceljs here: the test's own reading is the oracle for the
// mapping arithmetic (level = LV x 5/7, weight = (IM - 1) / 4) and for the flags.
import path from 'node:path';
import { applyOnet, DEFAULT_MIN_IMPORTANCE } from '../../../../src/main/io/taxonomy/onet-apply';
import { readOnetRelease, type OnetRelease } from '../../../../src/main/io/taxonomy/onet-read';
import type { WritableDB } from '../../../../src/main/db/types';
import { engagementWithRoles, ONET, xlsxRecords } from './fixture';

interface Pair {
  code: string;
  element: string;
  name: string;
  im?: number;
  lv?: number;
  notRelevant: boolean;
  suppress: boolean;
}

let release: OnetRelease;
/** code -> element -> pair, from the test's own reading of Skills.xlsx. */
const pairs = new Map<string, Map<string, Pair>>();
let occupationRows = 0;

beforeAll(async () => {
  release = await readOnetRelease(ONET);
  for (const r of await xlsxRecords(path.join(ONET, 'Skills.xlsx'))) {
    const code = String(r['O*NET-SOC Code']);
    const element = String(r['Element ID']);
    const byEl = pairs.get(code) ?? pairs.set(code, new Map()).get(code)!;
    const p = byEl.get(element) ?? { code, element, name: String(r['Element Name']), notRelevant: false, suppress: false };
    if (r['Scale ID'] === 'IM') p.im = Number(r['Data Value']);
    if (r['Scale ID'] === 'LV') p.lv = Number(r['Data Value']);
    p.notRelevant ||= r['Not Relevant'] === 'Y';
    p.suppress ||= r['Recommend Suppress'] === 'Y';
    byEl.set(element, p);
  }
  occupationRows = (await xlsxRecords(path.join(ONET, 'Occupation Data.xlsx'))).length;
}, 60_000);

const requirementsOf = (db: WritableDB, roleId: number) =>
  db
    .prepare(
      `SELECT s.taxonomy_ref AS element, q.level, q.weight, q.source FROM role_requirements q JOIN skills s ON s.id = q.skill_id
       WHERE q.role_id = ? ORDER BY s.taxonomy_ref`,
    )
    .all(roleId) as { element: string; level: number; weight: number; source: string }[];

const usable = (p: Pair, minIm: number) => !p.notRelevant && !p.suppress && p.im !== undefined && p.lv !== undefined && p.im >= minIm;

describe('O*NET import from the real 29.2 release', () => {
  it('creates the 35 O*NET skills with their element ids and the documented categories', () => {
    const { db } = engagementWithRoles([]);
    const report = applyOnet(db, release);
    const elements = new Set([...pairs.values()].flatMap((m) => [...m.keys()]));
    expect(elements.size).toBe(35);
    expect(report.skills.created).toBe(35);
    const skills = db.prepare(`SELECT taxonomy_ref AS ref, name, category FROM skills WHERE taxonomy_source = 'onet'`).all() as {
      ref: string;
      name: string;
      category: string;
    }[];
    expect(new Set(skills.map((s) => s.ref))).toEqual(elements);
    const category = Object.fromEntries(skills.map((s) => [s.name, s.category]));
    expect(category).toMatchObject({
      Programming: 'technical',
      Mathematics: 'technical',
      Writing: 'soft',
      'Social Perceptiveness': 'soft',
      'Complex Problem Solving': 'soft',
      'Judgment and Decision Making': 'leadership',
      'Systems Analysis': 'technical',
      'Management of Personnel Resources': 'leadership',
      'Time Management': 'soft',
    });
    expect(report.occupations.created).toBe(occupationRows);
    expect(db.prepare(`SELECT count(*) AS n FROM occupations WHERE system = 'onet-soc'`).get()).toEqual({ n: occupationRows });
  });

  it('maps Level by x5/7 and Importance by (IM-1)/4 for roles with O*NET-SOC and SOC-6 codes', () => {
    const { db, ids } = engagementWithRoles([
      { title: 'QA analyst', code: '15-1253.00', system: 'onet-soc' },
      { title: 'Chief executive', code: '11-1011', system: 'soc' },
    ]);
    const report = applyOnet(db, release);
    expect(report.rolesMatched).toBe(2);
    for (const [title, code] of [['QA analyst', '15-1253.00'], ['Chief executive', '11-1011.00']] as const) {
      const expected = [...pairs.get(code)!.values()].filter((p) => usable(p, DEFAULT_MIN_IMPORTANCE));
      const got = requirementsOf(db, ids[title]);
      expect(got.map((g) => g.element)).toEqual(expected.map((p) => p.element).sort());
      for (const p of expected) {
        const row = got.find((g) => g.element === p.element)!;
        expect(row.level).toBeCloseTo((p.lv! * 5) / 7, 12);
        expect(row.weight).toBeCloseTo((p.im! - 1) / 4, 12);
        expect(row.source).toBe('onet');
      }
    }
    // One known row spelled out: Programming for Software Quality Assurance Analysts.
    const programming = pairs.get('15-1253.00')!.get('2.B.3.e')!;
    const row = requirementsOf(db, ids['QA analyst']).find((g) => g.element === '2.B.3.e');
    if (usable(programming, DEFAULT_MIN_IMPORTANCE)) expect(row?.level).toBeCloseTo((programming.lv! / 7) * 5, 12);
    else expect(row).toBeUndefined();
  });

  it('skips pairs flagged Not Relevant or Recommend Suppress, even with every importance kept', () => {
    const all = [...pairs.values()].flatMap((m) => [...m.values()]);
    const suppressed = all.find((p) => p.suppress && !p.notRelevant)!;
    const notRelevant = all.find((p) => p.notRelevant && p.code !== suppressed.code)!;
    const { db, ids } = engagementWithRoles([
      { title: 'Suppressed', code: suppressed.code, system: 'onet-soc' },
      { title: 'Not relevant', code: notRelevant.code, system: 'onet-soc' },
    ]);
    const report = applyOnet(db, release, { minImportance: 1 });
    for (const [title, p] of [['Suppressed', suppressed], ['Not relevant', notRelevant]] as const) {
      const got = requirementsOf(db, ids[title]).map((g) => g.element);
      expect(got).not.toContain(p.element);
      expect(got.length).toBe([...pairs.get(p.code)!.values()].filter((x) => usable(x, 1)).length);
    }
    const flagged = (code: string, f: (p: Pair) => boolean) => [...pairs.get(code)!.values()].filter(f).length;
    expect(report.requirements.skippedSuppress).toBe(
      flagged(suppressed.code, (p) => p.suppress && !p.notRelevant) + flagged(notRelevant.code, (p) => p.suppress && !p.notRelevant),
    );
    expect(report.requirements.skippedNotRelevant).toBe(
      flagged(suppressed.code, (p) => p.notRelevant) + flagged(notRelevant.code, (p) => p.notRelevant),
    );
    expect(report.requirements.skippedLowImportance).toBe(0);
  });

  it('lists roles whose code has no O*NET data, with the reason, and counts roles without a code', () => {
    const { db } = engagementWithRoles([
      { title: 'Software developer', code: '15-1252.00', system: 'onet-soc' },
      { title: 'Unknown', code: '99-9999.00', system: 'onet-soc' },
      { title: 'Isco coded', code: '2512', system: 'isco' },
      { title: 'No code', code: null },
    ]);
    const report = applyOnet(db, release);
    expect(pairs.has('15-1252.00')).toBe(false); // 29.2 has no skill ratings for Software Developers
    const reasons = Object.fromEntries(report.rolesUnmatched.map((u) => [u.title, u.reason]));
    expect(reasons['Software developer']).toMatch(/Software Developers.*no skill ratings/);
    expect(reasons['Unknown']).toMatch(/not an occupation in this O\*NET release/);
    expect(reasons['Isco coded']).toMatch(/ISCO-08/);
    expect(report.rolesWithoutCode).toBe(1);
    expect(report.requirements.created).toBe(0);
  });

  it('re-import replaces only O*NET requirements and keeps the consultant’s own', () => {
    const { db, ids } = engagementWithRoles([{ title: 'QA analyst', code: '15-1253.00', system: 'onet-soc' }]);
    const first = applyOnet(db, release);
    const role = ids['QA analyst'];
    const custom = Number(db.prepare(`INSERT INTO skills (name, category) VALUES ('Test automation', 'technical')`).run().lastInsertRowid);
    db.prepare(`INSERT INTO role_requirements (role_id, skill_id, level, weight, source) VALUES (?, ?, 4, 1, 'custom')`).run(role, custom);
    // The consultant overrides O*NET's requirement for one skill: it must survive re-import.
    const overridden = requirementsOf(db, role).find((r) => r.source === 'onet')!.element;
    const skillId = (db.prepare(`SELECT id FROM skills WHERE taxonomy_ref = ?`).get(overridden) as { id: number }).id;
    db.prepare(`UPDATE role_requirements SET source = 'custom', level = 5 WHERE role_id = ? AND skill_id = ?`).run(role, skillId);

    // The consultant's own name for an O*NET skill survives re-import.
    db.prepare(`UPDATE skills SET name = 'People management', category = 'soft' WHERE taxonomy_ref = '2.B.5.d'`).run();

    const second = applyOnet(db, release);
    expect(second.skills.namesKept).toBe(1);
    expect(db.prepare(`SELECT name, category FROM skills WHERE taxonomy_ref = '2.B.5.d'`).get()).toEqual({ name: 'People management', category: 'soft' });
    expect(second.requirements.replaced).toBe(first.requirements.created - 1);
    expect(second.requirements.keptExisting).toBe(1);
    expect(second.requirements.created).toBe(first.requirements.created - 1);
    expect(second.skills).toMatchObject({ created: 0, unchanged: 35 });
    const rows = db.prepare(`SELECT source, level FROM role_requirements WHERE role_id = ? AND source = 'custom' ORDER BY level`).all(role);
    expect(rows).toEqual([
      { source: 'custom', level: 4 },
      { source: 'custom', level: 5 },
    ]);
  });

  it('adopts a same-named custom skill and renames around a skill of another taxonomy', () => {
    const { db, ids } = engagementWithRoles([{ title: 'QA analyst', code: '15-1253.00', system: 'onet-soc' }]);
    const programming = Number(db.prepare(`INSERT INTO skills (name, category) VALUES ('programming', 'digital')`).run().lastInsertRowid);
    db.prepare(`INSERT INTO skills (name, category, taxonomy_source, taxonomy_ref) VALUES ('Writing', 'soft', 'esco', 'http://x/writing')`).run();
    const report = applyOnet(db, release, { minImportance: 1 });
    const clash = Object.fromEntries(report.skills.clashes.map((c) => [c.name, c]));
    expect(clash['Programming']).toMatchObject({ action: 'adopted', existingSkillId: programming });
    expect(clash['Writing']).toMatchObject({ action: 'renamed', createdAs: 'Writing (O*NET)' });
    expect(db.prepare(`SELECT name, category, taxonomy_source AS src, taxonomy_ref AS ref FROM skills WHERE id = ?`).get(programming)).toEqual({
      name: 'programming',
      category: 'digital',
      src: 'onet',
      ref: '2.B.3.e',
    });
    const elements = requirementsOf(db, ids['QA analyst']).map((r) => r.element);
    expect(elements).toContain('2.B.3.e');
    expect(elements).toContain('2.A.1.c');

    const renaming = engagementWithRoles([]);
    renaming.db.prepare(`INSERT INTO skills (name, category) VALUES ('Programming', 'digital')`).run();
    const r2 = applyOnet(renaming.db, release, { nameClash: 'rename' });
    expect(r2.skills.clashes).toEqual([expect.objectContaining({ name: 'Programming', action: 'renamed', createdAs: 'Programming (O*NET)' })]);
  });
});
