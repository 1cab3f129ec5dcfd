// scripts/rebuild-electron.mjs: what decides a rebuild, and that the scratch copy leaves
// node_modules' Node-ABI build alone (the rebuild itself needs the internet and is not run here).
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/engagement';
import { buildTarget, isUpToDate, prepareScratch, projectRoot } from '../../../scripts/rebuild-electron.mjs';

const electronVersion = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules/electron/package.json'), 'utf8')).version;

describe('rebuild-electron script', () => {
  it('targets the installed Electron and SQLite driver on this platform', () => {
    expect(buildTarget()).toEqual({
      electron: electronVersion,
      module: 'better-sqlite3-multiple-ciphers',
      moduleVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      platform: process.platform,
      arch: process.arch,
    });
  });

  it('rebuilds when the binary is missing or was built for something else', () => {
    const dir = tempDir();
    const files = { bindingFile: path.join(dir, 'better_sqlite3.node'), stampFile: path.join(dir, 'build-info.json') };
    const target = buildTarget();
    expect(isUpToDate(target, files)).toBe(false);
    fs.writeFileSync(files.bindingFile, 'binary');
    expect(isUpToDate(target, files)).toBe(false); // no stamp
    fs.writeFileSync(files.stampFile, JSON.stringify({ ...target, electron: '44.0.0' }));
    expect(isUpToDate(target, files)).toBe(false);
    fs.writeFileSync(files.stampFile, '{corrupt');
    expect(isUpToDate(target, files)).toBe(false);
    fs.writeFileSync(files.stampFile, JSON.stringify({ ...target, builtAt: '2026-01-01T00:00:00Z' }));
    expect(isUpToDate(target, files)).toBe(true);
  });

  it('copies the driver sources into a scratch project without any build, leaving node_modules untouched', () => {
    const nodeBuild = path.join(projectRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const before = fs.statSync(nodeBuild);
    const scratch = path.join(tempDir(), 'scratch');
    const moduleDir = prepareScratch(scratch);
    expect(moduleDir).toBe(path.join(scratch, 'node_modules', 'better-sqlite3-multiple-ciphers'));
    for (const needed of ['binding.gyp', 'package.json', 'lib', 'src', 'deps']) expect(fs.existsSync(path.join(moduleDir, needed)), needed).toBe(true);
    expect(fs.existsSync(path.join(moduleDir, 'build'))).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(scratch, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['better-sqlite3-multiple-ciphers']);
    const after = fs.statSync(nodeBuild);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    fs.rmSync(scratch, { recursive: true, force: true });
  });
});
