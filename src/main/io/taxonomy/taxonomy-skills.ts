// Writing taxonomy skills (O*NET elements, ESCO concepts) into the skills table, idempotently:
// a skill is found again by its taxonomy reference, never by name, so a re-import updates it in
// place. Skill names are unique regardless of case, so a taxonomy skill may collide with one the
// consultant already has; every collision is resolved by a stated rule and reported.
import type { SkillCategory } from '../../../shared/domain/entities';
import type { NameClash, NameClashPolicy, SkillUpsertCounts } from '../../../shared/taxonomy-types';
import type { WritableDB } from '../../db/types';

export interface TaxonomySkill {
  ref: string;
  name: string;
  category: SkillCategory;
  /** The publisher's description; null when the file has none (O*NET's Skills file). */
  description: string | null;
  /** Written only when the skill is created or adopted without one, never over an existing text. */
  fallbackDescription?: string;
}

interface SkillRow {
  id: number;
  name: string;
  category: string;
  taxonomy_source: string;
  taxonomy_ref: string | null;
  description: string | null;
}

export interface UpsertResult {
  counts: SkillUpsertCounts;
  /** Skill id per taxonomy reference, for writing requirements. */
  idByRef: Map<string, number>;
}

const MAX_NAME = 200;

/**
 * Creates or updates `skills` of taxonomy `source`. A skill already linked to its reference keeps
 * its name and category, which are the engagement's (the consultant may have named "People
 * management" what O*NET calls "Management of Personnel Resources", and clients read those names);
 * only the publisher's description follows the file. `suffix` labels a renamed skill, e.g.
 * "Writing (O*NET)".
 */
export function upsertTaxonomySkills(
  db: WritableDB,
  source: 'onet' | 'esco',
  skills: TaxonomySkill[],
  policy: NameClashPolicy,
  suffix: string,
): UpsertResult {
  const byRef = db.prepare('SELECT * FROM skills WHERE taxonomy_source = ? AND taxonomy_ref = ?');
  const byName = db.prepare('SELECT * FROM skills WHERE name = ? COLLATE NOCASE');
  const insert = db.prepare(
    'INSERT INTO skills (name, category, taxonomy_source, taxonomy_ref, description) VALUES (?, ?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE skills SET description = ? WHERE id = ?');
  const adopt = db.prepare(
    'UPDATE skills SET taxonomy_source = ?, taxonomy_ref = ?, description = coalesce(description, ?) WHERE id = ?',
  );

  const counts: SkillUpsertCounts = { created: 0, updated: 0, unchanged: 0, adopted: 0, namesKept: 0, clashes: [] };
  const idByRef = new Map<string, number>();
  const clash = (c: NameClash) => counts.clashes.push(c);

  for (const s of skills) {
    const name = s.name.slice(0, MAX_NAME);
    const current = byRef.get(source, s.ref) as SkillRow | undefined;
    if (current) {
      idByRef.set(s.ref, current.id);
      if (current.name.toLowerCase() !== name.toLowerCase()) counts.namesKept++;
      const nextDescription = s.description ?? current.description;
      if (nextDescription === current.description) counts.unchanged++;
      else {
        update.run(nextDescription, current.id);
        counts.updated++;
      }
      continue;
    }

    const holder = byName.get(name) as SkillRow | undefined;
    if (!holder) {
      idByRef.set(s.ref, Number(insert.run(name, s.category, source, s.ref, s.description ?? s.fallbackDescription ?? null).lastInsertRowid));
      counts.created++;
      continue;
    }
    const adoptable = policy === 'adopt' && holder.taxonomy_source === 'custom' && holder.taxonomy_ref === null;
    if (adoptable) {
      adopt.run(source, s.ref, s.description ?? s.fallbackDescription ?? null, holder.id);
      idByRef.set(s.ref, holder.id);
      counts.adopted++;
      clash({
        name,
        taxonomyRef: s.ref,
        existingSkillId: holder.id,
        action: 'adopted',
        reason: `custom skill "${holder.name}" had no taxonomy reference, so it now stands for ${s.ref} (its name, category and people's proficiencies are kept)`,
      });
      continue;
    }
    const createdAs = freeName(db, name, suffix);
    idByRef.set(s.ref, Number(insert.run(createdAs, s.category, source, s.ref, s.description ?? s.fallbackDescription ?? null).lastInsertRowid));
    counts.created++;
    clash({
      name,
      taxonomyRef: s.ref,
      existingSkillId: holder.id,
      action: 'renamed',
      createdAs,
      reason:
        policy === 'rename'
          ? `"${holder.name}" exists and name clashes are set to rename`
          : `"${holder.name}" already belongs to ${holder.taxonomy_source}${holder.taxonomy_ref ? ` ${holder.taxonomy_ref}` : ' (with its own reference)'}`,
    });
  }
  return { counts, idByRef };
}

/** `name (suffix)`, then `name (suffix 2)`, ... whichever is free. */
function freeName(db: WritableDB, name: string, suffix: string): string {
  const taken = db.prepare('SELECT 1 FROM skills WHERE name = ? COLLATE NOCASE');
  for (let i = 1; ; i++) {
    const tag = i === 1 ? ` (${suffix})` : ` (${suffix} ${i})`;
    const candidate = `${name.slice(0, MAX_NAME - tag.length)}${tag}`;
    if (!taken.get(candidate)) return candidate;
  }
}
