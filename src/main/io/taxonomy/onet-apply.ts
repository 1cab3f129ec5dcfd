// Applying an O*NET release to an engagement: the 35 skills, the O*NET-SOC occupations, and
// for every role with an O*NET-SOC (or SOC-6) code one requirement per rated skill:
//   level  = LV x 5/7           (O*NET Level 0-7 onto the 0-5 proficiency scale)
//   weight = (IM - 1) / 4       (O*NET Importance 1-5 onto a 0-1 weight)
// Pairs O*NET flags Not Relevant = Y or Recommend Suppress = Y are skipped: the first means the
// skill is not used in the occupation, the second that the estimate is too unreliable to use.
//
// Low importance: by default only pairs with IM >= 3 become requirements. That is O*NET's own
// threshold for an "important" skill (50+ on its 0-100 importance scale, which O*NET OnLine uses
// to list an occupation's skills). Keeping all 35 would give every role 35 requirements; since
// hours-to-close and the share meeting each requirement count a gap whatever its weight,
// near-irrelevant skills would swamp the analysis. `minImportance: 1` keeps every rated pair.
//
// Re-import deletes only requirements whose source is 'onet' and writes the new ones, all in
// one transaction; requirements the consultant or a client import wrote are never touched, and
// where one exists for the same role and skill it wins over O*NET's.
import type { OnetImportReport, NameClashPolicy } from '../../../shared/taxonomy-types';
import { audit } from '../../db/repos/audit';
import { inTransaction, type WritableDB } from '../../db/types';
import { upsertOccupations } from './occupations';
import type { OnetRelease, Progress } from './onet-read';
import { ONET_CATEGORY_RULE, onetCategory, onetDescription } from './onet-skills';
import { loadRoles, roleCodeProblem, unmatched } from './roles';
import { upsertTaxonomySkills } from './taxonomy-skills';
import { toOnetSoc } from './codes';

export interface OnetOptions {
  /** Smallest O*NET importance (1-5) that becomes a requirement; default 3. */
  minImportance?: number;
  nameClash?: NameClashPolicy;
}

export const DEFAULT_MIN_IMPORTANCE = 3;

export const onetLevel = (lv: number): number => Math.min(5, Math.max(0, (lv * 5) / 7));
export const onetWeight = (im: number): number => Math.min(1, Math.max(0, (im - 1) / 4));

export function applyOnet(db: WritableDB, release: OnetRelease, options: OnetOptions = {}, onProgress?: Progress): OnetImportReport {
  const minImportance = options.minImportance ?? DEFAULT_MIN_IMPORTANCE;
  const ratingStats = { pairs: 0, occupations: release.ratings.size, flaggedNotRelevant: 0, flaggedSuppress: 0 };
  for (const byElement of release.ratings.values()) {
    for (const r of byElement.values()) {
      if (r.importance === null || r.level === null) continue;
      ratingStats.pairs++;
      if (r.notRelevant) ratingStats.flaggedNotRelevant++;
      else if (r.suppress) ratingStats.flaggedSuppress++;
    }
  }

  return inTransaction(db, () => {
    const skills = upsertTaxonomySkills(
      db,
      'onet',
      [...release.elements].map(([ref, name]) => ({
        ref,
        name,
        category: onetCategory(ref),
        description: null,
        fallbackDescription: onetDescription(ref, release.release),
      })),
      options.nameClash ?? 'adopt',
      'O*NET',
    );
    const occupations = upsertOccupations(
      db,
      release.occupations.map((o) => ({ system: 'onet-soc' as const, ...o, iscoGroup: null, uri: null })),
    );

    const replaced = db.prepare(`DELETE FROM role_requirements WHERE source = 'onet'`).run().changes;
    const others = new Set(
      (
        db
          .prepare(`SELECT role_id AS roleId, skill_id AS skillId FROM role_requirements WHERE effective_date IS NULL`)
          .all() as { roleId: number; skillId: number }[]
      ).map((r) => `${r.roleId}:${r.skillId}`),
    );
    const insert = db.prepare(
      `INSERT INTO role_requirements (role_id, skill_id, level, weight, effective_date, source) VALUES (?, ?, ?, ?, NULL, 'onet')`,
    );

    const requirements = { created: 0, replaced, skippedNotRelevant: 0, skippedSuppress: 0, skippedLowImportance: 0, keptExisting: 0 };
    const report: OnetImportReport = {
      kind: 'onet',
      release: release.release,
      files: release.files,
      skills: skills.counts,
      occupations,
      ratings: ratingStats,
      requirements,
      minImportance,
      rolesMatched: 0,
      rolesUnmatched: [],
      rolesWithoutCode: 0,
      notes: [],
    };

    const roles = loadRoles(db);
    roles.forEach((role, i) => {
      if (i % 50 === 0) onProgress?.(i, roles.length, 'Writing O*NET requirements');
      if (role.occupationCode === null) {
        report.rolesWithoutCode++;
        return;
      }
      const problem = roleCodeProblem(role);
      const code = problem ? null : toOnetSoc(role.occupationCode);
      if (!code) {
        report.rolesUnmatched.push(unmatched(role, problem ?? `"${role.occupationCode}" is not an O*NET-SOC or SOC code`));
        return;
      }
      const ratings = release.ratings.get(code);
      if (!ratings) {
        const title = release.titles.get(code);
        report.rolesUnmatched.push(
          unmatched(
            role,
            title
              ? `${code} (${title}) is an O*NET-SOC occupation but this release has no skill ratings for it`
              : `${code} is not an occupation in this O*NET release`,
          ),
        );
        return;
      }
      report.rolesMatched++;
      for (const [element, r] of ratings) {
        if (r.importance === null || r.level === null) continue;
        if (r.notRelevant) requirements.skippedNotRelevant++;
        else if (r.suppress) requirements.skippedSuppress++;
        else if (r.importance < minImportance) requirements.skippedLowImportance++;
        else {
          const skillId = skills.idByRef.get(element)!;
          if (others.has(`${role.roleId}:${skillId}`)) requirements.keptExisting++;
          else {
            insert.run(role.roleId, skillId, onetLevel(r.level), onetWeight(r.importance));
            requirements.created++;
          }
        }
      }
    });
    onProgress?.(roles.length, roles.length, 'Writing O*NET requirements');

    report.notes.push(
      `Requirement level = O*NET Level x 5/7; weight = (Importance - 1) / 4; pairs with Importance below ${minImportance} are left out${
        minImportance > 1 ? ' (O*NET counts 3+ as important)' : ''
      }.`,
      'Pairs flagged Not Relevant or Recommend Suppress by O*NET are skipped.',
      ONET_CATEGORY_RULE,
      'SOC-6 role codes (15-1252) are read as the O*NET-SOC occupation XX-XXXX.00.',
      'Skills are matched by O*NET element id: a skill already in the engagement keeps its name, category and description.',
    );
    if (release.rejected.length > 0) report.notes.push(`${release.rejected.length} rows of the release were rejected as malformed.`);
    audit(db, {
      action: 'import',
      entity: 'taxonomy',
      entityId: 'onet',
      summary: `Imported ${release.release ?? 'O*NET'}: ${skills.counts.created} skills created, ${requirements.created} requirements for ${report.rolesMatched} roles`,
      after: { skills: { ...skills.counts, clashes: skills.counts.clashes.length }, requirements, minImportance },
    });
    return report;
  });
}
