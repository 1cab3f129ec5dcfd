// Reading the public automation-exposure indices into one shape: a figure per occupation code,
// raw as published and normalised to 0-1 (DESIGN.md: a role's exposure is a share 0-1).
//
//   eloundou      Eloundou et al. (2024) "GPTs are GPTs", per O*NET-SOC 2019 code (SOC 2018 based).
//                 Default: human-rated beta (E1 + 0.5 E2), the paper's primary measure (the GPT-4
//                 ratings, `dv_`, replicate it); alpha, gamma and the model rating are options.
//                 Already a share of tasks: value = raw.
//   frey-osborne  Frey & Osborne (2017), probability of computerisation per SOC 2010 code.
//                 Already 0-1: value = raw.
//   aioe          Felten, Raj & Seamans (2021) AI Occupational Exposure, Appendix A, per SOC 2010
//                 code, z-scored (mean 0, sd 1). value = percentile rank within Appendix A:
//                 (occupations scoring lower + half the ties) / (n - 1), so the least exposed is 0
//                 and the most exposed is 1; raw keeps the z-score.
//   microsoft     Tomlinson et al. (2025) AI applicability score per SOC 2018 code, a 0-1 score:
//                 value = raw.
import path from 'node:path';
import { AppError } from '../../../shared/result';
import type { ExposureSource, RejectedRow } from '../../../shared/taxonomy-types';
import { Crosswalk, parseSocCode, type SocVintage } from './codes';
import { assertReadableFile, columnIndex, numOf, readCsv, readXlsx, textOf, type Table } from './read-table';

export interface IndexRow {
  row: number;
  code: string;
  soc6: string;
  onetSoc: string | null;
  title: string | null;
  raw: number;
  value: number;
}

export interface ExposureIndex {
  source: ExposureSource;
  /** What `value` measures, stored in role_exposures.measure. */
  measure: string;
  description: string;
  file: string;
  vintage: SocVintage;
  keyedBy: 'onet-soc' | 'soc6';
  rows: IndexRow[];
  rejected: RejectedRow[];
}

export interface EloundouOptions {
  measure?: 'alpha' | 'beta' | 'gamma';
  rater?: 'human' | 'model';
}

interface Spec {
  columns: { code: string; title: string; value: string };
  range: [number, number] | null;
  vintage: SocVintage;
  keyedBy: 'onet-soc' | 'soc6';
  sheet?: string;
  measure: string;
  description: string;
}

function specOf(source: ExposureSource, o: EloundouOptions): Spec {
  switch (source) {
    case 'eloundou': {
      const measure = o.measure ?? 'beta';
      const column = `${o.rater === 'model' ? 'dv' : 'human'}_rating_${measure}`;
      return {
        columns: { code: 'O*NET-SOC Code', title: 'Title', value: column },
        range: [0, 1],
        vintage: 'soc2018',
        keyedBy: 'onet-soc',
        measure: column,
        description: `Eloundou et al. (2024) GPTs are GPTs, ${o.rater === 'model' ? 'GPT-4' : 'human'}-rated ${measure} (share of tasks exposed to LLMs)`,
      };
    }
    case 'frey-osborne':
      return {
        columns: { code: 'SOC code', title: 'Occupation', value: 'Probability' },
        range: [0, 1],
        vintage: 'soc2010',
        keyedBy: 'soc6',
        measure: 'probability',
        description: 'Frey & Osborne (2017) probability of computerisation',
      };
    case 'aioe':
      return {
        columns: { code: 'SOC Code', title: 'Occupation Title', value: 'AIOE' },
        range: null,
        vintage: 'soc2010',
        keyedBy: 'soc6',
        sheet: 'Appendix A',
        measure: 'aioe_percentile',
        description: 'Felten, Raj & Seamans (2021) AI Occupational Exposure, percentile rank within Appendix A (raw: z-score)',
      };
    case 'microsoft':
      return {
        columns: { code: 'SOC Code', title: 'title', value: 'ai_applicability_score' },
        range: [0, 1],
        vintage: 'soc2018',
        keyedBy: 'soc6',
        measure: 'ai_applicability_score',
        description: 'Tomlinson et al. (2025) Working with AI: AI applicability score',
      };
  }
}

