// The tab-separated text release of O*NET (Skills.txt, Occupation Data.txt), built here from
// rows of the real Skills.xlsx so both formats are checked against the same figures; and the
// typed errors a wrong folder or file gives.
import fs from 'node:fs';
import path from 'node:path';
import { applyOnet } from '../../../../src/main/io/taxonomy/onet-apply';
import { readOnetRelease } from '../../../../src/main/io/taxonomy/onet-read';
import { AppError } from '../../../../src/shared/result';
import { tempDir } from '../../../helpers/engagement';
import { engagementWithRoles, ONET, xlsxRecords } from './fixture';

const CODES = ['15-1253.00', '11-3031.00', '29-1141.00'];
const COLUMNS = [
  'O*NET-SOC Code',
  'Title',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Scale Name',
  'Data Value',
  'N',
  'Standard Error',
  'Lower CI Bound',
  'Upper CI Bound',
  'Recommend Suppress',
  'Not Relevant',
  'Date',
  'Domain Source',
];

let rows: Record<string, unknown>[];
let dir: string;

beforeAll(async () => {
  rows = (await xlsxRecords(path.join(ONET, 'Skills.xlsx'))).filter((r) => CODES.includes(String(r['O*NET-SOC Code'])));
  dir = tempDir('onet-text-');
  const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const lines = [COLUMNS.join('\t'), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join('\t'))];
  fs.writeFileSync(path.join(dir, 'Skills.txt'), `${lines.join('\r\n')}\r\n`);
  const titles = new Map(rows.map((r) => [String(r['O*NET-SOC Code']), String(r['Title'])]));
  fs.writeFileSync(
    path.join(dir, 'Occupation Data.txt'),
    ['O*NET-SOC Code\tTitle\tDescription', ...[...titles].map(([c, t]) => `${c}\t${t}\tDescription of ${t}`)].join('\n'),
  );
}, 60_000);

describe('O*NET text release', () => {
  it('reads Skills.txt like Skills.xlsx: same requirements, same arithmetic', async () => {
    const release = await readOnetRelease(dir);
    expect(release.files.map((f) => path.basename(f))).toEqual(['Skills.txt', 'Occupation Data.txt']);
    const { db, ids } = engagementWithRoles(CODES.map((code) => ({ title: code, code, system: 'onet-soc' as const })));
    const report = applyOnet(db, release, { minImportance: 1 });
    expect(report.rolesMatched).toBe(CODES.length);
    expect(report.occupations.created).toBe(CODES.length);
    for (const code of CODES) {
      const mine = rows.filter((r) => r['O*NET-SOC Code'] === code);
      const byElement = new Map<string, { im?: number; lv?: number; flagged: boolean }>();
      for (const r of mine) {
        const e = byElement.get(String(r['Element ID'])) ?? { flagged: false };
        if (r['Scale ID'] === 'IM') e.im = Number(r['Data Value']);
        else e.lv = Number(r['Data Value']);
        e.flagged ||= r['Recommend Suppress'] === 'Y' || r['Not Relevant'] === 'Y';
        byElement.set(String(r['Element ID']), e);
      }
      const got = db
        .prepare(`SELECT s.taxonomy_ref AS e, q.level, q.weight FROM role_requirements q JOIN skills s ON s.id = q.skill_id WHERE q.role_id = ?`)
        .all(ids[code]) as { e: string; level: number; weight: number }[];
      const expected = [...byElement].filter(([, v]) => !v.flagged);
      expect(got.length).toBe(expected.length);
      for (const [element, v] of expected) {
        const g = got.find((x) => x.e === element)!;
        expect(g.level).toBeCloseTo((v.lv! * 5) / 7, 12);
        expect(g.weight).toBeCloseTo((v.im! - 1) / 4, 12);
      }
    }
  });

  it('accepts the Skills file itself in place of its folder', async () => {
    const release = await readOnetRelease(path.join(dir, 'Skills.txt'));
    expect(release.ratings.size).toBe(CODES.length);
  });

  it('gives typed errors for a folder without Skills, a file without the columns, and rows that are all bad', async () => {
    const empty = tempDir('onet-empty-');
    await expect(readOnetRelease(empty)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(readOnetRelease(path.join(empty, 'missing'))).rejects.toMatchObject({ kind: 'not-found' });

    const wrong = tempDir('onet-wrong-');
    fs.writeFileSync(path.join(wrong, 'Skills.txt'), 'code\tvalue\n11-1011.00\t3\n');
    const e = await readOnetRelease(wrong).catch((x) => x);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ kind: 'bad-file', message: expect.stringContaining('"Element ID"') });

    const bad = tempDir('onet-bad-');
    const garbage = ['not-a-code', 'x', 'nope', 'Thing', 'IM', 'Importance', 'many', '', '', '', '', 'N', '', '', ''];
    fs.writeFileSync(path.join(bad, 'Skills.txt'), `${COLUMNS.join('\t')}\n${garbage.join('\t')}\n`);
    await expect(readOnetRelease(bad)).rejects.toMatchObject({ kind: 'validation' });

    const zip = tempDir('onet-zip-');
    fs.writeFileSync(path.join(zip, 'Skills.xlsx'), 'this is not a workbook');
    await expect(readOnetRelease(zip)).rejects.toMatchObject({ kind: 'bad-file' });
  });
});
