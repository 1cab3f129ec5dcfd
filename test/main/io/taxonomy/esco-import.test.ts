// ESCO v1.2.0 from the real CSV export. The files are read here with papaparse as the oracle
// for the counts (occupations, ISCO groups, distinct skill concepts across the collections).
import fs from 'node:fs';
import path from 'node:path';
import { applyEsco } from '../../../../src/main/io/taxonomy/esco-apply';
import { readEscoRelease, transversalCategory, type EscoRelease } from '../../../../src/main/io/taxonomy/esco-read';
import { tempDir } from '../../../helpers/engagement';
import { csvRecords, engagementWithRoles, ESCO } from './fixture';

let release: EscoRelease;
const files = {
  occupations: csvRecords(path.join(ESCO, 'occupations_en.csv')),
  isco: csvRecords(path.join(ESCO, 'ISCOGroups_en.csv')),
  transversal: csvRecords(path.join(ESCO, 'transversalSkillsCollection_en.csv')),
  digital: csvRecords(path.join(ESCO, 'digitalSkillsCollection_en.csv')),
  green: csvRecords(path.join(ESCO, 'greenSkillsCollection_en.csv')),
};
const distinctUris = new Set([...files.transversal, ...files.digital, ...files.green].map((r) => r.conceptUri));

beforeAll(() => {
  release = readEscoRelease(ESCO);
});

