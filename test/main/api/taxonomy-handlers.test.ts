// The taxonomy methods through the registry, as the renderer calls them: input validation,
// progress events, and the exposure preference.
import path from 'node:path';
import type { ProgressEvent } from '../../../src/shared/events';
import type { ExposureImportReport, ExposureOverview, OnetImportReport } from '../../../src/shared/taxonomy-types';
import { testApi } from '../../helpers/engagement';
import { CROSSWALK, ESCO, EXPOSURE, ONET, csvRecords } from '../io/taxonomy/fixture';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};

async function openWithRoles() {
  const api = testApi();
  value(await api.registry.call('createEngagement', { file: 'tx.skillshift', name: 'Taxonomy Co' }));
  const { db } = api.ctx.session.require();
  const insert = db.prepare(`INSERT INTO roles (title, family, occupation_code, occupation_system) VALUES (?, 'x', ?, ?)`);
  insert.run('Financial manager', '11-3031.00', 'onet-soc');
  insert.run('Developer', '15-1252', 'soc');
  return api;
}

describe('taxonomy handlers', () => {
  it('imports O*NET with progress events ending in one finished event', async () => {
    const { registry, events, ctx } = await openWithRoles();
    const report = value<OnetImportReport>(await registry.call('importOnet', { dir: ONET }));
    expect(report).toMatchObject({ kind: 'onet', minImportance: 3, rolesMatched: 1 });
    expect(report.rolesUnmatched.map((u) => u.title)).toEqual(['Developer']);
    const progress = events.filter((e) => e.name === 'progress').map((e) => e.payload as ProgressEvent);
    expect(progress.length).toBeGreaterThan(2);
    expect(new Set(progress.map((p) => p.taskId)).size).toBe(1);
    expect(progress.filter((p) => p.finished)).toHaveLength(1);
    expect(progress[progress.length - 1].finished).toBe(true);
    ctx.session.close();
  });

  it('imports ESCO and an exposure index with the crosswalk, and sets the preferred index', async () => {
    const { registry, ctx } = await openWithRoles();
    value(await registry.call('importEsco', { dir: ESCO }));
    const frey = value<ExposureImportReport>(
      await registry.call('importExposureIndex', { file: path.join(EXPOSURE, 'frey_osborne_2017.csv'), source: 'frey-osborne', crosswalk: CROSSWALK }),
    );
    expect(frey.indexRows).toBe(csvRecords(path.join(EXPOSURE, 'frey_osborne_2017.csv')).length);
    expect(frey.matched.map((m) => [m.title, m.via])).toEqual([
      ['Financial manager', 'soc6'],
      ['Developer', 'crosswalk'],
    ]);
    value(await registry.call('importExposureIndex', { file: path.join(EXPOSURE, 'microsoft_ai_applicability.csv'), source: 'microsoft', prefer: true }));
    let sources = value<ExposureOverview>(await registry.call('getExposureSources', {}));
    expect(sources).toMatchObject({ preferredSource: 'microsoft', effectiveSource: 'microsoft' });
    expect(sources.sources.map((s) => s.source)).toEqual(['frey-osborne', 'microsoft']);
    sources = value<ExposureOverview>(await registry.call('setPreferredExposureSource', { source: null }));
    expect(sources).toMatchObject({ preferredSource: null, effectiveSource: 'microsoft' });
    const audit = ctx.session.require().db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'import'`).get();
    expect(audit).toEqual({ n: 3 });
    ctx.session.close();
  });

  it('refuses unknown sources and options, and reports missing files as typed errors', async () => {
    const { registry, ctx } = await openWithRoles();
    const bad = await registry.call('importExposureIndex', { file: '/x.csv', source: 'gartner' });
    expect(bad).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
    const range = await registry.call('importOnet', { dir: ONET, minImportance: 7 });
    expect(range).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
    const missing = await registry.call('importEsco', { dir: path.join(ESCO, 'nowhere') });
    expect(missing).toEqual({ ok: false, error: expect.objectContaining({ kind: 'not-found' }) });
    ctx.session.close();
    const closed = await registry.call('getExposureSources', {});
    expect(closed).toEqual({ ok: false, error: expect.objectContaining({ kind: 'not-open' }) });
  });
});
