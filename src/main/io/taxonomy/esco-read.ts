// Reading the ESCO CSV export (v1.2.0 layout): occupations with their ISCO-08 group, the ISCO
// groups, and the transversal, digital and green skill collections. ESCO's CSV quotes fields
// that span lines, so every file goes through a real CSV parser.
//
// Categories of ESCO skills (documented rule, applied once when a skill is created):
//   transversal -> leadership when the concept is about leading or managing other people or
//                  resources: ESCO files it under "leading others", or its label leads, motivates,
//                  coaches, mentors, delegates, supervises, or manages people, staff, teams or
//                  financial/material resources; soft otherwise (managing one's own time, stress or
//                  frustration stays soft)
//   digital     -> digital
//   green       -> domain for knowledge concepts (sustainability know-how), technical for
//                  skill/competence concepts (doing something, e.g. installing or auditing)
// A concept in several collections is imported once, from the first of transversal, digital,
// green: the more general classification wins.
import fs from 'node:fs';
import path from 'node:path';
import type { SkillCategory } from '../../../shared/domain/entities';
import { AppError } from '../../../shared/result';
import type { RejectedRow } from '../../../shared/taxonomy-types';
import type { OccupationRecord } from './occupations';
import { columnIndex, readCsv, textOf, type Table } from './read-table';

export type EscoCollection = 'transversal' | 'digital' | 'green';

export interface EscoSkill {
  uri: string;
  label: string;
  description: string | null;
  category: SkillCategory;
  collections: EscoCollection[];
}

export interface EscoRelease {
  files: string[];
  missing: string[];
  occupations: OccupationRecord[];
  iscoGroups: OccupationRecord[];
  skills: EscoSkill[];
  byCollection: Record<EscoCollection, number>;
  rejected: RejectedRow[];
}

const FILES = {
  occupations: 'occupations_en.csv',
  isco: 'ISCOGroups_en.csv',
  transversal: 'transversalSkillsCollection_en.csv',
  digital: 'digitalSkillsCollection_en.csv',
  green: 'greenSkillsCollection_en.csv',
} as const;

const MAX_DESCRIPTION = 4000;
const URI = /^https?:\/\/\S+$/;

const LEADING = /\b(lead|leads|leading|motivat\w*|coach\w*|mentor\w*|delegat\w*|supervis\w*)\b/i;
const MANAGING_OTHERS = /\bmanag\w*\s+(financial|material|people|staff|teams?|others|personnel|employees)\b/i;

export function transversalCategory(label: string, broader: string | null): SkillCategory {
  const parents = (broader ?? '').split('|').map((s) => s.trim().toLowerCase());
  if (parents.includes('leading others')) return 'leadership';
  return LEADING.test(label) || MANAGING_OTHERS.test(label) ? 'leadership' : 'soft';
}

export function escoCategory(collection: EscoCollection, label: string, broader: string | null, skillType: string | null): SkillCategory {
  if (collection === 'transversal') return transversalCategory(label, broader);
  if (collection === 'digital') return 'digital';
  return skillType?.toLowerCase() === 'knowledge' ? 'domain' : 'technical';
}

export const ESCO_CATEGORY_RULE =
  'ESCO categories: transversal skills -> leadership when about leading or managing others or resources (ESCO group "leading others", or lead/motivate/coach/mentor/delegate/supervise/manage people or resources), soft otherwise; digital -> digital; green knowledge -> domain, green skills/competences -> technical.';

const clip = (s: string | null): string | null => (s && s.length > MAX_DESCRIPTION ? `${s.slice(0, MAX_DESCRIPTION - 1)}…` : s);