const count = (db: ReturnType<typeof engagementWithRoles>['db'], sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('ESCO import from the real v1.2.0 CSV export', () => {
  it('imports every occupation with its ISCO group, every ISCO group and each distinct skill concept once', () => {
    const { db } = engagementWithRoles([]);
    const report = applyEsco(db, release);
    expect(report.occupations.created).toBe(files.occupations.length);
    expect(report.iscoGroups.created).toBe(files.isco.length);
    expect(report.skills.created).toBe(distinctUris.size);
    expect(report.skills.byCollection).toEqual({
      transversal: files.transversal.length,
      digital: files.digital.length,
      green: files.green.length,
    });
    expect(report.skills.inSeveralCollections).toBe(files.transversal.length + files.digital.length + files.green.length - distinctUris.size);
    expect(report.rejectedRows).toEqual([]);
    expect(count(db, `SELECT count(*) AS n FROM occupations WHERE system = 'esco'`)).toBe(files.occupations.length);
    expect(count(db, `SELECT count(*) AS n FROM occupations WHERE system = 'isco'`)).toBe(files.isco.length);
    expect(count(db, `SELECT count(*) AS n FROM skills WHERE taxonomy_source = 'esco'`)).toBe(distinctUris.size);

    // A record whose quoted fields span lines comes through intact.
    const multi = files.occupations.find((o) => o.description.trim().includes('\n'))!;
    const stored = db.prepare(`SELECT title, description, isco_group AS isco, uri FROM occupations WHERE system = 'esco' AND code = ?`).get(multi.code);
    expect(stored).toEqual({ title: multi.preferredLabel, description: multi.description.trim(), isco: multi.iscoGroup, uri: multi.conceptUri });
  });

  it('categorises skills by the documented rule', () => {
    const { db } = engagementWithRoles([]);
    applyEsco(db, release);
    const category = (label: string) =>
      (db.prepare(`SELECT category FROM skills WHERE taxonomy_source = 'esco' AND name = ?`).get(label) as { category: string } | undefined)?.category;
    expect(category('lead others')).toBe('leadership');
    expect(category('motivate others')).toBe('leadership');
    expect(category('delegate responsibilities')).toBe('leadership');
    expect(category('manage time')).toBe('soft');
    expect(category('manage frustration')).toBe('soft');
    expect(category('work in teams')).toBe('soft');
    const transversalOnly = files.transversal.filter((t) => !files.digital.some((d) => d.conceptUri === t.conceptUri));
    const leaders = transversalOnly.filter((t) => transversalCategory(t.preferredLabel, t.broaderConceptPT) === 'leadership');
    expect(count(db, `SELECT count(*) AS n FROM skills WHERE taxonomy_source = 'esco' AND category = 'leadership'`)).toBe(leaders.length);
    const digitalOnly = files.digital.filter((d) => !files.transversal.some((t) => t.conceptUri === d.conceptUri));
    expect(count(db, `SELECT count(*) AS n FROM skills WHERE taxonomy_source = 'esco' AND category = 'digital'`)).toBe(digitalOnly.length);
    const greenOnly = files.green.filter((g) => !files.transversal.concat(files.digital).some((o) => o.conceptUri === g.conceptUri));
    expect(count(db, `SELECT count(*) AS n FROM skills WHERE taxonomy_source = 'esco' AND category = 'domain'`)).toBe(
      greenOnly.filter((g) => g.skillType === 'knowledge').length,
    );
    expect(count(db, `SELECT count(*) AS n FROM skills WHERE taxonomy_source = 'esco' AND category = 'technical'`)).toBe(
      greenOnly.filter((g) => g.skillType !== 'knowledge').length,
    );
  });

  it('is idempotent: a second import creates and updates nothing', () => {
    const { db } = engagementWithRoles([]);
    applyEsco(db, release);
    const before = count(db, 'SELECT count(*) AS n FROM skills') + count(db, 'SELECT count(*) AS n FROM occupations');
    const again = applyEsco(db, readEscoRelease(ESCO));
    expect(again.skills).toMatchObject({ created: 0, updated: 0, unchanged: distinctUris.size, adopted: 0 });
    expect(again.occupations).toEqual({ created: 0, updated: 0, unchanged: files.occupations.length });
    expect(again.iscoGroups).toEqual({ created: 0, updated: 0, unchanged: files.isco.length });
    expect(count(db, 'SELECT count(*) AS n FROM skills') + count(db, 'SELECT count(*) AS n FROM occupations')).toBe(before);
  });

  it('reports name clashes: a custom skill is adopted, a skill of another taxonomy is renamed around', () => {
    const { db } = engagementWithRoles([]);
    const digital = files.digital[0];
    const green = files.green.find((g) => ![...files.digital, ...files.transversal].some((o) => o.conceptUri === g.conceptUri))!;
    const custom = Number(db.prepare(`INSERT INTO skills (name, category) VALUES (?, 'technical')`).run(digital.preferredLabel.toUpperCase()).lastInsertRowid);
    db.prepare(`INSERT INTO skills (name, category, taxonomy_source, taxonomy_ref) VALUES (?, 'soft', 'onet', '2.Z.9')`).run(green.preferredLabel);
    const report = applyEsco(db, release);
    expect(report.skills.adopted).toBe(1);
    expect(report.skills.clashes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: digital.preferredLabel, action: 'adopted', existingSkillId: custom }),
        expect.objectContaining({ name: green.preferredLabel, action: 'renamed', createdAs: `${green.preferredLabel} (ESCO)` }),
      ]),
    );
    expect(db.prepare('SELECT taxonomy_source AS s, taxonomy_ref AS r FROM skills WHERE id = ?').get(custom)).toEqual({ s: 'esco', r: digital.conceptUri });
    // Re-import finds the adopted and renamed skills by URI: no new clash, nothing created.
    const again = applyEsco(db, release);
    expect(again.skills.created).toBe(0);
    expect(again.skills.clashes).toEqual([]);
    expect(db.prepare('SELECT name FROM skills WHERE id = ?').get(custom)).toEqual({ name: digital.preferredLabel.toUpperCase() });
  });

  it('imports the files present, names the missing ones, and refuses a folder with none', () => {
    const dir = tempDir('esco-part-');
    fs.copyFileSync(path.join(ESCO, 'transversalSkillsCollection_en.csv'), path.join(dir, 'transversalSkillsCollection_en.csv'));
    const partial = readEscoRelease(dir);
    expect(partial.skills.length).toBe(files.transversal.length);
    const { db } = engagementWithRoles([]);
    const report = applyEsco(db, partial);
    expect(report.notes.join(' ')).toContain('occupations_en.csv');
    expect(() => readEscoRelease(tempDir('esco-none-'))).toThrow(expect.objectContaining({ kind: 'not-found' }));
    const broken = tempDir('esco-broken-');
    fs.writeFileSync(path.join(broken, 'digitalSkillsCollection_en.csv'), 'conceptUri,preferredLabel,description,skillType,broaderConceptPT\nnot-a-uri,,x,y,z\n');
    expect(() => readEscoRelease(broken)).toThrow(expect.objectContaining({ kind: 'validation' }));
  });
});
