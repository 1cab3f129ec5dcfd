import type { SkillRow } from '../../../shared/api-types';
import type { Column } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import type { Formatter } from '../../format';
import { useFormat } from '../../lib/use-format';
import { categoryLabel } from '../../labels';
import { useSkillsStore } from './store';

/** ESCO references are long URIs whose distinguishing part is the end; O*NET ids are short. */
export const shortRef = (ref: string): string => (/^https?:\/\//.test(ref) ? `…/${ref.split('/').filter(Boolean).pop()}` : ref);

const taxonomyLabels: Record<string, string> = { onet: 'O*NET', esco: 'ESCO', custom: 'Custom' };

// Sort keys are the ones listSkills accepts (src/main/db/repos/browse.ts): name and category.
export function skillColumns(f: Formatter): Column<SkillRow>[] {
  return [
    { id: 'name', header: 'Skill', sortKey: 'name', cell: (r) => r.name, truncate: true, text: (r) => r.name },
    { id: 'category', header: 'Category', sortKey: 'category', cell: (r) => <span className={`tag tag--${r.category}`}>{categoryLabel(r.category)}</span> },
    {
      id: 'taxonomy',
      header: 'Taxonomy',
      cell: (r) => (
        <span title={r.taxonomyRef ?? undefined}>
          {taxonomyLabels[r.taxonomySource] ?? r.taxonomySource}
          {r.taxonomyRef && <span className="muted mono"> {shortRef(r.taxonomyRef)}</span>}
        </span>
      ),
    },
    { id: 'requiredByRoles', header: 'Required by roles', sortKey: 'requiredByRoles', numeric: true, cell: (r) => f.integer(r.requiredByRoles) },
    { id: 'assessedPeople', header: 'People assessed', sortKey: 'assessedPeople', numeric: true, cell: (r) => f.integer(r.assessedPeople) },
    {
      id: 'meanLevel',
      sortKey: 'meanLevel',
      header: 'Mean level (0-5)',
      numeric: true,
      cell: (r) => (r.meanLevel === null ? <span className="muted">not assessed</span> : f.fixed(r.meanLevel, 1)),
    },
  ];
}

export function SkillsPage() {
  const format = useFormat();
  return (
    <div className="page" data-testid="page-skills">
      <PageHeader
        title="Skills"
        description="The skills catalogue with its taxonomy references, how many roles need each skill and how well it is assessed. Unassessed is shown as unknown, never as zero."
      />
      <PagedTable
        store={useSkillsStore}
        columns={skillColumns(format)}
        rowKey={(r) => r.id}
        caption="Skills"
        noun="skills"
        searchLabel="Search skills"
        searchPlaceholder="Search by name or category"
        testId="table-skills"
      />
    </div>
  );
}
