// The export methods through the registry: a path on the desktop and the command line, bytes
// for a browser download; a browser page may not name a path.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult, ExportTableInfo } from '../../../src/shared/export-types';
import { testApi } from '../../helpers/engagement';

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value as T;
};

async function openWithPeople() {
  const api = testApi();
  value(await api.registry.call('createEngagement', { file: 'ex.skillshift', name: 'Export Co' }));
  const { db } = api.ctx.session.require();
  db.prepare(`INSERT INTO employees (ref, client_id, name, salary) VALUES ('P-0000000000000001', 'E1', 'Ada Lovelace', 50000)`).run();
  return api;
}

describe('export handlers', () => {
  it('lists the exportable tables', async () => {
    const { registry } = testApi();
    const tables = value<ExportTableInfo[]>(await registry.call('listExportTables', {}));
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['employees', 'proficiencies', 'requirements']));
  });

  it('writes to the path the host chose, pseudonymised by default', async () => {
    const { registry, dir, events, ctx } = await openWithPeople();
    const target = path.join(dir, 'people');
    const result = value<ExportResult>(await registry.call('exportTable', { what: 'employees', format: 'csv', destination: { kind: 'path', path: target } }));
    expect(result).toMatchObject({ path: `${target}.csv`, identified: false, rows: 1, base64: null });
    const text = fs.readFileSync(`${target}.csv`, 'utf8');
    expect(text).toContain('P-0000000000000001');
    expect(text).not.toContain('Ada');
    expect(text).not.toContain('E1,');
    expect(events.some((e) => e.name === 'progress' && (e.payload as { finished?: boolean }).finished)).toBe(true);
    ctx.session.close();
  });

  it('returns base64 bytes for a download and records an identified export', async () => {
    const { registry, ctx } = await openWithPeople();
    const result = value<ExportResult>(
      await registry.call('exportTable', { what: 'employees', format: 'xlsx', identified: true, destination: { kind: 'download' } }),
    );
    expect(result).toMatchObject({ fileName: 'export-co-employees-identified.xlsx', path: null, identified: true });
    const bytes = Buffer.from(result.base64!, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBe(result.bytes);
    const audit = ctx.session.require().db.prepare(`SELECT summary FROM audit_log WHERE entity = 'export'`).all();
    expect(audit).toEqual([{ summary: expect.stringContaining('browser download') }]);
    ctx.session.close();
  });

  it('refuses a path from a browser page, unknown tables and wrong extensions', async () => {
    const api = await openWithPeople();
    const target = path.join(api.dir, 'x.csv');
    const bad = await api.registry.call('exportTable', { what: 'employees', format: 'csv', destination: { kind: 'path', path: path.join(api.dir, 'x.xlsx') } });
    expect(bad).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation', message: expect.stringContaining('.csv') }) });
    const unknown = await api.registry.call('exportTable', { what: 'salaries', format: 'csv', destination: { kind: 'download' } });
    expect(unknown).toEqual({ ok: false, error: expect.objectContaining({ kind: 'validation' }) });
    (api.ctx.host as { transport: string }).transport = 'web';
    const web = await api.registry.call('exportTable', { what: 'employees', format: 'csv', destination: { kind: 'path', path: target } });
    expect(web).toEqual({ ok: false, error: expect.objectContaining({ kind: 'unsupported' }) });
    expect(fs.existsSync(target)).toBe(false);
    api.ctx.session.close();
  });
});
