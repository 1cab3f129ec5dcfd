import fs from 'node:fs';
import path from 'node:path';
import { dataFolderHost, resolveInFolder } from '../../../src/main/web/data-folder-host';
import { AppError } from '../../../src/shared/result';
import { tempDir, testApi } from '../../helpers/engagement';

describe('data folder host', () => {
  const dir = tempDir();

  it('resolves plain file names inside the folder, adding the extension', () => {
    expect(resolveInFolder(dir, 'Client A')).toBe(path.join(dir, 'Client A.skillshift'));
    expect(resolveInFolder(dir, 'b.skillshift')).toBe(path.join(dir, 'b.skillshift'));
    expect(resolveInFolder(dir, path.join(dir, 'c.skillshift'))).toBe(path.join(dir, 'c.skillshift'));
  });

  it.each(['../escape', '/etc/passwd', 'a/b', '..', 'a\\b', '', '.hidden'])('refuses %j', (name) => {
    expect(() => resolveInFolder(dir, name)).toThrow(AppError);
  });

  it('lists engagement files with their names, newest first, and tolerates foreign files', async () => {
    const { registry } = testApi(dir);
    await registry.call('createEngagement', { file: 'one.skillshift', name: 'First client' });
    fs.writeFileSync(path.join(dir, 'junk.skillshift'), 'junk');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'ignored');
    const files = dataFolderHost(dir).listFiles();
    expect(files.map((f) => f.fileName).sort()).toEqual(['junk.skillshift', 'one.skillshift']);
    expect(files.find((f) => f.fileName === 'one.skillshift')?.name).toBe('First client');
    expect(files.find((f) => f.fileName === 'junk.skillshift')?.name).toBeNull();
  });
});
