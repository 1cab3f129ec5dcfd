// Native module selection. Tests and the CLI run in Node with the ABI build npm compiled;
// inside Electron we load a separate Electron-ABI build made by `npm run rebuild:electron`
// (it needs the internet, so it never runs during `npm install` or tests).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null | undefined;

export function nativeBinding(): string | undefined {
  if (cached === undefined) cached = resolveBinding();
  return cached ?? undefined;
}

function resolveBinding(): string | null {
  const fromEnv = process.env.SKILLSHIFT_SQLITE_BINDING;
  if (fromEnv) return fromEnv;
  if (!process.versions.electron) return null; // Node: better-sqlite3 finds its own build
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    // packaged app: electron-builder copies native/ into resources
    resourcesPath ? path.join(resourcesPath, 'native', 'better_sqlite3.node') : '',
    // development: the bundle is out/main/index.js, the build sits in <project>/native/electron
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../native/electron/better_sqlite3.node'),
    path.join(process.cwd(), 'native', 'electron', 'better_sqlite3.node'),
  ].filter(Boolean);
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(
    'The Electron build of the SQLite driver is missing. Run `npm run rebuild:electron` (needs the internet once), or `npm start` which does it for you.',
  );
}
