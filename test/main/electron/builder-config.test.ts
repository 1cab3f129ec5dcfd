// electron-builder.yml checked the way electron-builder itself checks it (its loader and its
// own validator over scheme.json), plus a strict JSON-schema pass without type coercion, and
// the packaging facts the app relies on at run time.
import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';

const root = path.resolve(import.meta.dirname, '../../..');
const schemaFile = path.join(root, 'node_modules', 'app-builder-lib', 'scheme.json');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const quietLogger = { isEnabled: false, add: () => undefined } as never;

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
});

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('matches scheme.json strictly, without type coercion', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    const valid = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is really checked: a misspelt option is refused', async () => {
    const broken = { ...config, linux: { ...config.linux, catgory: 'Office' } } as Configuration;
    await expect(validateConfiguration(broken, quietLogger)).rejects.toThrow(/configuration\.linux/);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
    expect(validate.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ instancePath: '/linux', params: { additionalProperty: 'catgory' } })]),
    );
  });

  it('names the app and targets Linux, Windows and macOS', () => {
    expect(config.appId).toBe('com.skillshift.app');
    expect(config.productName).toBe('Skillshift');
    expect(config.directories?.buildResources).toBe('build');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/\S+ <\S+@\S+>/);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('associates .skillshift files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'skillshift', name: 'Skillshift engagement', role: 'Editor', mimeType: 'application/x-skillshift' }),
    ]);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('ships the build output and the Electron SQLite driver where native-binding.ts looks', () => {
    // electron-builder's loader folds the patterns into one file set.
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(patterns).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(patterns.filter((p) => p.startsWith('!')).join(' ')).toMatch(/src.*test/);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.extraResources).toEqual([{ from: 'native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' }]);
    const binding = fs.readFileSync(path.join(root, 'src/main/db/native-binding.ts'), 'utf8');
    expect(binding).toContain("path.join(resourcesPath, 'native', 'better_sqlite3.node')");
    expect(binding).toContain("path.join(process.cwd(), 'native', 'electron', 'better_sqlite3.node')");
    expect(config.npmRebuild).toBe(false); // never overwrite the Node build the tests use
  });

  it('has real icons in build/', () => {
    expect(pngSize(path.join(root, 'build', 'icon.png'))).toEqual({ width: 512, height: 512 });
    for (const s of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(root, 'build', 'icons', `${s}x${s}.png`))).toEqual({ width: s, height: s });
    }
    const ico = fs.readFileSync(path.join(root, config.win!.icon as string));
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toContain(256);
    const icns = fs.readFileSync(path.join(root, config.mac!.icon as string));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic09'))).toBe(true); // 512x512
  });
});

describe('package.json', () => {
  it('keeps electron (and the build tools) out of the runtime dependencies', () => {
    for (const dev of ['electron', 'electron-builder', 'electron-vite', '@electron/rebuild']) {
      expect(pkg.dependencies).not.toHaveProperty(dev);
      expect(pkg.devDependencies).toHaveProperty(dev);
    }
  });

  it('points "main" at the electron-vite main output', () => {
    expect(pkg.main).toBe('out/main/index.js');
    const viteConfig = fs.readFileSync(path.join(root, 'electron.vite.config.ts'), 'utf8');
    expect(viteConfig).toMatch(/index: at\('\.\/src\/main\/electron\/main\.ts'\)/);
    // Worker threads are emitted as their own entries next to index.js.
    expect(viteConfig).toMatch(/'scenario-worker': at\('\.\/src\/main\/engine\/parallel\/worker\.ts'\)/);
    expect(viteConfig).toMatch(/outDir: at\('\.\/out\/main'\)/);
  });
});
