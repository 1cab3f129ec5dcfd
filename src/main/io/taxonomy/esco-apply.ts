// Applying an ESCO release: ISCO-08 groups and ESCO occupations into the occupations table,
// the three skill collections into skills (upserted by concept URI, so importing twice changes
// nothing). One transaction: the release lands whole or not at all.
import type { EscoImportReport, NameClashPolicy } from '../../../shared/taxonomy-types';
import { audit } from '../../db/repos/audit';
import { inTransaction, type WritableDB } from '../../db/types';
import { ESCO_CATEGORY_RULE, type EscoRelease } from './esco-read';
import { upsertOccupations } from './occupations';
import type { Progress } from './onet-read';
import { upsertTaxonomySkills } from './taxonomy-skills';

export interface EscoOptions {
  nameClash?: NameClashPolicy;
}

export function applyEsco(db: WritableDB, release: EscoRelease, options: EscoOptions = {}, onProgress?: Progress): EscoImportReport {
  return inTransaction(db, () => {
    const label = 'Writing ESCO taxonomy';
    onProgress?.(0, 3, label);
    const iscoGroups = upsertOccupations(db, release.iscoGroups);
    onProgress?.(1, 3, label);
    const occupations = upsertOccupations(db, release.occupations);
    onProgress?.(2, 3, label);
    const skills = upsertTaxonomySkills(
      db,
      'esco',
      release.skills.map((s) => ({ ref: s.uri, name: s.label, category: s.category, description: s.description })),
      options.nameClash ?? 'adopt',
      'ESCO',
    );
    onProgress?.(3, 3, label);

    const byCategory: Record<string, number> = {};
    for (const s of release.skills) byCategory[s.category] = (byCategory[s.category] ?? 0) + 1;
    const report: EscoImportReport = {
      kind: 'esco',
      files: release.files,
      occupations,
      iscoGroups,
      skills: {
        ...skills.counts,
        byCollection: release.byCollection,
        inSeveralCollections: release.skills.filter((s) => s.collections.length > 1).length,
        byCategory,
      },
      rejectedRows: release.rejected,
      notes: [
        ESCO_CATEGORY_RULE,
        'A concept listed in several collections is imported once, categorised by the first of transversal, digital, green.',
        'Skills are matched by ESCO concept URI: a skill already in the engagement keeps its name and category, and takes the file\'s description.',
      ],
    };
    if (release.missing.length > 0) report.notes.push(`Not found, skipped: ${release.missing.join(', ')}.`);
    audit(db, {
      action: 'import',
      entity: 'taxonomy',
      entityId: 'esco',
      summary: `Imported ESCO: ${occupations.created + occupations.updated} occupations, ${skills.counts.created} skills created, ${skills.counts.updated} updated`,
      after: { occupations, iscoGroups, skills: { ...skills.counts, clashes: skills.counts.clashes.length } },
    });
    return report;
  });
}
