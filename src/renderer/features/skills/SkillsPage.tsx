// Skills: the editable catalogue with taxonomy references, how many roles need each skill and how
// well it is assessed. Unassessed is shown as unknown, never as zero.
import { useState } from 'react';
import type { SkillGridRow } from '../../../shared/edit-read-models';
import { skillCategories, type SkillFilters } from '../../../shared/edit-types';
import { PageHeader } from '../../components/PageHeader';
import type { VirtualColumn } from '../../components/VirtualTableTypes';
import type { Formatter } from '../../format';
import { categoryLabel } from '../../labels';
import { useFormat } from '../../lib/use-format';
import { EditableTable } from '../editing/EditableTable';
import { FilterSelect, IssueChip } from '../editing/Filters';
import { RecordDialog, type FormField } from '../editing/RecordDialog';
import { UndoBar } from '../editing/UndoBar';
import { useSkillsStore } from './store';

/** ESCO references are long URIs whose distinguishing part is the end; O*NET ids are short. */
export const shortRef = (ref: string): string => (/^https?:\/\//.test(ref) ? `…/${ref.split('/').filter(Boolean).pop()}` : ref);

const taxonomyLabels: Record<string, string> = { onet: 'O*NET', esco: 'ESCO', custom: 'Custom' };
const categoryOptions = skillCategories.map((c) => ({ value: c, label: categoryLabel(c) }));

export function skillColumns(f: Formatter): VirtualColumn<SkillGridRow>[] {
  return [
    { id: 'name', header: 'Skill', width: 240, sortKey: 'name', cell: (r) => r.name, text: (r) => r.name, edit: { field: 'name', kind: 'text', value: (r) => r.name } },
    {
      id: 'category',
      header: 'Category',
      width: 120,
      sortKey: 'category',
      cell: (r) => <span className={`tag tag--${r.category}`}>{categoryLabel(r.category)}</span>,
      edit: { field: 'category', kind: 'enum', options: categoryOptions, value: (r) => r.category },
    },
    {
      id: 'taxonomy',
      header: 'Taxonomy',
      width: 170,
      text: (r) => r.taxonomyRef,
      cell: (r) => (
        <span>
          {taxonomyLabels[r.taxonomySource] ?? r.taxonomySource}
          {r.taxonomyRef && <span className="muted mono"> {shortRef(r.taxonomyRef)}</span>}
        </span>
      ),
    },
    { id: 'description', header: 'Description', width: 260, cell: (r) => r.description ?? '—', text: (r) => r.description, edit: { field: 'description', kind: 'text', nullable: true, value: (r) => r.description } },
    { id: 'requiredByRoles', header: 'Required by roles', width: 135, sortKey: 'requiredByRoles', numeric: true, cell: (r) => f.integer(r.requiredByRoles) },
    { id: 'assessedPeople', header: 'People assessed', width: 125, sortKey: 'assessedPeople', numeric: true, cell: (r) => f.integer(r.assessedPeople) },
    { id: 'meanLevel', header: 'Mean level (0-5)', width: 130, sortKey: 'meanLevel', numeric: true, cell: (r) => (r.meanLevel === null ? <span className="muted">not assessed</span> : f.fixed(r.meanLevel, 1)) },
  ];
}

const fields: FormField[] = [
  { field: 'name', label: 'Name', kind: 'text', required: true },
  { field: 'category', label: 'Category', kind: 'enum', required: true, options: categoryOptions },
  { field: 'description', label: 'Description', kind: 'text', nullable: true, wide: true },
];

const sources = [
  { value: 'onet', label: 'O*NET' },
  { value: 'esco', label: 'ESCO' },
  { value: 'custom', label: 'Custom' },
];

function Filters() {
  const filters = useSkillsStore((s) => s.query.filters);
  const set = <K extends keyof SkillFilters>(k: K, v: SkillFilters[K] | undefined) => useSkillsStore.getState().setFilter(k, v);
  return (
    <>
      <FilterSelect label="Category" options={categoryOptions} value={filters.category} onChange={(v) => set('category', v as SkillFilters['category'])} />
      <FilterSelect label="Taxonomy" options={sources} value={filters.taxonomySource} onChange={(v) => set('taxonomySource', v as SkillFilters['taxonomySource'])} />
      {filters.issue && <IssueChip label="Used by nothing" onClear={() => set('issue', undefined)} />}
    </>
  );
}

export function SkillsPage() {
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  return (
    <div className="page" data-testid="page-skills">
      <PageHeader
        title="Skills"
        description="The skills catalogue with its taxonomy references, how many roles need each skill and how well it is assessed. Unassessed is shown as unknown, never as zero."
        actions={<UndoBar />}
      />
      <EditableTable
        entity="skill"
        store={useSkillsStore}
        columns={skillColumns(format)}
        idOf={(r) => r.id}
        labelOf={(r) => r.name}
        caption="Skills"
        noun="skills"
        singular="skill"
        searchLabel="Search skills"
        searchPlaceholder="Search by name, category or reference"
        filters={<Filters />}
        onAdd={() => setAdding(true)}
        testId="table-skills"
      />
      {adding && <RecordDialog title="Add a skill" entity="skill" fields={fields} onClose={() => setAdding(false)} />}
    </div>
  );
}
