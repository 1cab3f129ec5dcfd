// Scenario documents through the registry: create from templates, versions (save, restore as
// newest), diff, rename, clone, delete, the protected baseline, reference checks on save.
import type { ScenarioBody } from '../../../src/shared/domain/scenario';
import { demoApi } from '../scenarios/api';

describe('scenario documents API', () => {
  it('lists the built-in baseline first and the demo scenarios with their versions', async () => {
    const { call, automationId } = await demoApi();
    const list = await call('scenarioList');
    expect(list[0]).toMatchObject({ id: 'baseline', name: 'baseline', kind: 'baseline', builtIn: true, versions: [] });
    expect(list.slice(1).map((s) => s.kind).sort()).toEqual(['automation', 'new-market']);
    const auto = list.find((s) => s.id === automationId)!;
    expect(auto).toMatchObject({ builtIn: false, latestVersion: 1, versions: [{ version: 1, note: 'Demo scenario as generated', changes: 3 }] });
    const baseline = await call('scenarioGet', { scenarioId: 'baseline' });
    expect(baseline.version).toBeNull();
    expect(baseline.body).toMatchObject({ periodUnit: 'month', periods: 18, hiring: 'replace', changes: [] });
  });

  it('creates from each kind\u2019s template (bodies that run) or empty, and refuses clashing names', async () => {
    const { call, fail, db } = await demoApi();
    const auto = await call('scenarioCreate', { name: 'Robots', kind: 'automation' });
    expect(auto.version).toBe(1);
    const change = auto.body.changes[0];
    expect(change.type).toBe('automation');
    if (change.type !== 'automation') return;
    // The template picks staffed roles with the highest task exposure.
    const exposure = (id: number) =>
      (db().prepare('SELECT sum(time_share * exposure) / sum(time_share) AS x FROM tasks WHERE role_id = ?').get(id) as { x: number }).x;
    const staffed = db().prepare('SELECT DISTINCT role_id AS id FROM employees WHERE role_id IS NOT NULL').all() as { id: number }[];
    const best = Math.max(...staffed.map((r) => exposure(r.id) ?? 0));
    expect(exposure(change.roleIds[0])).toBeCloseTo(best, 9);
    const market = await call('scenarioCreate', { name: 'Expansion', kind: 'new-market', description: 'grow' });
    expect(market.body.hiring).toBe('fill');
    expect(market.body.changes[0]).toMatchObject({ type: 'new-market', internalShare: 0.2 });
    expect(market.scenario).toMatchObject({ kind: 'new-market', description: 'grow' });
    const empty = await call('scenarioCreate', { name: 'Blank', kind: 'automation', from: 'empty' });
    expect(empty.body.changes).toEqual([]);
    for (const s of [auto, market]) {
      const run = await call('scenarioRun', { scenarioId: s.scenario.id, view: { include: ['total'] } });
      expect(run.kpis.supply).toBeGreaterThan(0);
    }
    expect(await fail('scenarioCreate', { name: 'BASELINE', kind: 'custom' })).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/built-in/) });
    expect(await fail('scenarioCreate', { name: 'robots', kind: 'custom' })).toMatchObject({ kind: 'conflict', message: expect.stringMatching(/"Robots" already exists/) });
  });

  it('saves versions, restores an old one as the newest, and diffs them field by field', async () => {
    const { call, fail, automationId, db } = await demoApi();
    const v1 = await call('scenarioGet', { scenarioId: automationId });
    const edited: ScenarioBody = {
      ...v1.body,
      periods: 24,
      assumptions: [...v1.body.assumptions, 'Pilot slips by a quarter.'],
      changes: v1.body.changes.map((c) => (c.type === 'automation' && c.id === 'ai-claims' ? { ...c, adoption: { ...c.adoption, target: 0.4 }, realisation: 0.6 } : c)).filter((c) => c.type !== 'salary-inflation'),
    };
    edited.changes.push({ type: 'demand', id: 'growth', scope: { roleIds: [], orgUnitIds: [], locationIds: [] }, annualGrowth: 0.03 });
    const v2 = await call('scenarioSave', { scenarioId: automationId, body: edited, note: 'slower', baseVersion: 1 });
    expect(v2.version).toBe(2);
    expect(v2.scenario.versions.map((v) => [v.version, v.note])).toEqual([[1, 'Demo scenario as generated'], [2, 'slower']]);
    expect((await call('scenarioGet', { scenarioId: automationId })).body.periods).toBe(24);
    expect((await call('scenarioGet', { scenarioId: automationId, version: 1 })).body).toEqual(v1.body);
    // An editor still on version 1 is told a newer version exists.
    expect(await fail('scenarioSave', { scenarioId: automationId, body: edited, baseVersion: 1 })).toMatchObject({ kind: 'conflict', details: { latestVersion: 2 } });

    const diff = await call('scenarioDiff', { scenarioId: automationId, from: 1, to: 2 });
    expect(diff.identical).toBe(false);
    expect(diff.settings).toEqual([{ path: 'periods', from: 18, to: 24 }]);
    expect(diff.assumptions).toEqual({ added: ['Pilot slips by a quarter.'], removed: [] });
    expect(diff.changes.added).toEqual([{ id: 'growth', type: 'demand', label: 'Demand growth 3% a year' }]);
    expect(diff.changes.removed).toEqual([{ id: 'pay-2027', type: 'salary-inflation', label: 'Salary inflation 3.5% a year' }]);
    expect(diff.changes.modified).toEqual([
      {
        id: 'ai-claims',
        type: 'automation',
        label: 'AI-assisted claims triage and estimating',
        fields: [
          { path: 'adoption.target', from: 0.6, to: 0.4 },
          { path: 'realisation', from: 0.7, to: 0.6 },
        ],
      },
    ]);

    const v3 = await call('scenarioRestore', { scenarioId: automationId, version: 1 });
    expect(v3.version).toBe(3);
    expect(v3.body).toEqual(v1.body);
    expect(v3.scenario.versions.at(-1)).toMatchObject({ version: 3, note: 'Restored version 1' });
    expect((await call('scenarioDiff', { scenarioId: automationId, from: 1, to: 3 })).identical).toBe(true);
    expect(await fail('scenarioDiff', { scenarioId: automationId, from: 1, to: 9 })).toMatchObject({ kind: 'not-found' });
    const audited = db().prepare(`SELECT summary FROM audit_log WHERE entity = 'scenario' ORDER BY id`).all() as { summary: string }[];
    expect(audited.map((a) => a.summary)).toEqual([expect.stringMatching(/version 2: slower/), expect.stringMatching(/version 3: Restored version 1/)]);
  });

  it('renames, clones (a version, or the baseline) and deletes', async () => {
    const { call, fail, automationId, marketId } = await demoApi();
    const renamed = await call('scenarioRename', { scenarioId: automationId, name: 'Automation wave 1', description: 'first wave' });
    expect(renamed).toMatchObject({ name: 'Automation wave 1', description: 'first wave', latestVersion: 1 });
    expect(await fail('scenarioRename', { scenarioId: marketId, name: 'automation WAVE 1' })).toMatchObject({ kind: 'conflict' });

    const clone = await call('scenarioClone', { scenarioId: automationId, name: 'Wave 1 (copy)' });
    expect(clone.scenario).toMatchObject({ kind: 'automation', description: 'first wave', latestVersion: 1 });
    expect(clone.scenario.versions[0].note).toBe('Cloned from Automation wave 1 version 1');
    expect(clone.body).toEqual((await call('scenarioGet', { scenarioId: automationId })).body);
    const fromBaseline = await call('scenarioClone', { scenarioId: 'baseline', name: 'My baseline' });
    expect(fromBaseline.scenario.kind).toBe('custom');
    expect(fromBaseline.body).toEqual((await call('scenarioGet', { scenarioId: 'baseline' })).body);

    expect(await call('scenarioDelete', { scenarioId: clone.scenario.id })).toEqual({ id: clone.scenario.id, name: 'Wave 1 (copy)' });
    expect(await fail('scenarioGet', { scenarioId: clone.scenario.id })).toMatchObject({ kind: 'not-found' });
    expect((await call('scenarioList')).map((s) => s.name)).not.toContain('Wave 1 (copy)');
  });

  it('protects the built-in baseline and refuses bodies naming records the engagement lacks', async () => {
    const { call, fail, automationId } = await demoApi();
    const body = (await call('scenarioGet', { scenarioId: 'baseline' })).body;
    for (const [method, payload] of [
      ['scenarioSave', { scenarioId: 'baseline', body }],
      ['scenarioRename', { scenarioId: 'baseline', name: 'x' }],
      ['scenarioDelete', { scenarioId: 'baseline' }],
      ['scenarioRestore', { scenarioId: 'baseline', version: 1 }],
      ['scenarioExport', { scenarioId: 'baseline' }],
    ] as const) {
      expect(await fail(method, payload), method).toMatchObject({ kind: 'validation', message: expect.stringMatching(/baseline is built in/) });
    }
    expect(await fail('scenarioGet', { scenarioId: 'baseline', version: 1 })).toMatchObject({ kind: 'validation' });

    const current = await call('scenarioGet', { scenarioId: automationId });
    const broken = { ...current.body, changes: [{ type: 'attrition', id: 'x', scope: { roleIds: [99999], orgUnitIds: [], locationIds: [] }, annualRate: 0.1 }] };
    const err = await fail('scenarioSave', { scenarioId: automationId, body: broken });
    expect(err).toMatchObject({ kind: 'validation', message: expect.stringMatching(/role 99999 \(at changes\[0\]\.scope\.roleIds\[0\]\)/) });
    expect(err.details).toEqual([{ path: 'body.changes[0].scope.roleIds[0]', message: 'no role with id 99999' }]);
    const invalid = await fail('scenarioSave', { scenarioId: automationId, body: { ...current.body, periods: 0 } });
    expect(invalid).toMatchObject({ kind: 'validation', message: expect.stringMatching(/body\.periods/) });
    expect((await call('scenarioGet', { scenarioId: automationId })).version).toBe(1);
  });
});