export function readEscoRelease(dir: string): EscoRelease {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new AppError('not-found', `ESCO folder not found: ${dir}`, { path: dir });
  }
  if (!st.isDirectory()) dir = path.dirname(dir);
  const present = new Map(fs.readdirSync(dir).map((e) => [e.toLowerCase(), path.join(dir, e)]));
  const fileOf = (name: string) => present.get(name.toLowerCase()) ?? null;
  const out: EscoRelease = {
    files: [],
    missing: [],
    occupations: [],
    iscoGroups: [],
    skills: [],
    byCollection: { transversal: 0, digital: 0, green: 0 },
    rejected: [],
  };
  const load = (name: string, what: string): Table | null => {
    const file = fileOf(name);
    if (!file) {
      out.missing.push(name);
      return null;
    }
    out.files.push(file);
    return readCsv(file, what);
  };
  const reject = (t: Table, row: number, problem: string) => out.rejected.push({ file: path.basename(t.file), row, problem });

  const isco = load(FILES.isco, 'the ESCO ISCO groups file');
  if (isco) {
    const c = columnIndex(isco, { uri: 'conceptUri', code: 'code', label: 'preferredLabel', description: 'description' }, 'an ESCO ISCOGroups file');
    for (const { row, values } of isco.rows) {
      const code = textOf(values[c.code]);
      const label = textOf(values[c.label]);
      if (!code || !/^\d{1,4}$/.test(code) || !label) {
        reject(isco, row, `"${code ?? ''}" is not an ISCO-08 group code (1-4 digits) with a label`);
        continue;
      }
      out.iscoGroups.push({ system: 'isco', code, title: label, description: clip(textOf(values[c.description])), iscoGroup: null, uri: textOf(values[c.uri]) });
    }
  }

  const occ = load(FILES.occupations, 'the ESCO occupations file');
  if (occ) {
    const c = columnIndex(
      occ,
      { uri: 'conceptUri', isco: 'iscoGroup', label: 'preferredLabel', description: 'description', code: 'code' },
      'an ESCO occupations file',
    );
    for (const { row, values } of occ.rows) {
      const uri = textOf(values[c.uri]);
      const code = textOf(values[c.code]);
      const label = textOf(values[c.label]);
      if (!uri || !URI.test(uri) || !code || !label) {
        reject(occ, row, 'an occupation needs a concept URI, a code and a preferred label');
        continue;
      }
      out.occupations.push({ system: 'esco', code, title: label, description: clip(textOf(values[c.description])), iscoGroup: textOf(values[c.isco]), uri });
    }
  }

  const seen = new Map<string, EscoSkill>();
  for (const collection of ['transversal', 'digital', 'green'] as const) {
    const t = load(FILES[collection], `the ESCO ${collection} skills collection`);
    if (!t) continue;
    const c = columnIndex(
      t,
      { uri: 'conceptUri', label: 'preferredLabel', description: 'description', type: 'skillType', broader: 'broaderConceptPT' },
      `an ESCO ${collection} skills collection`,
    );
    for (const { row, values } of t.rows) {
      const uri = textOf(values[c.uri]);
      const label = textOf(values[c.label]);
      if (!uri || !URI.test(uri) || !label) {
        reject(t, row, 'a skill needs a concept URI and a preferred label');
        continue;
      }
      out.byCollection[collection]++;
      const known = seen.get(uri);
      if (known) {
        if (!known.collections.includes(collection)) known.collections.push(collection);
        continue;
      }
      const skill: EscoSkill = {
        uri,
        label,
        description: clip(textOf(values[c.description])),
        category: escoCategory(collection, label, textOf(values[c.broader]), textOf(values[c.type])),
        collections: [collection],
      };
      seen.set(uri, skill);
      out.skills.push(skill);
    }
  }

  if (out.files.length === 0) {
    throw new AppError('not-found', `${dir} has none of the ESCO CSV files (${Object.values(FILES).join(', ')}).`, { dir });
  }
  if (out.occupations.length + out.iscoGroups.length + out.skills.length === 0) {
    throw new AppError('validation', `The ESCO files in ${dir} have no usable rows (${out.rejected.length} rejected).`, {
      rejected: out.rejected.slice(0, 50),
    });
  }
  return out;
}
