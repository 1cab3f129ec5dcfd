// Privacy mode in the Gaps API: roll-ups of fewer than minGroupSize people come back with null
// figures, `suppressed: true` and the reason; opening or explaining them is refused with a typed
// error; names disappear while person-level views stay. And the O*NET requirements imported from
// the official release produce gap rows for O*NET skills on the demo.
import type { GapCellPeople, GapGroups, GapHeatmap, GapManagerRoles, GapOptions, GapPersonProfile, GapSummary } from '../../../src/shared/gap-types';
import { testApi } from '../../helpers/engagement';
import { referenceFile } from '../../helpers/reference-data';

const ONET = referenceFile('onet-29.2');
type Api = ReturnType<typeof testApi>;

async function value<T>(api: Api, method: string, input: unknown = {}): Promise<T> {
  const r = await api.registry.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

describe('privacy mode', () => {
  let api: Api;
  beforeAll(async () => {
    api = testApi();
    await value(api, 'createDemoEngagement', { file: 'privacy.skillshift', employees: 300, seed: 4 });
  });
  afterAll(() => api.ctx.session.close());

  it('hides small roll-ups once pseudonymisation is on, and shows them again when it is off', async () => {
    const open = await value<GapGroups>(api, 'getGapGroups', { by: 'role' });
    const small = open.rows.filter((r) => r.people! < 5);
    const large = open.rows.filter((r) => r.people! >= 5);
    expect(small.length).toBeGreaterThan(0);
    expect(large.length).toBeGreaterThan(0);
    expect(open.rows.every((r) => !r.suppressed && r.reason === null)).toBe(true);

    await value(api, 'updateSettings', { settings: { privacy: { pseudonymise: true, minGroupSize: 5 } } });
    const hidden = await value<GapGroups>(api, 'getGapGroups', { by: 'role' });
    expect(hidden.scope.privacy).toEqual({ pseudonymise: true, minGroupSize: 5 });
    for (const r of hidden.rows) {
      const shown = open.rows.find((x) => x.key === r.key)!;
      if (shown.people! < 5) {
        expect(r).toMatchObject({ suppressed: true, people: null, meanGap: null, gapHours: null, meanReadiness: null, label: shown.label });
        expect(r.reason).toMatch(/fewer than 5 people/);
      } else {
        expect(r).toEqual(shown);
      }
    }

    await value(api, 'updateSettings', { settings: { privacy: { pseudonymise: false } } });
    expect((await value<GapGroups>(api, 'getGapGroups', { by: 'role' })).rows).toEqual(open.rows);
  });

  it('suppresses heatmap cells, refuses to open or explain them, and still opens large ones without names', async () => {
    await value(api, 'updateSettings', { settings: { privacy: { pseudonymise: true, minGroupSize: 5 } } });
    const h = await value<GapHeatmap>(api, 'getGapHeatmap', { kind: 'role-skill' });
    const hidden = h.cells.find((c) => c.suppressed)!;
    const shown = h.cells.find((c) => !c.suppressed)!;
    expect(hidden).toMatchObject({ people: null, meanGap: null, unknownShare: null, gapHours: null });
    expect(shown.people).toBeGreaterThanOrEqual(5);
    expect(h.maxMeanGap).toBe(Math.max(...h.cells.filter((c) => !c.suppressed).map((c) => c.meanGap ?? 0)));

    const cellOf = (c: typeof hidden) => ({ kind: 'role-skill', roleId: h.rows[c.row].id, skillId: h.cols[c.col].id });
    const refused = await api.registry.call('getGapCellPeople', { cell: cellOf(hidden) });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'unauthorized', details: { reason: 'privacy-min-group-size', minGroupSize: 5 } } });
    const why = await api.registry.call('explainGap', { target: { kind: 'cell', cell: cellOf(hidden), metric: 'meanGap' } });
    expect(why).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });

    const people = await value<GapCellPeople>(api, 'getGapCellPeople', { cell: cellOf(shown) });
    expect(people.total).toBe(shown.people);
    expect(people.rows.every((r) => r.name === null && /^P\d+$/.test(r.ref))).toBe(true);

    // Person-level views remain, under the pseudonymous ref.
    const p = await value<GapPersonProfile>(api, 'getGapPerson', { employee: people.rows[0].ref });
    expect(p).toMatchObject({ ref: people.rows[0].ref, name: null });
    expect(p.now!.readiness).toBe(people.rows[0].readiness);
    await value(api, 'updateSettings', { settings: { privacy: { pseudonymise: false } } });
  });

  it('hides the KPIs of a filter that leaves too few people, and the readiness of small manager roles', async () => {
    await value(api, 'updateSettings', { settings: { privacy: { pseudonymise: true, minGroupSize: 5 } } });
    const units = await value<GapGroups>(api, 'getGapGroups', { by: 'unit' });
    const options = await value<GapOptions>(api, 'getGapOptions');
    // A leaf unit (a unit filter includes sub-units) with fewer than 5 people in scope.
    const leaf = units.rows.find((r) => r.suppressed && r.key !== 'none' && !options.units.some((u) => u.parentId === Number(r.key)))!;
    const s = await value<GapSummary>(api, 'getGapSummary', { filter: { unitIds: [Number(leaf.key)] } });
    expect(s.now).toMatchObject({ suppressed: true, people: null, meanReadiness: null, gapHours: null, peopleBelow: null });
    expect(s.future.suppressed).toBe(true);
    const why = await api.registry.call('explainGap', { filter: { unitIds: [Number(leaf.key)] }, target: { kind: 'summary', metric: 'meanReadiness' } });
    expect(why).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    const m = await value<GapManagerRoles>(api, 'getGapManagers', { filter: { lens: 'soft-leadership' } });
    const few = m.rows.filter((r) => r.managers < 5);
    expect(few.length).toBeGreaterThan(0);
    expect(few.every((r) => r.suppressed && r.meanReadiness === null && r.gapHours === null && r.directReports >= 0)).toBe(true);
    await value(api, 'updateSettings', { settings: { privacy: { pseudonymise: false } } });
  });
});

