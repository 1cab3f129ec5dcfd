import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER } from '../../../src/shared/bridge';
import { startWebHost, type WebHost } from '../../../src/main/web/server';
import { tempDir, testApi } from '../../helpers/engagement';

function request(
  host: WebHost,
  pathname: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; hostHeader?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: pathname,
        method: opts.method ?? 'GET',
        headers: { host: opts.hostHeader ?? `127.0.0.1:${host.port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('local browser host', () => {
  const rendererDir = tempDir('skillshift-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Skillshift</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'outside');
  const { registry } = testApi();
  let host: WebHost;

  beforeAll(async () => {
    host = await startWebHost({ registry, rendererDir });
  });
  afterAll(() => host.close());

  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict CSP and falls back to index.html for app routes', async () => {
    const root = await request(host, '/');
    expect(root.status).toBe(200);
    expect(root.headers['content-security-policy']).toContain("script-src 'self'");
    expect(root.body).toContain('<title>Skillshift</title>');
    expect((await request(host, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await request(host, '/overview')).body).toContain('<title>Skillshift</title>');
  });

  it('refuses path traversal out of the renderer folder', async () => {
    const r = await request(host, '/..%2Fsecret.txt');
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('outside');
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const r = await request(host, '/', { hostHeader: 'evil.example:80' });
    expect(r.status).toBe(403);
  });

  it('requires the token on every API call', async () => {
    const none = await request(host, `${API_PREFIX}appInfo`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    const wrong = await request(host, `${API_PREFIX}appInfo`, { method: 'POST', body: '{}', headers: { [TOKEN_HEADER]: 'x'.repeat(32) } });
    expect(wrong.status).toBe(401);
  });

  it('runs API calls through the registry and returns its typed results', async () => {
    const headers = { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' };
    const info = await request(host, `${API_PREFIX}appInfo`, { method: 'POST', body: '{}', headers });
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { transport: 'in-process', canPickFiles: false } });
    const bad = await request(host, `${API_PREFIX}openEngagement`, { method: 'POST', body: '{"file": 3}', headers });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const garbage = await request(host, `${API_PREFIX}openEngagement`, { method: 'POST', body: '{not json', headers });
    expect(garbage.status).toBe(400);
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('pushes events to connected pages over server-sent events, with the token', async () => {
    expect((await request(host, EVENTS_PATH)).status).toBe(401);
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port: host.port, path: `${EVENTS_PATH}?token=${host.token}` },
        (res) => {
          let buf = '';
          res.on('data', (c) => {
            buf += c;
            if (buf.includes('progress')) {
              req.destroy();
              resolve(buf);
            }
          });
        },
      );
      req.on('error', reject);
      setTimeout(() => host.emit('progress', { taskId: 't', label: 'Importing', done: 1, total: 2 }), 100);
    });
    const line = received.split('\n').find((l) => l.startsWith('data: '))!;
    expect(JSON.parse(line.slice(6))).toEqual({ event: 'progress', payload: { taskId: 't', label: 'Importing', done: 1, total: 2 } });
  });
});
