// Window bounds and maximised state, remembered in a JSON file in userData. Pure apart from
// `fs`, so loading, validating and clamping are tested without Electron.
import { readJsonFile, writeJsonFile } from './json-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent until the window has been placed once: the OS then centres it. */
  bounds: Partial<Rect> & { width: number; height: number };
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
export const defaultWindowState = (): WindowState => ({ bounds: { width: 1360, height: 860 }, maximized: false });

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 100_000;

/** Whatever was read from disk, as a usable state; anything malformed gives the defaults. */
export function parseWindowState(raw: unknown): WindowState {
  const fallback = defaultWindowState();
  if (typeof raw !== 'object' || raw === null) return fallback;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return fallback;
  const b = bounds as Record<string, unknown>;
  if (!isInt(b.width) || !isInt(b.height) || b.width <= 0 || b.height <= 0) return fallback;
  const state: WindowState = {
    bounds: { width: Math.round(b.width), height: Math.round(b.height) },
    maximized: maximized === true,
  };
  if (isInt(b.x) && isInt(b.y)) {
    state.bounds.x = Math.round(b.x);
    state.bounds.y = Math.round(b.y);
  }
  return state;
}

const overlap = (a: Rect, b: Rect): number => {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
};

/**
 * Fits a state to the displays attached now: the window lands on the display it overlaps most,
 * no larger than its work area; a window that would be mostly off-screen (a monitor was
 * unplugged) is centred on the primary display instead.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const primary = workAreas[0];
  const { x, y } = state.bounds;
  const placed = x !== undefined && y !== undefined;
  const rect: Rect = { x: x ?? primary.x, y: y ?? primary.y, width: state.bounds.width, height: state.bounds.height };
  let best = primary;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o > bestOverlap) [best, bestOverlap] = [area, o];
  }
  const width = Math.max(Math.min(rect.width, best.width), Math.min(MIN_WIDTH, best.width));
  const height = Math.max(Math.min(rect.height, best.height), Math.min(MIN_HEIGHT, best.height));
  // Visible enough to grab: a third of the window, at least, on some display.
  const visible = placed && bestOverlap >= (rect.width * rect.height) / 3;
  if (!visible) {
    return {
      maximized: state.maximized,
      bounds: {
        width,
        height,
        x: best.x + Math.round((best.width - width) / 2),
        y: best.y + Math.round((best.height - height) / 2),
      },
    };
  }
  return {
    maximized: state.maximized,
    bounds: {
      width,
      height,
      x: Math.min(Math.max(rect.x, best.x), best.x + best.width - width),
      y: Math.min(Math.max(rect.y, best.y), best.y + best.height - height),
    },
  };
}

/** Missing or corrupt files give the defaults, fitted to the displays attached now. */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState {
  return clampToDisplays(parseWindowState(readJsonFile(file)), workAreas);
}

export function saveWindowState(file: string, state: WindowState): void {
  writeJsonFile(file, state);
}