describe('O*NET-derived requirements', () => {
  it('produce gap rows for O*NET skills on the demo', { timeout: 120_000 }, async () => {
    const api = testApi();
    await value(api, 'createDemoEngagement', { file: 'onet.skillshift', employees: 300, seed: 8 });
    const db = api.ctx.session.require().db;
    const before = await value<GapGroups>(api, 'getGapGroups', { by: 'skill' });
    const cellsBefore = (await value<GapHeatmap>(api, 'getGapHeatmap', { kind: 'role-skill' })).cells.length;

    const report = await value<{ requirements: { created: number } }>(api, 'importOnet', { dir: ONET });
    expect(report.requirements.created).toBeGreaterThan(0);

    const onet = new Set((db.prepare(`SELECT id FROM skills WHERE taxonomy_source = 'onet'`).pluck().all() as number[]).map(String));
    const after = await value<GapGroups>(api, 'getGapGroups', { by: 'skill' });
    const onetRows = after.rows.filter((r) => onet.has(r.key));
    expect(onetRows.length).toBeGreaterThan(0);
    const pairs = (g: GapGroups, key: string) => g.rows.find((r) => r.key === key)?.pairs ?? 0;
    // The import added (role, skill) requirements, so O*NET skills are required of more people.
    expect(onetRows.some((r) => r.pairs! > pairs(before, r.key))).toBe(true);
    // Where people were assessed on those skills, the new requirements show real level-gaps ...
    expect(onetRows.some((r) => r.totalGapLevels! > 0 && r.meanGap! > 0)).toBe(true);
    // ... and skills nobody was assessed on are unknown, never a gap of zero.
    for (const r of onetRows.filter((x) => x.assessedPairs === 0)) expect(r).toMatchObject({ meanGap: null, meetingShare: null, unknownShare: 1 });
    expect((await value<GapHeatmap>(api, 'getGapHeatmap', { kind: 'role-skill' })).cells.length).toBeGreaterThan(cellsBefore);
    api.ctx.session.close();
  });
});
