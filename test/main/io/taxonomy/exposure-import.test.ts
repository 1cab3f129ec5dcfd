// The four public exposure indices from the real files, matched to roles coded in every form
// (O*NET-SOC, SOC-6 2018, SOC 2010, ISCO, unknown, none). Expected values come from the test's
// own reading of each file and of the crosswalk.
import fs from 'node:fs';
import path from 'node:path';
import { overview } from '../../../../src/main/db/repos/overview';
import { listRoles } from '../../../../src/main/db/repos/browse';
import { applyExposure } from '../../../../src/main/io/taxonomy/exposure-apply';
import { readCrosswalk, readExposureIndex, type ExposureIndex } from '../../../../src/main/io/taxonomy/exposure-read';
import { exposureOverview, setPreferredExposureSource } from '../../../../src/main/io/taxonomy/exposure-preference';
import { tempDir } from '../../../helpers/engagement';
import { CROSSWALK, csvRecords, engagementWithRoles, EXPOSURE, xlsxRecords, type RoleSpec } from './fixture';

const ROLES: RoleSpec[] = [
  { title: 'Developer (O*NET-SOC)', code: '15-1252.00', system: 'onet-soc' },
  { title: 'QA (SOC 2018)', code: '15-1253', system: 'soc' },
  { title: 'Programmer (SOC 2010)', code: '15-1132', system: 'soc' },
  { title: 'Chief executive', code: '11-1011', system: 'soc' },
  { title: 'Isco coded', code: '2512', system: 'isco' },
  { title: 'Unknown code', code: '99-9999', system: 'soc' },
  { title: 'No code', code: null },
];

const eloundou = csvRecords(path.join(EXPOSURE, 'eloundou_gpts_occ_level.csv'));
const frey = csvRecords(path.join(EXPOSURE, 'frey_osborne_2017.csv'));
const microsoft = csvRecords(path.join(EXPOSURE, 'microsoft_ai_applicability.csv'));
const crosswalkRows = csvRecords(CROSSWALK);
let aioe: Record<string, unknown>[];
const crosswalk = { file: CROSSWALK, ...readCrosswalk(CROSSWALK) };
const indices: Record<string, ExposureIndex> = {};

beforeAll(async () => {
  aioe = await xlsxRecords(path.join(EXPOSURE, 'felten_aioe_appendix.xlsx'), 'Appendix A');
  indices.eloundou = await readExposureIndex(path.join(EXPOSURE, 'eloundou_gpts_occ_level.csv'), 'eloundou');
  indices.frey = await readExposureIndex(path.join(EXPOSURE, 'frey_osborne_2017.csv'), 'frey-osborne');
  indices.aioe = await readExposureIndex(path.join(EXPOSURE, 'felten_aioe_appendix.xlsx'), 'aioe');
  indices.microsoft = await readExposureIndex(path.join(EXPOSURE, 'microsoft_ai_applicability.csv'), 'microsoft');
});

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const to2018 = (c: string) => crosswalkRows.filter((r) => r['2010 SOC Code'] === c).map((r) => r['2018 SOC Code']);
const to2010 = (c: string) => crosswalkRows.filter((r) => r['2018 SOC Code'] === c).map((r) => r['2010 SOC Code']);
const stored = (db: ReturnType<typeof engagementWithRoles>['db'], roleId: number, source: string) =>
  db.prepare('SELECT value, raw, measure, matched_code AS code FROM role_exposures WHERE role_id = ? AND source = ?').get(roleId, source) as
    | { value: number; raw: number; measure: string; code: string }
    | undefined;

function expectReport(report: ReturnType<typeof applyExposure>, fileRows: number) {
  expect(report.indexRows).toBe(fileRows);
  expect(report.rejectedRows).toEqual([]);
  const reasons = Object.fromEntries(report.rolesUnmatched.map((u) => [u.title, u.reason]));
  expect(reasons['Isco coded']).toMatch(/ISCO-08/);
  expect(reasons['Unknown code']).toMatch(/no row for 99-9999/);
  expect(report.rolesWithoutCode).toBe(1);
  // Every index row either served a role or is counted as unmatched.
  const used = new Set(report.matched.flatMap((m) => m.matchedCodes));
  expect(report.indexRowsUnmatched).toBe(fileRows - used.size);
  expect(report.indexRowsUnmatchedSample.every((c) => !used.has(c))).toBe(true);
}

