// The renderer is served from a custom privileged scheme rather than file://, so it gets a real
// origin (CSP 'self', same-origin fetch) and can reach nothing but the built renderer folder.
// Pure apart from `fs`: the handler takes a WHATWG Request and returns a Response.
import fs from 'node:fs';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'skillshift';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const privilegedScheme = {
  scheme: APP_SCHEME,
  // standard: a proper origin and relative URL resolution; secure: counts as a secure context;
  // supportFetchAPI: fetch() of our own assets; codeCache: V8 caches our scripts.
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeOf = (file: string): string =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

const baseHeaders = (): Record<string, string> => ({
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
});

const textResponse = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...baseHeaders(), 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL is not ours or would
 * leave the folder (`..`, encoded separators, NUL bytes, another host).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  // The URL parser already folds plain `..`; what is left can only come from encoded input.
  if (pathname.split('/').some((segment) => segment === '..')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = path.resolve(rootDir);
  const target = path.resolve(root, `.${pathname}`);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  return target;
}

/** The handler given to protocol.handle(APP_SCHEME, ...). */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return textResponse(403, 'Forbidden');
    let body: Buffer;
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile()) return textResponse(404, 'Not found');
      body = await fs.promises.readFile(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    const headers = { ...baseHeaders(), 'content-type': contentTypeOf(file), 'content-length': String(body.length) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}

/** Where the window loads from: the dev server under `electron-vite dev`, else our scheme. */
export function startUrl(devServerUrl: string | undefined): string {
  return devServerUrl ? devServerUrl : APP_START_URL;
}

/** `scheme://host[:port]` of a URL; Node reports "null" as the origin of non-special schemes. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

/** The origins our own pages may come from: the app scheme, plus the dev server in development. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export const isTrustedUrl = (url: string, origins: readonly string[]): boolean => {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
};
