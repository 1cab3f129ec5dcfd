// The local browser host: serves the built renderer and the same API registry as the Electron
// shell, on 127.0.0.1 only, with a random per-run token required on every API call.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { API_PREFIX, EVENTS_PATH, TOKEN_HEADER } from '../../shared/bridge';
import type { EventMap, EventName } from '../../shared/events';
import { fail, type Result } from '../../shared/result';
import type { Registry } from '../api/registry';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface WebHostOptions {
  registry: Registry;
  /** Built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  /** Pushes an event to every connected page. */
  emit<E extends EventName>(name: E, payload: EventMap[E]): void;
  close(): Promise<void>;
}

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
};

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body over ${MAX_BODY_BYTES / 1024 / 1024} MB`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const clients = new Set<http.ServerResponse>();
  const root = path.resolve(opts.rendererDir);
  let port = 0;

  // DNS-rebinding guard: only our own origin may talk to us.
  const hostAllowed = (host: string | undefined) =>
    host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string) {
    if (req.method !== 'POST') return sendJson(res, 405, fail('validation', 'API calls must use POST.'));
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameToken(given, token)) {
      return sendJson(res, 401, fail('unauthorized', 'Missing or wrong session token.'));
    }
    let payload: unknown;
    try {
      const text = await readBody(req);
      payload = text.length === 0 ? {} : JSON.parse(text);
    } catch (e) {
      return sendJson(res, 400, fail('validation', `The request body is not valid JSON: ${(e as Error).message}`));
    }
    sendJson(res, 200, await opts.registry.call(decodeURIComponent(method), payload));
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const given = url.searchParams.get('token') ?? '';
    if (!sameToken(given, token)) return sendJson(res, 401, fail('unauthorized', 'Missing or wrong session token.'));
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    // Unknown paths fall back to the app so reloads on a section keep working.
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
    if (!fs.existsSync(target)) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('The renderer is not built: run `npm run build`.');
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypes[path.extname(target)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': target.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
    fs.createReadStream(target).pipe(res);
  }

  const server = http.createServer((req, res) => {
    if (!hostAllowed(req.headers.host)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith(API_PREFIX)) {
      handleApi(req, res, url.pathname.slice(API_PREFIX.length)).catch((e) =>
        sendJson(res, 500, fail('internal', (e as Error).message)),
      );
    } else if (url.pathname === EVENTS_PATH) {
      handleEvents(req, res, url);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      serveStatic(res, url.pathname);
    } else {
      res.writeHead(405).end();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    emit(name, payload) {
      const data = `data: ${JSON.stringify({ event: name, payload })}\n\n`;
      for (const c of clients) c.write(data);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of clients) c.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