describe('exposure indices from the real files', () => {
  it('Eloundou: human beta by default, matched exactly, by SOC-6 and through the crosswalk', () => {
    const { db, ids } = engagementWithRoles(ROLES);
    const report = applyExposure(db, indices.eloundou, { crosswalk });
    expectReport(report, eloundou.length);
    const row = (code: string) => eloundou.find((r) => r['O*NET-SOC Code'] === code)!;
    expect(stored(db, ids['Developer (O*NET-SOC)'], 'eloundou')).toMatchObject({
      value: Number(row('15-1252.00').human_rating_beta),
      measure: 'human_rating_beta',
      code: '15-1252.00',
    });
    expect(stored(db, ids['QA (SOC 2018)'], 'eloundou')?.value).toBe(Number(row('15-1253.00').human_rating_beta));
    // SOC 2010 15-1132 splits into 2018 codes; the role gets the mean of their .00 rows.
    const split = to2018('15-1132');
    expect(split.length).toBeGreaterThan(1);
    expect(stored(db, ids['Programmer (SOC 2010)'], 'eloundou')?.value).toBeCloseTo(mean(split.map((c) => Number(row(`${c}.00`).human_rating_beta))), 12);
    expect(report.matched.find((m) => m.title === 'Programmer (SOC 2010)')?.via).toBe('crosswalk');
  });

  it('Eloundou options: alpha, gamma and the model (GPT-4) ratings', async () => {
    const file = path.join(EXPOSURE, 'eloundou_gpts_occ_level.csv');
    const { db, ids } = engagementWithRoles(ROLES);
    const dev = eloundou.find((r) => r['O*NET-SOC Code'] === '15-1252.00')!;
    for (const [measure, rater, column] of [
      ['alpha', 'model', 'dv_rating_alpha'],
      ['gamma', 'human', 'human_rating_gamma'],
      ['beta', 'model', 'dv_rating_beta'],
    ] as const) {
      applyExposure(db, await readExposureIndex(file, 'eloundou', { measure, rater }));
      expect(stored(db, ids['Developer (O*NET-SOC)'], 'eloundou')).toMatchObject({ value: Number(dev[column]), measure: column });
    }
  });

  it('Frey & Osborne (SOC 2010): a SOC 2018 role code is matched through the crosswalk with the mean of its 2010 codes', () => {
    const { db, ids } = engagementWithRoles(ROLES);
    const report = applyExposure(db, indices.frey, { crosswalk });
    expectReport(report, frey.length);
    const p = (code: string) => Number(frey.find((r) => r['SOC code'] === code)!.Probability);
    const from2010 = to2010('15-1252');
    expect(stored(db, ids['Developer (O*NET-SOC)'], 'frey-osborne')?.value).toBeCloseTo(mean(from2010.map(p)), 12);
    expect(stored(db, ids['Developer (O*NET-SOC)'], 'frey-osborne')?.code).toContain('via crosswalk');
    expect(stored(db, ids['Programmer (SOC 2010)'], 'frey-osborne')?.value).toBe(p('15-1132'));
    expect(stored(db, ids['Chief executive'], 'frey-osborne')?.value).toBe(p('11-1011'));
  });

  it('Frey & Osborne publishes some SOC groups (codes ending in 0): a member occupation gets the group value', () => {
    // Computer user support specialists: SOC 2018 15-1232 = SOC 2010 15-1151, inside Frey's group 15-1150.
    const { db, ids } = engagementWithRoles([{ title: 'Service desk', code: '15-1232.00', system: 'onet-soc' }]);
    const [soc2010] = to2010('15-1232');
    const group = frey.find((r) => r['SOC code'].endsWith('0') && soc2010.startsWith(r['SOC code'].replace(/0+$/, '')))!;
    expect(frey.some((r) => r['SOC code'] === soc2010)).toBe(false);
    const report = applyExposure(db, indices.frey, { crosswalk });
    expect(report.matched).toEqual([expect.objectContaining({ via: 'group', matchedCodes: [group['SOC code']] })]);
    expect(stored(db, ids['Service desk'], 'frey-osborne')).toMatchObject({ value: Number(group.Probability), code: `${group['SOC code']} (SOC group)` });
  });

  it('Felten AIOE: raw z-score kept, value is the percentile rank within Appendix A', () => {
    const { db, ids } = engagementWithRoles(ROLES);
    const report = applyExposure(db, indices.aioe, { crosswalk });
    expectReport(report, aioe.length);
    const zs = aioe.map((r) => Number(r.AIOE));
    const percentile = (z: number) => (zs.filter((x) => x < z).length + (zs.filter((x) => x === z).length - 1) / 2) / (zs.length - 1);
    const z = Number(aioe.find((r) => r['SOC Code'] === '11-1011')!.AIOE);
    expect(stored(db, ids['Chief executive'], 'aioe')).toMatchObject({ raw: z, measure: 'aioe_percentile' });
    expect(stored(db, ids['Chief executive'], 'aioe')?.value).toBeCloseTo(percentile(z), 12);
    const values = indices.aioe.rows.map((r) => r.value);
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(1);
  });

  it('Microsoft (SOC 2018): a SOC 2010 role code is matched through the crosswalk; without it, reported unmatched', () => {
    const { db, ids } = engagementWithRoles(ROLES);
    const report = applyExposure(db, indices.microsoft, { crosswalk });
    expectReport(report, microsoft.length);
    const score = (code: string) => Number(microsoft.find((r) => r['SOC Code'] === code)!.ai_applicability_score);
    expect(stored(db, ids['QA (SOC 2018)'], 'microsoft')?.value).toBe(score('15-1253'));
    expect(stored(db, ids['Programmer (SOC 2010)'], 'microsoft')?.value).toBeCloseTo(mean(to2018('15-1132').map(score)), 12);

    const without = applyExposure(db, indices.microsoft);
    expect(without.replaced).toBe(report.matched.length);
    const reason = without.rolesUnmatched.find((u) => u.title === 'Programmer (SOC 2010)')?.reason;
    expect(reason).toMatch(/no crosswalk was given/);
    expect(stored(db, ids['Programmer (SOC 2010)'], 'microsoft')).toBeUndefined();
  });

  it("role exposure comes from the preferred index, else the default order, else the role's tasks", () => {
    const { db, ids } = engagementWithRoles(ROLES);
    db.prepare('INSERT INTO tasks (role_id, name, time_share, exposure) VALUES (?, ?, ?, ?)').run(ids['Isco coded'], 'Coding', 1, 0.3);
    db.prepare('INSERT INTO tasks (role_id, name, time_share, exposure) VALUES (?, ?, ?, ?)').run(ids['Chief executive'], 'Meetings', 1, 0.9);
    applyExposure(db, indices.frey, { crosswalk });
    applyExposure(db, indices.eloundou, { crosswalk });
    const exposureOf = (title: string) => listRoles(db, { offset: 0, limit: 100, sortDir: 'asc' }).rows.find((r) => r.title === title)?.exposure;

    // No preference: Eloundou comes first in the default order.
    expect(exposureOverview(db)).toMatchObject({ preferredSource: null, effectiveSource: 'eloundou' });
    expect(exposureOf('Chief executive')).toBe(stored(db, ids['Chief executive'], 'eloundou')!.value);
    expect(exposureOf('Isco coded')).toBe(0.3); // no index row: its tasks
    expect(exposureOf('No code')).toBeNull();
    setPreferredExposureSource(db, 'frey-osborne');
    expect(exposureOf('Chief executive')).toBe(stored(db, ids['Chief executive'], 'frey-osborne')!.value);
    const why = overview(db).exposureSource;
    expect(why).toContain('Frey & Osborne');
    expect(why).toContain("role's tasks");
    expect(why).toMatch(/1 role has no exposure|roles have no exposure/);
    // A preferred index that is not imported falls back to the default order.
    setPreferredExposureSource(db, 'aioe');
    expect(exposureOverview(db)).toMatchObject({ preferredSource: 'aioe', effectiveSource: 'eloundou' });
  });

  it('refuses bad content with typed errors and writes nothing', async () => {
    const dir = tempDir('exposure-bad-');
    const bad = path.join(dir, 'frey.csv');
    fs.writeFileSync(bad, 'Rank,Probability,Label,SOC code,Occupation\n1,high,,15-1132,Programmers\n2,0.5,,not-a-code,Thing\n');
    await expect(readExposureIndex(bad, 'frey-osborne')).rejects.toMatchObject({ kind: 'validation' });
    const wrong = path.join(dir, 'wrong.csv');
    fs.writeFileSync(wrong, 'code,score\n15-1132,0.5\n');
    await expect(readExposureIndex(wrong, 'microsoft')).rejects.toMatchObject({ kind: 'bad-file' });
    await expect(readExposureIndex(path.join(dir, 'missing.csv'), 'microsoft')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(readExposureIndex(path.join(EXPOSURE, 'frey_osborne_2017.csv'), 'aioe')).rejects.toMatchObject({ kind: 'bad-file' });
    const partly = path.join(dir, 'partly.csv');
    fs.writeFileSync(partly, 'SOC Code,title,ai_applicability_score\n15-1252,Developers,0.3\n15-1253,QA,1.7\n15-1252,Again,0.2\n');
    const index = await readExposureIndex(partly, 'microsoft');
    expect(index.rows.length).toBe(1);
    expect(index.rejected.map((r) => r.row)).toEqual([3, 4]);
  });
});
