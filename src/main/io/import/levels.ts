// Proficiency levels and sources as skills spreadsheets write them. Levels are numbers 0-5 or
// labels from the two scales people actually use; a blank (or n/a) means not assessed, which
// is no row at all, never level 0.
import { Level, ProficiencySource, proficiencySources, type ProficiencySource as Source } from '../../../shared/domain/entities';
import type { Cell } from './table-source';
import { parseNumberCell } from './values';

/** The project scale (DESIGN.md section 1) and the common four-step scale, on 0-5. */
export const defaultLevelLabels: Readonly<Record<string, number>> = {
  none: 0,
  awareness: 1,
  basic: 2,
  independent: 3,
  advanced: 4,
  expert: 5,
  // beginner/intermediate/advanced/expert: a beginner can do basic work unsupervised.
  beginner: 2,
  intermediate: 3,
  novice: 1,
  proficient: 4,
};

/** Cell texts that mean "not assessed". */
const NOT_ASSESSED = new Set(['', 'n/a', 'na', 'n.a.', '-', '--', '?', 'not assessed', 'unknown', 'not rated', 'null']);

export const LEVEL_MIN = Level.minValue ?? 0;
export const LEVEL_MAX = Level.maxValue ?? 5;

export type LevelResult = { kind: 'blank' } | { kind: 'level'; value: number } | { kind: 'bad'; problem: string; code: 'out-of-range' | 'wrong-type' };

export class LevelReader {
  private readonly labels: Map<string, number>;
  /** Repeated texts ("3", "Advanced") are parsed once. */
  private readonly cache = new Map<string, LevelResult>();

  constructor(extra: Record<string, number> | undefined, private readonly decimal: '.' | ',') {
    this.labels = new Map(Object.entries({ ...defaultLevelLabels, ...extra }).map(([k, v]) => [k.trim().toLowerCase(), v]));
  }

  labelMap(): Record<string, number> {
    return Object.fromEntries(this.labels);
  }

  read(c: Cell): LevelResult {
    if (typeof c === 'number') return this.check(c, String(c));
    if (c === null || c === undefined) return BLANK;
    const key = typeof c === 'string' ? c : String(c);
    let r = this.cache.get(key);
    if (r === undefined) {
      r = this.parse(c);
      if (this.cache.size < 10_000) this.cache.set(key, r);
    }
    return r;
  }

  private parse(c: Cell): LevelResult {
    if (typeof c === 'boolean' || c instanceof Date) {
      return { kind: 'bad', code: 'wrong-type', problem: 'expected a level 0-5 or a label such as "advanced"' };
    }
    const s = String(c).trim().toLowerCase();
    if (NOT_ASSESSED.has(s)) return BLANK;
    const label = this.labels.get(s);
    if (label !== undefined) return { kind: 'level', value: label };
    const n = parseNumberCell(s, this.decimal);
    if (!Number.isNaN(n.value) && !n.percent) return this.check(n.value, s);
    // "3 - Independent", "L4", "Level 2"
    const lead = /^(?:l|level\s*)?([0-9](?:[.,]\d+)?)\b/.exec(s);
    if (lead) return this.check(Number(lead[1].replace(',', '.')), s);
    const words = /^([a-z]+)\b/.exec(s);
    if (words && this.labels.has(words[1])) return { kind: 'level', value: this.labels.get(words[1])! };
    return {
      kind: 'bad',
      code: 'wrong-type',
      problem: `not a level: use 0-5 or one of ${[...this.labels.keys()].join(', ')}`,
    };
  }

  private check(v: number, _text: string): LevelResult {
    if (!Number.isFinite(v) || v < LEVEL_MIN || v > LEVEL_MAX) {
      return { kind: 'bad', code: 'out-of-range', problem: `level must be between ${LEVEL_MIN} and ${LEVEL_MAX}` };
    }
    return { kind: 'level', value: v };
  }
}

const BLANK: LevelResult = { kind: 'blank' };

const SOURCE_SYNONYMS: Record<string, Source> = {
  self: 'self',
  'self assessment': 'self',
  'self-assessment': 'self',
  'self assessed': 'self',
  'self-assessed': 'self',
  employee: 'self',
  manager: 'manager',
  'manager assessment': 'manager',
  'manager rating': 'manager',
  supervisor: 'manager',
  'line manager': 'manager',
  assessment: 'assessment',
  assessed: 'assessment',
  test: 'assessment',
  exam: 'assessment',
  certification: 'assessment',
  certified: 'assessment',
  '360': 'assessment',
  inferred: 'inferred',
  system: 'inferred',
  derived: 'inferred',
  ai: 'inferred',
};

/** A proficiency source from a cell; null for blank, undefined when unrecognised. */
export function parseSource(c: Cell): Source | null | undefined {
  if (c === null || c === undefined) return null;
  const s = String(c).trim().toLowerCase();
  if (s === '') return null;
  const direct = SOURCE_SYNONYMS[s];
  if (direct) return direct;
  const parsed = ProficiencySource.safeParse(s);
  return parsed.success ? parsed.data : undefined;
}

export const sourceList = proficiencySources.join(', ');
