// Where the worker script is, in the two ways the main process runs:
//
// - From TypeScript sources (tsx for the CLI, vitest, `npm run bench`): this module's URL ends in
//   .ts. Node 20 does not apply `execArgv: ['--import', 'tsx']` to a worker's entry module (it
//   fails with ERR_UNKNOWN_FILE_EXTENSION on Node 20.20), so the worker starts from a tiny
//   bootstrap module that registers tsx's ESM hooks in the worker itself (tsx/esm/api `register`,
//   located through tsx's package exports) and then imports worker.ts.
// - From the bundle (the packaged app, out/main/*.js): this module is bundled into a .js file and
//   the worker must be its own bundle entry emitted next to it as `scenario-worker.js`
//   (electron-vite: main build `rollupOptions.input` gets
//   `'scenario-worker': 'src/main/engine/parallel/worker.ts'`). It is plain JS: no loader needed.
//
// Either way callers may pass their own entry (tests of the pool use a tiny worker of their own).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export interface WorkerEntry {
  url: URL;
  options: WorkerOptions;
}

export const BUNDLED_WORKER_FILE = 'scenario-worker.js';

/** A worker entry for a TypeScript module, run through tsx's hooks inside the worker. */
export function tsxEntry(tsModule: URL): WorkerEntry {
  const req = createRequire(import.meta.url);
  const pkgFile = req.resolve('tsx/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const api = pathToFileURL(path.join(path.dirname(pkgFile), pkg.exports['./esm/api'].import.default)).href;
  const boot = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(tsModule.href)});`;
  return { url: new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options: {} };
}

/** The scenario worker for however this process is running. */
export function resolveWorkerEntry(here: string = import.meta.url): WorkerEntry {
  if (here.endsWith('.ts')) return tsxEntry(new URL('./worker.ts', here));
  const url = new URL(`./${BUNDLED_WORKER_FILE}`, here);
  if (!fs.existsSync(fileURLToPath(url))) {
    throw new Error(
      `The scenario worker ${fileURLToPath(url)} is missing: the build must emit src/main/engine/parallel/worker.ts as '${BUNDLED_WORKER_FILE}' next to the main bundle.`,
    );
  }
  return { url, options: {} };
}
