#!/usr/bin/env node
// `npm start`: builds the Electron SQLite driver if it is missing or stale, builds the app with
// electron-vite, then launches Electron on it (the electron package downloads its binary the
// first time it is asked for its path). Extra arguments go to the app, e.g. a .skillshift file:
//   npm start -- ~/Clients/Acme.skillshift
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isUpToDate, projectRoot, rebuildForElectron } from './rebuild-electron.mjs';

function fail(message) {
  console.error(message);
  process.exit(1);
}

async function main() {
  if (!isUpToDate()) {
    try {
      await rebuildForElectron();
    } catch (e) {
      fail(`Could not build the SQLite driver for Electron: ${e?.message ?? e}\nIt needs the internet once; try again when online, or run \`npm run web\` to use Skillshift in a browser.`);
    }
  }

  const bin = path.join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const built = spawnSync(bin, ['build'], { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) fail(`The build failed (exit ${built.status ?? built.signal}).`);

  let electron;
  try {
    electron = createRequire(import.meta.url)('electron'); // the executable's path; downloads it if needed
  } catch (e) {
    fail(`The Electron binary is not available and could not be downloaded: ${e?.message ?? e}`);
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    console.warn('Running as root: Chromium refuses to start without --no-sandbox. Run Skillshift as a normal user.');
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: projectRoot, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
