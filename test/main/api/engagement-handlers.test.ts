import fs from 'node:fs';
import path from 'node:path';
import type { EngagementSummary } from '../../../src/shared/api-types';
import { testApi } from '../../helpers/engagement';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};

describe('engagement handlers', () => {
  it('creates an engagement, reports it as current, and announces the switch', async () => {
    const { registry, events, dir } = testApi();
    const s = value<EngagementSummary>(await registry.call('createEngagement', { file: 'acme.skillshift', name: 'Acme Ltd', currency: 'GBP', locale: 'en-GB' }));
    expect(s).toMatchObject({ name: 'Acme Ltd', currency: 'GBP', fileName: 'acme.skillshift', horizonMonths: 18 });
    expect(s.counts.employees).toBe(0);
    expect(s.counts.auditLog).toBe(1);
    expect(fs.existsSync(path.join(dir, 'acme.skillshift'))).toBe(true);
    expect(value<EngagementSummary>(await registry.call('currentEngagement', {})).name).toBe('Acme Ltd');
    expect(events.map((e) => e.name)).toContain('engagementChanged');
  });

  it('validates engagement details and names the field', async () => {
    const { registry } = testApi();
    const r = await registry.call('createEngagement', { file: 'x.skillshift', name: 'X', currency: 'euro' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('validation');
    expect(r.error.details).toEqual([expect.objectContaining({ path: 'currency', message: expect.stringMatching(/ISO 4217/) })]);
  });

  it('closes, reopens and keeps settings changes, recording them in the audit log', async () => {
    const { registry } = testApi();
    value(await registry.call('createEngagement', { file: 'a.skillshift', name: 'A' }));
    const updated = value<{ settings: { costs: { contractorPremium: number; recruitingShareOfSalary: number } } }>(
      await registry.call('updateSettings', { meta: { name: 'A renamed' }, settings: { costs: { contractorPremium: 0.5 } } }),
    );
    // A partial patch changes only what it names.
    expect(updated.settings.costs).toMatchObject({ contractorPremium: 0.5, recruitingShareOfSalary: 0.2 });
    value(await registry.call('closeEngagement', {}));
    expect(value(await registry.call('currentEngagement', {}))).toBeNull();
    const s = value<EngagementSummary>(await registry.call('openEngagement', { file: 'a.skillshift' }));
    expect(s.name).toBe('A renamed');
    expect(s.counts.auditLog).toBe(3);
  });

  it('reports a bad file as bad-file and keeps the previous engagement open', async () => {
    const { registry, dir } = testApi();
    value(await registry.call('createEngagement', { file: 'good.skillshift', name: 'Good' }));
    fs.writeFileSync(path.join(dir, 'bad.skillshift'), 'not a database at all, just some text that is long enough'.repeat(4));
    const r = await registry.call('openEngagement', { file: 'bad.skillshift' });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'bad-file' }) });
    expect(value<EngagementSummary>(await registry.call('currentEngagement', {})).name).toBe('Good');
  });

  it('says file dialogs are unsupported where the host has none', async () => {
    const { registry } = testApi();
    const r = await registry.call('pickEngagementFile', { mode: 'open' });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'unsupported' }) });
  });
});

describe('browse handlers', () => {
  it('sorts by every whitelisted key and refuses others with a validation error naming the keys', async () => {
    const { registry } = testApi();
    value(await registry.call('createDemoEngagement', { file: 'demo.skillshift', employees: 60, seed: 3 }));
    const sorts = {
      listEmployees: ['ref', 'name', 'role', 'orgUnit', 'location', 'fte', 'salary', 'hireDate', 'assessedSkills'],
      listRoles: ['title', 'family', 'orgUnit', 'location', 'loadedCost', 'headcount', 'exposure', 'occupationCode', 'requirements'],
      listSkills: ['name', 'category', 'requiredByRoles', 'assessedPeople', 'meanLevel'],
    } as const;
    for (const [method, keys] of Object.entries(sorts)) {
      for (const sortBy of keys) {
        const page = value<{ total: number; rows: Record<string, unknown>[] }>(
          await registry.call(method, { sortBy, sortDir: 'desc', limit: 1000 }),
        );
        expect(page.rows.length, `${method} ${sortBy}`).toBe(page.total);
      }
      const bad = await registry.call(method, { sortBy: 'password' });
      expect(bad).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation', message: expect.stringContaining('Cannot sort by password') }) });
    }
    const byHeadcount = value<{ rows: { headcount: number }[] }>(await registry.call('listRoles', { sortBy: 'headcount', sortDir: 'desc' }));
    const counts = byHeadcount.rows.map((r) => r.headcount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('reports the privacy rule the overview applied', async () => {
    const { registry } = testApi();
    value(await registry.call('createDemoEngagement', { file: 'demo.skillshift', employees: 60, seed: 3 }));
    value(await registry.call('updateSettings', { settings: { privacy: { pseudonymise: true, minGroupSize: 10 } } }));
    const o = value<{ privacy: unknown; byUnit: { headcount: number; key: string }[]; headcount: number }>(await registry.call('getOverview', {}));
    expect(o.privacy).toEqual({ pseudonymise: true, minGroupSize: 10 });
    // Small groups are folded into "other"; totals are kept.
    expect(o.byUnit.filter((u) => u.key !== 'other').every((u) => u.headcount >= 10)).toBe(true);
    expect(o.byUnit.reduce((s, u) => s + u.headcount, 0)).toBe(o.headcount);
  });
});

describe('progress of opening', () => {
  it('announces opening a file before the work and finishes the task after it', async () => {
    const { registry, events } = testApi();
    value(await registry.call('createEngagement', { file: 'p.skillshift', name: 'P' }));
    value(await registry.call('closeEngagement', {}));
    events.length = 0;
    value(await registry.call('openEngagement', { file: 'p.skillshift' }));
    const names = events.map((e) => e.name);
    expect(names).toEqual(['progress', 'progress', 'engagementChanged']);
    expect(events[0].payload).toMatchObject({ done: 0, total: 1, label: expect.stringContaining('p.skillshift') });
    expect(events[1].payload).toMatchObject({ finished: true });
  });

  it('finishes the progress task even when opening fails', async () => {
    const { registry, events, dir } = testApi();
    fs.writeFileSync(path.join(dir, 'bad.skillshift'), 'x'.repeat(200));
    const r = await registry.call('openEngagement', { file: 'bad.skillshift' });
    expect(r.ok).toBe(false);
    expect(events.at(-1)?.payload).toMatchObject({ finished: true });
  });
});
