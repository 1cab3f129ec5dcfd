import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/engagement';
import {
  clampToDisplays,
  defaultWindowState,
  loadWindowState,
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  saveWindowState,
} from '../../../src/main/electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('gives the defaults for anything malformed', () => {
    for (const raw of [null, 'x', 42, [], {}, { bounds: null }, { bounds: { width: 'wide', height: 700 } }, { bounds: { width: -5, height: 700 } }, { bounds: { width: Infinity, height: 700 } }]) {
      expect(parseWindowState(raw)).toEqual(defaultWindowState());
    }
  });

  it('keeps a valid state, dropping a position that is not two numbers', () => {
    expect(parseWindowState({ bounds: { x: 10.4, y: 20, width: 1000, height: 700 }, maximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
    expect(parseWindowState({ bounds: { x: 10, width: 1000, height: 700 }, maximized: 'yes' })).toEqual({
      bounds: { width: 1000, height: 700 },
      maximized: false,
    });
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that fits where it was', () => {
    const state = { bounds: { x: 1500, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(clampToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('centres a window whose monitor has gone on the primary display', () => {
    const state = { bounds: { x: 1500, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(clampToDisplays(state, [laptop])).toEqual({
      bounds: { x: 120, y: 50, width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('shrinks a window larger than its display and pulls it fully on screen', () => {
    const state = { bounds: { x: -100, y: 300, width: 3000, height: 2000 }, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({ bounds: { x: 0, y: 0, width: 1440, height: 900 }, maximized: false });
    const edge = { bounds: { x: 600, y: 300, width: 1000, height: 700 }, maximized: false };
    expect(clampToDisplays(edge, [laptop]).bounds).toEqual({ x: 440, y: 200, width: 1000, height: 700 });
  });

  it('never goes below the minimum size on a display that has room', () => {
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false };
    const out = clampToDisplays(tiny, [laptop]);
    expect(out.bounds.width).toBe(MIN_WIDTH);
    expect(out.bounds.height).toBe(MIN_HEIGHT);
  });

  it('places a first-run window (no position) in the middle of the primary display', () => {
    expect(clampToDisplays(defaultWindowState(), [laptop, rightMonitor]).bounds).toEqual({ x: 40, y: 20, width: 1360, height: 860 });
  });
});

describe('load and save', () => {
  it('round-trips through the JSON file', () => {
    const file = path.join(tempDir(), 'nested', 'window-state.json');
    const state = { bounds: { x: 20, y: 30, width: 1000, height: 700 }, maximized: true };
    saveWindowState(file, state);
    expect(loadWindowState(file, [laptop])).toEqual(state);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']); // no temp file left
  });

  it('falls back to the defaults for a missing or corrupt file', () => {
    const dir = tempDir();
    const expected = clampToDisplays(defaultWindowState(), [laptop]);
    expect(loadWindowState(path.join(dir, 'missing.json'), [laptop])).toEqual(expected);
    const corrupt = path.join(dir, 'window-state.json');
    fs.writeFileSync(corrupt, '{"bounds": {"x": 1, "wid');
    expect(loadWindowState(corrupt, [laptop])).toEqual(expected);
  });
});
