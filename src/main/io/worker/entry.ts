// Where the import worker's code is. Two worlds, one resolver:
// - packaged app: electron-vite bundles src/main (this module included) into out/main/index.js
//   and the worker entry into out/main/import-worker.js beside it (an extra `import-worker`
//   input in electron.vite.config.ts), so the sibling .js exists and runs as plain JS;
// - development, tests and the CLI run the TypeScript sources, where the sibling is
//   import-worker.ts and the worker needs tsx's loader (`--import tsx`) to load it.
// SKILLSHIFT_IMPORT_WORKER overrides both (a path to a .js or .ts entry).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/result';

export interface WorkerEntry {
  file: string;
  execArgv: string[];
}

const tsxLoader = (): string[] => {
  const require = createRequire(import.meta.url);
  return ['--import', pathToFileURL(require.resolve('tsx')).href];
};

export function resolveWorkerEntry(name = 'import-worker'): WorkerEntry {
  const override = process.env.SKILLSHIFT_IMPORT_WORKER;
  if (override) return { file: override, execArgv: override.endsWith('.ts') ? tsxLoader() : [] };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const built = path.join(here, `${name}.js`);
  if (fs.existsSync(built)) return { file: built, execArgv: [] };
  const source = path.join(here, `${name}.ts`);
  if (fs.existsSync(source)) return { file: source, execArgv: tsxLoader() };
  throw new AppError('internal', `The import worker (${name}) is missing from this build; looked for ${built} and ${source}.`);
}
