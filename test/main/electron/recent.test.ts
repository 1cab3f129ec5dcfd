import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/engagement';
import { MAX_RECENT, RECENT_FILE, RecentFiles } from '../../../src/main/electron/recent';

function setup() {
  const dir = tempDir();
  const storeFile = path.join(dir, 'userData', RECENT_FILE);
  const addToOs = vi.fn();
  const onChange = vi.fn();
  const recent = new RecentFiles({ storeFile, addToOs, onChange });
  const touch = (name: string, body = 'x') => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, body);
    return file;
  };
  return { dir, storeFile, recent, addToOs, onChange, touch };
}

describe('RecentFiles', () => {
  it('keeps the newest first, without duplicates, and tells the OS', () => {
    const { recent, touch, addToOs, onChange } = setup();
    const a = touch('a.skillshift');
    const b = touch('b.skillshift');
    recent.add(a, 'Acme');
    recent.add(b);
    recent.add(a);
    expect(recent.entries()).toEqual([
      { file: a, name: 'Acme' },
      { file: b, name: null },
    ]);
    expect(addToOs.mock.calls).toEqual([[a], [b], [a]]);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it(`holds at most ${MAX_RECENT} files`, () => {
    const { recent, touch } = setup();
    const files = Array.from({ length: MAX_RECENT + 3 }, (_, i) => touch(`f${i}.skillshift`));
    for (const f of files) recent.add(f);
    const list = recent.entries().map((e) => e.file);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(files.at(-1));
    expect(list).not.toContain(files[0]);
  });

  it('drops files that have gone, from the list and from the store', () => {
    const { recent, touch, storeFile } = setup();
    const keep = touch('keep.skillshift');
    const gone = touch('gone.skillshift');
    recent.add(keep);
    recent.add(gone);
    fs.rmSync(gone);
    expect(recent.entries().map((e) => e.file)).toEqual([keep]);
    expect(JSON.parse(fs.readFileSync(storeFile, 'utf8'))).toEqual([{ file: keep, name: null }]);
  });

  it('reads a corrupt or foreign store as empty, skipping bad entries', () => {
    const { recent, storeFile, touch } = setup();
    fs.mkdirSync(path.dirname(storeFile), { recursive: true });
    fs.writeFileSync(storeFile, '[{"file": "/x.skillsh');
    expect(recent.entries()).toEqual([]);
    const ok = touch('ok.skillshift');
    fs.writeFileSync(storeFile, JSON.stringify([42, { file: 'relative.skillshift' }, null, ok, { file: ok }]));
    expect(recent.entries()).toEqual([{ file: ok, name: null }]);
  });

  it('learns names and lists files the way the API returns them', () => {
    const { recent, touch } = setup();
    const a = touch('Client A.skillshift', '12345');
    recent.add(a);
    recent.rename(a, 'Client A plc');
    recent.rename('/not/listed.skillshift', 'ignored');
    const [item] = recent.list();
    expect(item).toMatchObject({ file: a, fileName: 'Client A.skillshift', name: 'Client A plc', sizeBytes: 5 });
    expect(new Date(item.modifiedAt).toISOString()).toBe(item.modifiedAt);
    expect(recent.list()).toHaveLength(1);
  });

  it('removes and clears', () => {
    const { recent, touch } = setup();
    const a = touch('a.skillshift');
    const b = touch('b.skillshift');
    recent.add(a);
    recent.add(b);
    recent.remove(a);
    expect(recent.entries().map((e) => e.file)).toEqual([b]);
    recent.clear();
    expect(recent.list()).toEqual([]);
  });
});
