// Reading an O*NET database release folder: Skills (XLSX or the tab-separated text release)
// and Occupation Data. Parsing is kept apart from writing so a release is read once and can be
// applied to several engagements (and tests parse the 3 MB sheet once per file).
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { RejectedRow } from '../../../shared/taxonomy-types';
import { parseSocCode } from './codes';
import { isOnetSkillElement } from './onet-skills';
import { columnIndex, numOf, readTsv, readXlsx, textOf, type Table } from './read-table';

/** One occupation x skill pair: its importance (1-5) and level (0-7) with O*NET's flags. */
export interface OnetRating {
  importance: number | null;
  level: number | null;
  notRelevant: boolean;
  suppress: boolean;
}

export interface OnetRelease {
  release: string | null;
  files: string[];
  /** Element id -> name, in file order. */
  elements: Map<string, string>;
  /** O*NET-SOC code -> element id -> rating. */
  ratings: Map<string, Map<string, OnetRating>>;
  /** O*NET-SOC code -> title, from Occupation Data (or the Skills file when it is missing). */
  titles: Map<string, string>;
  occupations: { code: string; title: string; description: string | null }[];
  rejected: RejectedRow[];
}

export type Progress = (done: number, total: number, label: string) => void;

/** Finds `base` with one of `exts` in `dir`, ignoring case (releases differ across platforms). */
function findFile(dir: string, base: string, exts: string[]): string | null {
  const entries = fs.readdirSync(dir);
  for (const ext of exts) {
    const hit = entries.find((e) => e.toLowerCase() === `${base}${ext}`.toLowerCase());
    if (hit) return path.join(dir, hit);
  }
  return null;
}

export function resolveOnetDir(input: string): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(input);
  } catch {
    throw new AppError('not-found', `O*NET release folder not found: ${input}`, { path: input });
  }
  // Accept the Skills file itself as well as its folder.
  return st.isDirectory() ? input : path.dirname(input);
}

async function readEither(file: string, what: string, onRows?: (n: number) => void): Promise<Table> {
  return file.toLowerCase().endsWith('.xlsx') ? readXlsx(file, what, { onRows }) : readTsv(file, what);
}

const flag = (v: unknown): boolean => String(v ?? '').trim().toUpperCase() === 'Y';

/** Skills rows are ~61,000 in release 29.2; used only to scale the progress bar. */
const EXPECTED_SKILL_ROWS = 62_000;

export async function readOnetRelease(input: string, onProgress?: Progress): Promise<OnetRelease> {
  const dir = resolveOnetDir(input);
  const skillsFile = findFile(dir, 'Skills', ['.xlsx', '.txt']);
  if (!skillsFile) {
    throw new AppError('not-found', `${dir} has no Skills.xlsx or Skills.txt: choose the folder of an O*NET database release.`, { dir });
  }
  const occupationFile = findFile(dir, 'Occupation Data', ['.xlsx', '.txt']);
  const label = 'Reading O*NET skills';
  const skills = await readEither(skillsFile, 'the O*NET Skills file', (n) =>
    onProgress?.(Math.min(n, EXPECTED_SKILL_ROWS), EXPECTED_SKILL_ROWS, label),
  );
  onProgress?.(EXPECTED_SKILL_ROWS, EXPECTED_SKILL_ROWS, label);
  const c = columnIndex(
    skills,
    {
      code: 'O*NET-SOC Code',
      title: 'Title',
      element: 'Element ID',
      name: 'Element Name',
      scale: 'Scale ID',
      value: 'Data Value',
      suppress: 'Recommend Suppress',
      notRelevant: 'Not Relevant',
    },
    'an O*NET Skills file',
  );

  const release: OnetRelease = {
    release: readReleaseName(dir),
    files: [skillsFile],
    elements: new Map(),
    ratings: new Map(),
    titles: new Map(),
    occupations: [],
    rejected: [],
  };
  const reject = (file: string, row: number, problem: string) => release.rejected.push({ file: path.basename(file), row, problem });

  for (const { row, values } of skills.rows) {
    const code = textOf(values[c.code]);
    const element = textOf(values[c.element]);
    const name = textOf(values[c.name]);
    const scale = textOf(values[c.scale])?.toUpperCase();
    const value = numOf(values[c.value]);
    if (!code || !parseSocCode(code)?.onetSoc) {
      reject(skillsFile, row, `"${code ?? ''}" is not an O*NET-SOC code (XX-XXXX.XX)`);
      continue;
    }
    if (!element || !isOnetSkillElement(element) || !name) {
      reject(skillsFile, row, `"${element ?? ''}" is not an O*NET skill element id (2.A.x / 2.B.x) with a name`);
      continue;
    }
    if (scale !== 'IM' && scale !== 'LV') continue; // other scales carry no requirement
    const [min, max] = scale === 'IM' ? [1, 5] : [0, 7];
    if (value === null || value < min || value > max) {
      reject(skillsFile, row, `${scale} value "${values[c.value] ?? ''}" is not a number from ${min} to ${max}`);
      continue;
    }
    release.elements.set(element, name);
    const title = textOf(values[c.title]);
    if (title && !release.titles.has(code)) release.titles.set(code, title);
    let byElement = release.ratings.get(code);
    if (!byElement) release.ratings.set(code, (byElement = new Map()));
    const rating = byElement.get(element) ?? { importance: null, level: null, notRelevant: false, suppress: false };
    if (scale === 'IM') rating.importance = value;
    else rating.level = value;
    rating.notRelevant ||= flag(values[c.notRelevant]);
    rating.suppress ||= flag(values[c.suppress]);
    byElement.set(element, rating);
  }
  if (release.elements.size === 0) {
    throw new AppError('validation', `${path.basename(skillsFile)} has no usable skill ratings (${release.rejected.length} rows rejected).`, {
      rejected: release.rejected.slice(0, 50),
    });
  }

  if (occupationFile) {
    release.files.push(occupationFile);
    const occ = await readEither(occupationFile, 'the O*NET Occupation Data file');
    const o = columnIndex(occ, { code: 'O*NET-SOC Code', title: 'Title', description: 'Description' }, 'an O*NET Occupation Data file');
    for (const { row, values } of occ.rows) {
      const code = textOf(values[o.code]);
      const title = textOf(values[o.title]);
      if (!code || !parseSocCode(code)?.onetSoc || !title) {
        reject(occupationFile, row, `"${code ?? ''}" is not an O*NET-SOC code with a title`);
        continue;
      }
      release.occupations.push({ code, title, description: textOf(values[o.description]) });
      release.titles.set(code, title);
    }
  } else {
    // Without Occupation Data the rated occupations still get a row, titled from Skills.
    for (const [code, title] of release.titles) release.occupations.push({ code, title, description: null });
  }
  return release;
}

/** "O*NET 29.2 Database" from the release's Read Me, when it is there. */
function readReleaseName(dir: string): string | null {
  const readme = findFile(dir, 'Read Me', ['.txt']);
  if (!readme) return null;
  const first = fs.readFileSync(readme, 'utf8').split(/\r?\n/).find((l) => l.trim() !== '');
  return first?.trim().slice(0, 100) ?? null;
}
