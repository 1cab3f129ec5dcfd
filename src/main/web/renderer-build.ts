// `npm run web` builds the renderer when it is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');
export const rendererOutDir = path.join(projectRoot, 'out', 'renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function rendererIsStale(): boolean {
  const index = path.join(rendererOutDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const sources = ['src/renderer', 'src/shared'].map((d) => path.join(projectRoot, d)).filter(fs.existsSync);
  return sources.some((d) => newestMtime(d) > built);
}

export function buildRenderer(log: (line: string) => void): void {
  log('Building the app (first run or sources changed)...');
  const bin = path.join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const result = spawnSync(bin, ['build'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`The build failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
}
