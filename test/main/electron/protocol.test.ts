import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/engagement';
import {
  APP_ORIGIN,
  APP_START_URL,
  createAppProtocolHandler,
  CSP,
  isTrustedUrl,
  originOf,
  privilegedScheme,
  resolveAppPath,
  startUrl,
  trustedOrigins,
} from '../../../src/main/electron/protocol';

function rendererDir(): string {
  const root = tempDir('skillshift-renderer-');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Skillshift</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'app-1.css'), 'body{}');
  // A secret next to (not inside) the served folder, which traversal must not reach.
  fs.writeFileSync(path.join(root, '..', `${path.basename(root)}-secret.txt`), 'secret');
  return root;
}

describe('app:// protocol handler', () => {
  const root = rendererDir();
  const handle = createAppProtocolHandler(root);
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves index.html for the root and for /index.html, with the strict CSP', async () => {
    for (const url of [`${APP_ORIGIN}/`, APP_START_URL]) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toContain('<title>Skillshift</title>');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('has every directive the security checklist asks for', () => {
    const directives = new Map(CSP.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }));
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data:");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CSP).not.toMatch(/unsafe-eval/);
  });

  it('serves assets with their content type', async () => {
    const js = await get(`${APP_ORIGIN}/assets/app-1.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const css = await get(`${APP_ORIGIN}/assets/app-1.css?v=2#x`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('content-security-policy')).toBe(CSP);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_START_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get(APP_START_URL, 'POST')).status).toBe(405);
  });

  it('returns 404 for missing files and folders', async () => {
    expect((await get(`${APP_ORIGIN}/nope.js`)).status).toBe(404);
    expect((await get(`${APP_ORIGIN}/assets`)).status).toBe(404);
  });

  it('refuses path traversal in every spelling, and other hosts', async () => {
    const secret = `${path.basename(root)}-secret.txt`;
    // Encoded separators and NULs survive URL parsing: our own check must refuse them.
    const refused = [
      `${APP_ORIGIN}/..%2f${secret}`,
      `${APP_ORIGIN}/assets/..%2f..%2f${secret}`,
      `${APP_ORIGIN}/..%5c${secret}`,
      `${APP_ORIGIN}/index.html%00.js`,
      `app://elsewhere/index.html`,
      `${APP_ORIGIN}/%E0%A4%A`,
    ];
    for (const url of refused) {
      const res = await get(url);
      expect(res.status, url).toBe(403);
      expect(await res.text()).not.toContain('secret');
    }
    // Plain and percent-encoded dot segments are folded by the URL parser: they stay inside.
    for (const url of [`${APP_ORIGIN}/../../${secret}`, `${APP_ORIGIN}/%2e%2e/${secret}`, `${APP_ORIGIN}/assets/%2E%2E/%2E%2E/${secret}`]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('maps URLs to files strictly inside the root', () => {
    expect(resolveAppPath(root, `${APP_ORIGIN}/assets/app-1.js`)).toBe(path.join(root, 'assets', 'app-1.js'));
    expect(resolveAppPath(root, `${APP_ORIGIN}/a%20b.png`)).toBe(path.join(root, 'a b.png'));
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});

describe('origins', () => {
  it('registers the scheme as standard and secure so it has an origin of its own', () => {
    expect(privilegedScheme.scheme).toBe('app');
    expect(privilegedScheme.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(privilegedScheme.privileges).not.toHaveProperty('bypassCSP');
  });

  it('loads the dev server only when electron-vite dev provides one', () => {
    expect(startUrl(undefined)).toBe('app://skillshift/index.html');
    expect(startUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(trustedOrigins(undefined)).toEqual(['app://skillshift']);
    expect(trustedOrigins('http://localhost:5173/')).toEqual(['app://skillshift', 'http://localhost:5173']);
  });

  it('trusts only exact origins', () => {
    const origins = trustedOrigins('http://localhost:5173');
    expect(originOf('app://skillshift/index.html#/people')).toBe('app://skillshift');
    expect(isTrustedUrl('app://skillshift/index.html', origins)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', origins)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', origins)).toBe(false);
    expect(isTrustedUrl('app://skillshift.evil/index.html', origins)).toBe(false);
    expect(isTrustedUrl('https://example.com/', origins)).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd', origins)).toBe(false);
    expect(isTrustedUrl('about:blank', origins)).toBe(false);
    expect(isTrustedUrl('', origins)).toBe(false);
  });
});