async function readAny(file: string, what: string, sheet?: string): Promise<Table> {
  assertReadableFile(file, what);
  return file.toLowerCase().endsWith('.xlsx') ? readXlsx(file, what, { sheet }) : readCsv(file, what);
}

export async function readExposureIndex(file: string, source: ExposureSource, options: EloundouOptions = {}): Promise<ExposureIndex> {
  const spec = specOf(source, options);
  const what = `the ${source} exposure index`;
  const table = await readAny(file, what, spec.sheet);
  const c = columnIndex(table, spec.columns, `${what} (${spec.description})`);
  const index: ExposureIndex = {
    source,
    measure: spec.measure,
    description: spec.description,
    file,
    vintage: spec.vintage,
    keyedBy: spec.keyedBy,
    rows: [],
    rejected: [],
  };
  const reject = (row: number, problem: string) => index.rejected.push({ file: path.basename(file), row, problem });
  const seen = new Set<string>();
  for (const { row, values } of table.rows) {
    const code = textOf(values[c.code]);
    const parsed = parseSocCode(code);
    const raw = numOf(values[c.value]);
    if (!code || !parsed || (spec.keyedBy === 'onet-soc' && !parsed.onetSoc)) {
      reject(row, `"${code ?? ''}" is not ${spec.keyedBy === 'onet-soc' ? 'an O*NET-SOC code (XX-XXXX.XX)' : 'a SOC code (XX-XXXX)'}`);
      continue;
    }
    if (raw === null || (spec.range && (raw < spec.range[0] || raw > spec.range[1]))) {
      reject(row, `${spec.columns.value} "${values[c.value] ?? ''}" is not a number${spec.range ? ` from ${spec.range[0]} to ${spec.range[1]}` : ''}`);
      continue;
    }
    const key = parsed.onetSoc ?? parsed.soc6;
    if (seen.has(key)) {
      reject(row, `${key} appears twice; the first row is used`);
      continue;
    }
    seen.add(key);
    index.rows.push({ row, code: key, soc6: parsed.soc6, onetSoc: parsed.onetSoc, title: textOf(values[c.title]), raw, value: raw });
  }
  if (index.rows.length === 0) {
    throw new AppError('validation', `${path.basename(file)} has no usable rows for ${source} (${index.rejected.length} rejected).`, {
      rejected: index.rejected.slice(0, 50),
    });
  }
  if (source === 'aioe') percentileRanks(index.rows);
  return index;
}

/** Replaces each row's value by its mid-rank percentile of `raw` within the rows, 0 to 1. */
export function percentileRanks(rows: IndexRow[]): void {
  const sorted = rows.map((r) => r.raw).sort((a, b) => a - b);
  const n = sorted.length;
  /** First position whose value is not `before` x (strictly below, or at most when `orEqual`). */
  const bound = (x: number, orEqual: boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < x || (orEqual && sorted[mid] === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const r of rows) {
    const below = bound(r.raw, false);
    const ties = bound(r.raw, true) - below;
    r.value = n === 1 ? 0.5 : (below + (ties - 1) / 2) / (n - 1);
  }
}

export interface CrosswalkFile {
  crosswalk: Crosswalk;
  rejected: RejectedRow[];
}

export function readCrosswalk(file: string): CrosswalkFile {
  const table = readCsv(file, 'the SOC 2010 to 2018 crosswalk');
  const c = columnIndex(table, { soc2010: '2010 SOC Code', soc2018: '2018 SOC Code' }, 'a SOC 2010 to SOC 2018 crosswalk');
  const rejected: RejectedRow[] = [];
  const pairs: { soc2010: string; soc2018: string }[] = [];
  for (const { row, values } of table.rows) {
    const a = parseSocCode(textOf(values[c.soc2010]));
    const b = parseSocCode(textOf(values[c.soc2018]));
    if (!a || !b) {
      rejected.push({ file: path.basename(file), row, problem: 'both columns need a SOC code (XX-XXXX)' });
      continue;
    }
    pairs.push({ soc2010: a.soc6, soc2018: b.soc6 });
  }
  if (pairs.length === 0) {
    throw new AppError('validation', `${path.basename(file)} has no usable crosswalk rows.`, { rejected: rejected.slice(0, 50) });
  }
  return { crosswalk: new Crosswalk(pairs), rejected };
}
