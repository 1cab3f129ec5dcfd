// Guessing the column mapping from header names: exact known names first, then headers that
// contain a known name, then near misses; each guess carries a confidence and its reason so the
// wizard can show what to confirm. Fields that exclude each other (annual vs monthly salary)
// are never both guessed.
import type { ColumnMapping, MappingGuess } from '../../../shared/import-types';
import { MATRIX_NON_SKILL_HEADERS, type FieldDef } from './fields';

export function normaliseHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/%/g, ' percent ')
    .replace(/\*/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function bigrams(s: string): string[] {
  const t = s.replace(/ /g, '');
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of y) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      common++;
      counts.set(g, c - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

interface Candidate {
  field: FieldDef;
  column: string;
  col: number;
  confidence: number;
  rank: number;
  reason: string;
}

function score(field: FieldDef, header: string, col: number): Candidate | null {
  const h = normaliseHeader(header);
  if (!h) return null;
  let best: Candidate | null = null;
  field.synonyms.forEach((syn, rank) => {
    let confidence = 0;
    let reason = '';
    if (h === syn) {
      confidence = 1;
      reason = `known header "${header}"`;
    } else if (syn.length >= 3 && ` ${h} `.includes(` ${syn} `)) {
      confidence = 0.6 + 0.3 * (syn.length / h.length);
      reason = `header contains "${syn}"`;
    } else if (syn.length >= 4) {
      const d = dice(h, syn);
      if (d >= 0.75) {
        confidence = 0.7 * d;
        reason = `similar to "${syn}"`;
      }
    }
    if (confidence > 0 && (!best || confidence > best.confidence || (confidence === best.confidence && rank < best.rank))) {
      best = { field, column: header, col, confidence: Math.round(confidence * 100) / 100, rank, reason };
    }
  });
  return best;
}

const group = (d: FieldDef): string => d.alternativeTo ?? d.key;
const combinable = new Set(['firstName', 'lastName']);

function conflicts(a: FieldDef, b: FieldDef): boolean {
  return a.key === b.key || (group(a) === group(b) && !(combinable.has(a.key) && combinable.has(b.key)));
}

/** Best one-to-one assignment of headers to fields, greedily by confidence. */
export function guessFields(fields: FieldDef[], headers: string[], minConfidence = 0.45): MappingGuess[] {
  const candidates: Candidate[] = [];
  for (const field of fields) {
    headers.forEach((h, col) => {
      const c = score(field, h, col);
      if (c && c.confidence >= minConfidence) candidates.push(c);
    });
  }
  candidates.sort((a, b) => b.confidence - a.confidence || a.rank - b.rank || a.col - b.col);
  const taken = new Set<number>();
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (taken.has(c.col) || chosen.some((x) => conflicts(x.field, c.field))) continue;
    taken.add(c.col);
    chosen.push(c);
  }
  return chosen
    .sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field))
    .map(({ field, column, confidence, reason }) => ({ field: field.key, column, confidence, reason }));
}

/** Skills matrix: every column that is not a known person field is a skill, named after its header. */
export function guessSkillColumns(
  headers: string[],
  used: Set<string>,
  skillNames: ReadonlyMap<string, string>,
): { skillColumns: Record<string, string>; guesses: MappingGuess[] } {
  const nonSkill = new Set(MATRIX_NON_SKILL_HEADERS);
  const skillColumns: Record<string, string> = {};
  const guesses: MappingGuess[] = [];
  for (const h of headers) {
    if (used.has(h) || nonSkill.has(normaliseHeader(h)) || /^\(column \d+\)$/.test(h)) continue;
    const known = skillNames.get(h.trim().toLowerCase());
    skillColumns[h] = known ?? h.trim();
    guesses.push(
      known
        ? { field: 'skillColumn', column: h, confidence: 0.95, reason: `matches the skill "${known}"` }
        : { field: 'skillColumn', column: h, confidence: 0.5, reason: 'no skill with this name yet: created with create-missing, else reported' },
    );
  }
  return { skillColumns, guesses };
}

/** The mapping as { field: header } from guesses. */
export function mappingFromGuesses(guesses: MappingGuess[]): ColumnMapping['fields'] {
  return Object.fromEntries(guesses.filter((g) => g.field !== 'skillColumn').map((g) => [g.field, g.column]));
}
