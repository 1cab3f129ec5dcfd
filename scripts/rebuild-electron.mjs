#!/usr/bin/env node
// Builds the SQLite driver (better-sqlite3, multiple-ciphers flavour) for Electron's ABI into
// native/electron/better_sqlite3.node, which src/main/db/native-binding.ts loads inside Electron.
// node_modules keeps its Node-ABI build for the tests and the CLI: the module is copied into a
// scratch project under native/.build (inside the repo, so prebuild-install and node-gyp from
// node_modules are found), rebuilt there with @electron/rebuild, and only the .node is kept.
// Needs the internet once (a prebuilt binary, or Electron headers to compile). Never runs during
// `npm install` or the tests; `npm start` runs it when the build is missing or out of date.
// Usage: node scripts/rebuild-electron.mjs [--force]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const nativeDir = path.join(projectRoot, 'native', 'electron');
export const bindingFile = path.join(nativeDir, 'better_sqlite3.node');
export const stampFile = path.join(nativeDir, 'build-info.json');
const STAMP_KEYS = ['electron', 'module', 'moduleVersion', 'platform', 'arch'];

const readPackage = (root, name) =>
  JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));

/** What the Electron build must match: a change in any of these needs a new build. */
export function buildTarget(root = projectRoot) {
  const driver = readPackage(root, 'better-sqlite3');
  return {
    electron: readPackage(root, 'electron').version,
    module: driver.name,
    moduleVersion: driver.version,
    platform: process.platform,
    arch: process.arch,
  };
}

export function isUpToDate(target = buildTarget(), files = { bindingFile, stampFile }) {
  if (!fs.existsSync(files.bindingFile)) return false;
  try {
    const stamp = JSON.parse(fs.readFileSync(files.stampFile, 'utf8'));
    return STAMP_KEYS.every((k) => stamp[k] === target[k]);
  } catch {
    return false;
  }
}

/**
 * A scratch project holding a copy of the driver without its Node build, so the rebuild can
 * neither reuse nor overwrite node_modules' binary. Returns the copied module's folder.
 */
export function prepareScratch(scratch, root = projectRoot) {
  const source = fs.realpathSync(path.join(root, 'node_modules', 'better-sqlite3'));
  const driver = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
  fs.rmSync(scratch, { recursive: true, force: true });
  const target = path.join(scratch, 'node_modules', driver.name);
  fs.cpSync(source, target, {
    recursive: true,
    filter: (from) => {
      const top = path.relative(source, from).split(path.sep)[0];
      return top !== 'build' && top !== 'prebuilds' && top !== 'node_modules';
    },
  });
  const manifest = { name: 'skillshift-native-build', version: '0.0.0', private: true, dependencies: { [driver.name]: driver.version } };
  fs.writeFileSync(path.join(scratch, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return target;
}

export async function rebuildForElectron({ log = console.log } = {}) {
  const target = buildTarget();
  const scratch = path.join(projectRoot, 'native', '.build');
  const moduleDir = prepareScratch(scratch);
  log(`Building ${target.module} ${target.moduleVersion} for Electron ${target.electron} (${target.platform}-${target.arch})...`);
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({
      buildPath: scratch,
      electronVersion: target.electron,
      arch: target.arch,
      onlyModules: [target.module],
      force: true,
      mode: 'sequential',
    });
    const built = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) throw new Error(`the rebuild finished but ${built} is missing`);
    fs.mkdirSync(nativeDir, { recursive: true });
    fs.copyFileSync(built, `${bindingFile}.tmp`);
    fs.renameSync(`${bindingFile}.tmp`, bindingFile);
    fs.writeFileSync(stampFile, `${JSON.stringify({ ...target, builtAt: new Date().toISOString() }, null, 2)}\n`);
    log(`Wrote ${path.relative(projectRoot, bindingFile)}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  if (!process.argv.includes('--force') && isUpToDate()) {
    console.log(`${path.relative(projectRoot, bindingFile)} is up to date (use --force to rebuild).`);
  } else {
    rebuildForElectron().catch((e) => {
      console.error(`Could not build the SQLite driver for Electron: ${e?.message ?? e}`);
      console.error('It needs the internet once (a prebuilt binary from GitHub, or Electron headers and a C++ toolchain).');
      process.exit(1);
    });
  }
}
