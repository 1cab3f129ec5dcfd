// Where the import worker's code is. Two worlds, one resolver:
// - packaged app: electron-vite bundles src/main (this module included) into out/main/index.js,
//   and the worker must be its own bundle entry emitted beside it as out/main/import-worker.js
//   (main build input `'import-worker': 'src/main/io/worker/import-worker.ts'` in
//   electron.vite.config.ts). This module's URL then ends in .js and the sibling is plain JS.
// - development, tests, the CLI and `npm run bench` run the TypeScript sources: this module's
//   URL ends in .ts. Node 20 does not apply `execArgv: ['--import', 'tsx']` to a worker's entry
//   (ERR_UNKNOWN_FILE_EXTENSION), so the worker starts from a tiny bootstrap that registers
//   tsx's hooks inside the worker and then imports import-worker.ts: the scenario engine's
//   `tsxEntry`, shared rather than copied.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../../shared/result';
import { tsxEntry, type WorkerEntry } from '../../engine/parallel/worker-entry';

export const BUNDLED_IMPORT_WORKER = 'import-worker.js';

export function resolveImportWorker(here: string = import.meta.url): WorkerEntry {
  if (here.endsWith('.ts')) return tsxEntry(new URL('./import-worker.ts', here));
  const url = new URL(`./${BUNDLED_IMPORT_WORKER}`, here);
  if (!fs.existsSync(fileURLToPath(url))) {
    throw new AppError(
      'internal',
      `The import worker ${fileURLToPath(url)} is missing: the build must emit src/main/io/worker/import-worker.ts as '${BUNDLED_IMPORT_WORKER}' next to the main bundle.`,
    );
  }
  return { url, options: {} };
}
