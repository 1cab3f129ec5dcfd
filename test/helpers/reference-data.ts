// Where the public reference files live (O*NET, ESCO, exposure indices, golden examples).
// They are never copied into the repository: tests read them from `../shared/data` next to the
// project, from SKILLSHIFT_DATA when set, or from the workspace's copy at /work/shared/data
// (a clean clone checked out elsewhere still finds them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

function locate(): string {
  const candidates = [
    process.env.SKILLSHIFT_DATA,
    path.resolve(projectRoot, '../shared/data'),
    '/work/shared/data',
  ].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'README.md')));
  if (!found) {
    throw new Error(`The reference data folder was not found (looked in ${candidates.join(', ')}); set SKILLSHIFT_DATA to it.`);
  }
  return found;
}

export const REFERENCE_DATA = locate();
export const referenceFile = (...parts: string[]): string => path.join(REFERENCE_DATA, ...parts);
