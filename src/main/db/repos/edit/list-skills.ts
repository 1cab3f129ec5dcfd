// The Skills table: the catalogue filtered by category, taxonomy and the "unused" issue,
// searched and sorted on the host. Counts and mean levels come from one cached scan of the
// proficiencies (derived.ts): per-skill subqueries took seconds at 2.5 million proficiencies.
import type { Page } from '../../../../shared/api-types';
import type { SkillGridRow } from '../../../../shared/edit-read-models';
import type { SkillFilters } from '../../../../shared/edit-types';
import type { SkillCategory } from '../../../../shared/domain/entities';
import type { ReadableDB } from '../../types';
import { skillStats } from './derived';
import { LIKE, addWhere, likePattern, pageOf, sortColumn, whereSql } from './paging';

const SORTS = { name: 'name', category: 'category', requiredByRoles: '', assessedPeople: '', meanLevel: '' };

export const UNUSED_SKILL_SQL = `(NOT EXISTS (SELECT 1 FROM role_requirements q WHERE q.skill_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM proficiencies p WHERE p.skill_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM program_skills ps WHERE ps.skill_id = s.id))`;

interface SkillBase {
  id: number;
  name: string;
  category: SkillCategory;
  taxonomySource: string;
  taxonomyRef: string | null;
  description: string | null;
}

export function listSkills(db: ReadableDB, q: { offset: number; limit: number; search?: string; sortBy?: string; sortDir: 'asc' | 'desc'; filters?: SkillFilters }): Page<SkillGridRow> {
  const f = q.filters ?? {};
  const sort = sortColumn(q.sortBy, SORTS, 'name');
  const params: Record<string, unknown> = { category: f.category, taxonomySource: f.taxonomySource };
  const where: string[] = [];
  addWhere(where, f.category, 's.category = @category');
  addWhere(where, f.taxonomySource, 's.taxonomy_source = @taxonomySource');
  if (f.issue === 'unused') where.push(UNUSED_SKILL_SQL);
  const search = q.search?.trim();
  if (search) {
    params.search = likePattern(search);
    where.push(`(s.name LIKE @search ${LIKE} OR s.category LIKE @search ${LIKE} OR s.taxonomy_ref LIKE @search ${LIKE})`);
  }
  // A catalogue holds thousands of skills at most: read the filtered set whole and sort here,
  // where the computed columns are at hand.
  const base = db
    .prepare(
      `SELECT s.id, s.name, s.category, s.taxonomy_source AS taxonomySource, s.taxonomy_ref AS taxonomyRef, s.description
       FROM skills s ${whereSql(where)}`,
    )
    .all(params) as SkillBase[];
  const stats = skillStats(db);
  const rows: SkillGridRow[] = base.map((s) => {
    const st = stats.get(s.id);
    return { ...s, requiredByRoles: st?.requiredByRoles ?? 0, assessedPeople: st?.assessed ?? 0, meanLevel: st?.mean ?? null };
  });
  const sign = q.sortDir === 'desc' ? -1 : 1;
  const key = sort.key;
  const text = (r: SkillGridRow) => (key === 'category' ? r.category : r.name).toLowerCase();
  rows.sort((a, b) => {
    let d: number;
    if (key === 'name' || key === 'category') d = text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0;
    else if (key === 'meanLevel') d = (a.meanLevel ?? -1) - (b.meanLevel ?? -1);
    else d = a[key] - b[key];
    return sign * (d || a.id - b.id);
  });
  return pageOf(rows.length, q.offset, rows.slice(q.offset, q.offset + q.limit));
}
