import fs from 'node:fs';
import path from 'node:path';
import type { EngagementSummary } from '../../../src/shared/api-types';
import type { ProgressEvent } from '../../../src/shared/events';
import type { ImportPresetView, ImportPreview, ImportReport, StagedImport } from '../../../src/shared/import-types';
import { testApi } from '../../helpers/engagement';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};

async function engagement() {
  const api = testApi();
  value(await api.registry.call('createEngagement', { file: 'acme.skillshift', name: 'Acme' }));
  value(await api.registry.call('updateSettings', { settings: { privacy: { pseudonymise: false } } }));
  return api;
}

const PEOPLE = 'Employee Number,Full Name,Job Title,FTE,Reports To\nE1,Ann Ahern,Lead,1,\nE2,Bea Byrne,Analyst,0.8,E1\nE3,Cal Cole,Analyst,x,E1\n';

describe('import API (through the registry, validate and commit in a worker thread)', () => {
  it('stages, previews with guessed mapping, validates with a report, and commits with progress events', async () => {
    const { registry, events, dir } = await engagement();
    fs.writeFileSync(path.join(dir, 'people.csv'), PEOPLE);
    const staged = value<StagedImport>(await registry.call('importStage', { path: path.join(dir, 'people.csv') }));
    expect(staged).toMatchObject({ fileName: 'people.csv', format: 'csv', encoding: 'utf-8', delimiter: ',' });

    const preview = value<ImportPreview>(await registry.call('importPreview', { stagingId: staged.stagingId, kind: 'employees', rows: 2 }));
    expect(preview.headers).toEqual(['Employee Number', 'Full Name', 'Job Title', 'FTE', 'Reports To']);
    expect(preview.rows).toEqual([['E1', 'Ann Ahern', 'Lead', '1', ''], ['E2', 'Bea Byrne', 'Analyst', '0.8', 'E1']]);
    expect(preview.rowNumbers).toEqual([2, 3]);
    expect(preview.mapping.fields).toEqual({ employeeId: 'Employee Number', name: 'Full Name', role: 'Job Title', fte: 'FTE', managerId: 'Reports To' });
    expect(preview.guesses.every((g) => g.confidence === 1)).toBe(true);
    expect(preview.fields.find((f) => f.key === 'employeeId')).toMatchObject({ required: true });

    const checked = value<ImportReport>(await registry.call('importValidate', { stagingId: staged.stagingId, kind: 'employees', mapping: preview.mapping, createMissing: true }));
    expect(checked).toMatchObject({ mode: 'validate', committed: false, counts: { rows: 3, invalid: 1, added: 2 }, created: { roles: ['Lead', 'Analyst'] } });
    expect(checked.errors).toEqual([{ row: 4, column: 'FTE', value: 'x', problem: expect.stringMatching(/not a number/), code: 'unparseable-number' }]);
    const progress = events.filter((e) => e.name === 'progress').map((e) => e.payload as ProgressEvent);
    expect(progress[0]).toMatchObject({ taskId: `import:${staged.stagingId}`, label: 'Checking people.csv' });
    expect(progress.at(-1)).toMatchObject({ finished: true });

    const blocked = value<ImportReport>(await registry.call('importCommit', { stagingId: staged.stagingId, kind: 'employees', createMissing: true }));
    expect(blocked.committed).toBe(false);
    const done = value<ImportReport>(await registry.call('importCommit', { stagingId: staged.stagingId, kind: 'employees', createMissing: true, skipInvalid: true, taskId: 'my-task' }));
    expect(done).toMatchObject({ committed: true, counts: { added: 2, skipped: 1 } });
    expect(events.some((e) => e.name === 'progress' && (e.payload as ProgressEvent).taskId === 'my-task')).toBe(true);
    const summary = value<EngagementSummary>(await registry.call('currentEngagement', {}));
    expect(summary.counts).toMatchObject({ employees: 2, roles: 2 });
    expect(events.filter((e) => e.name === 'engagementChanged').length).toBeGreaterThan(1);

    const page = value<{ total: number; rows: unknown[] }>(await registry.call('importReportPage', { stagingId: staged.stagingId, section: 'added', offset: 1, limit: 10 }));
    expect(page).toMatchObject({ total: 2, rows: [{ key: 'E2', row: 3 }] });
    value(await registry.call('importDiscard', { stagingId: staged.stagingId }));
    const gone = await registry.call('importPreview', { stagingId: staged.stagingId, kind: 'employees' });
    expect(gone).toEqual({ ok: false, error: expect.objectContaining({ kind: 'not-found' }) });
  });

  it('takes uploads as base64 with a clear size limit, and refuses arbitrary paths from a browser page', async () => {
    const { registry, ctx, dir } = await engagement();
    const staged = value<StagedImport>(await registry.call('importStage', { fileName: '../../etc/skills.csv', contentBase64: Buffer.from('Skill;Category\nPython;technical\n').toString('base64') }));
    expect(staged).toMatchObject({ fileName: 'skills.csv', delimiter: ';' });
    const tooBig = await registry.call('importStage', { fileName: 'big.csv', contentBase64: 'A'.repeat(45 * 1024 * 1024) });
    expect(tooBig).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation', message: expect.stringMatching(/32 MB upload limit/) }) });
    const neither = await registry.call('importStage', {});
    expect(neither).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
    (ctx.host as { transport: string }).transport = 'web';
    fs.writeFileSync(path.join(dir, 'inside.csv'), 'Skill,Category\nSQL,technical\n');
    expect((await registry.call('importStage', { path: 'inside.csv' })).ok).toBe(true);
    const outside = await registry.call('importStage', { path: '/etc/passwd' });
    expect(outside).toEqual({ ok: false, error: expect.objectContaining({ kind: 'unsupported' }) });
  });

  it('cancels a long commit by task id; the transaction rolls back', async () => {
    const { registry, events, dir } = await engagement();
    const people = ['Employee ID', ...Array.from({ length: 8000 }, (_, i) => `E${i}`)].join('\n');
    fs.writeFileSync(path.join(dir, 'people.csv'), people);
    fs.writeFileSync(path.join(dir, 'skills.csv'), ['Skill,Category', ...Array.from({ length: 150 }, (_, i) => `S${i},technical`)].join('\n'));
    for (const [f, kind] of [['people.csv', 'employees'], ['skills.csv', 'skills']] as const) {
      const s = value<StagedImport>(await registry.call('importStage', { path: path.join(dir, f) }));
      expect(value<ImportReport>(await registry.call('importCommit', { stagingId: s.stagingId, kind })).committed).toBe(true);
    }
    const lines = ['Employee ID,Skill,Level'];
    for (let e = 0; e < 8000; e++) for (let s = 0; s < 150; s++) lines.push(`E${e},S${s},${(e + s) % 6}`);
    fs.writeFileSync(path.join(dir, 'prof.csv'), lines.join('\n'));
    const staged = value<StagedImport>(await registry.call('importStage', { path: path.join(dir, 'prof.csv') }));
    const before = value<EngagementSummary>(await registry.call('currentEngagement', {})).counts;
    const running = registry.call('importCommit', { stagingId: staged.stagingId, kind: 'proficiencies', taskId: 'big' });
    // Cancel once the worker reports rows read (progress past zero).
    const deadline = Date.now() + 60_000;
    while (!events.some((e) => e.name === 'progress' && (e.payload as ProgressEvent).taskId === 'big' && (e.payload as ProgressEvent).done > 0)) {
      if (Date.now() > deadline) throw new Error('no progress from the import worker');
      await new Promise((r) => setTimeout(r, 20));
    }
    const busy = await registry.call('importCommit', { stagingId: staged.stagingId, kind: 'proficiencies' });
    expect(busy).toEqual({ ok: false, error: expect.objectContaining({ kind: 'conflict' }) });
    expect(value(await registry.call('importCancel', { taskId: 'big' }))).toEqual({ cancelled: true });
    expect(await running).toEqual({ ok: false, error: expect.objectContaining({ kind: 'cancelled' }) });
    expect(value<EngagementSummary>(await registry.call('currentEngagement', {})).counts).toEqual(before);
    expect(value(await registry.call('importCancel', { taskId: 'big' }))).toEqual({ cancelled: false });
  }, 120_000);

  it('saves, lists, replaces and deletes mapping presets', async () => {
    const { registry } = await engagement();
    const mapping = { fields: { employeeId: 'Personnel No', salary: 'Base Pay' } };
    const saved = value<ImportPresetView>(await registry.call('saveImportPreset', { name: 'Workday export', kind: 'employees', mapping, options: { dateFormat: 'dmy', decimalSeparator: ',' } }));
    expect(saved).toMatchObject({ name: 'Workday export', kind: 'employees', mapping, options: { dateFormat: 'dmy', decimalSeparator: ',' } });
    const replaced = value<ImportPresetView>(await registry.call('saveImportPreset', { name: 'workday EXPORT', kind: 'employees', mapping: { fields: { employeeId: 'Worker ID' } } }));
    expect(replaced.id).toBe(saved.id);
    value(await registry.call('saveImportPreset', { name: 'Skills matrix', kind: 'proficiencies', mapping: { fields: { employeeId: 'ID' }, skillColumns: { Py: 'Python' } } }));
    const list = value<ImportPresetView[]>(await registry.call('listImportPresets', { kind: 'employees' }));
    expect(list).toEqual([expect.objectContaining({ name: 'workday EXPORT', mapping: { fields: { employeeId: 'Worker ID' } }, options: null })]);
    expect(value<ImportPresetView[]>(await registry.call('listImportPresets', {}))).toHaveLength(2);
    value(await registry.call('deleteImportPreset', { id: saved.id }));
    expect(await registry.call('deleteImportPreset', { id: saved.id })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'not-found' }) });
    const bad = await registry.call('saveImportPreset', { name: 'x', kind: 'teams', mapping: { fields: {} } });
    expect(bad).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
  });

  it('names a mapping that points at a missing column', async () => {
    const { registry, dir } = await engagement();
    fs.writeFileSync(path.join(dir, 'p.csv'), PEOPLE);
    const s = value<StagedImport>(await registry.call('importStage', { path: path.join(dir, 'p.csv') }));
    const r = await registry.call('importValidate', { stagingId: s.stagingId, kind: 'employees', mapping: { fields: { employeeId: 'Staff No' } } });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation', message: expect.stringMatching(/no such column|"Staff No"/) }) });
  });
});
