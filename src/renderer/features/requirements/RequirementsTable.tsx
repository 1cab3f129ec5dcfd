// Every role requirement: which level of which skill a role needs, how much it weighs, and from
// when (future-dated requirements describe the role in 12-18 months).
import { useState } from 'react';
import type { RequirementRow } from '../../../shared/edit-read-models';
import { skillCategories, type RequirementFilters } from '../../../shared/edit-types';
import type { VirtualColumn } from '../../components/VirtualTableTypes';
import type { Formatter } from '../../format';
import { categoryLabel } from '../../labels';
import { useFormat } from '../../lib/use-format';
import { EditableTable } from '../editing/EditableTable';
import { FilterSelect, IssueChip, toId } from '../editing/Filters';
import { RecordDialog, type FormField } from '../editing/RecordDialog';
import { useRequirementsStore } from './store';

function columns(f: Formatter): VirtualColumn<RequirementRow>[] {
  return [
    { id: 'role', header: 'Role', width: 220, sortKey: 'role', cell: (r) => r.role, text: (r) => r.role, edit: { field: 'roleId', kind: 'reference', reference: 'roles', value: (r) => r.roleId, label: (r) => r.role } },
    { id: 'family', header: 'Family', width: 130, sortKey: 'family', cell: (r) => r.family },
    { id: 'skill', header: 'Skill', width: 220, sortKey: 'skill', cell: (r) => r.skill, text: (r) => r.skill, edit: { field: 'skillId', kind: 'reference', reference: 'skills', value: (r) => r.skillId, label: (r) => r.skill } },
    { id: 'category', header: 'Category', width: 110, sortKey: 'category', cell: (r) => <span className={`tag tag--${r.category}`}>{categoryLabel(r.category)}</span> },
    { id: 'level', header: 'Level (0-5)', width: 115, sortKey: 'level', numeric: true, cell: (r) => f.fixed(r.level, 1), edit: { field: 'level', kind: 'number', value: (r) => r.level } },
    { id: 'weight', header: 'Weight (0-1)', width: 125, sortKey: 'weight', numeric: true, cell: (r) => f.fixed(r.weight, 2), edit: { field: 'weight', kind: 'number', value: (r) => r.weight } },
    {
      id: 'effectiveDate',
      header: 'From',
      width: 120,
      sortKey: 'effectiveDate',
      cell: (r) => (r.effectiveDate ? f.date(r.effectiveDate) : <span className="muted">now</span>),
      edit: { field: 'effectiveDate', kind: 'date', nullable: true, value: (r) => r.effectiveDate },
    },
    { id: 'timing', header: 'In force', width: 90, cell: (r) => (r.timing === 'current' ? 'Today' : <span className="tag">Future</span>) },
    { id: 'source', header: 'Source', width: 90, sortKey: 'source', cell: (r) => r.source },
  ];
}

const fields: FormField[] = [
  { field: 'roleId', label: 'Role', kind: 'reference', reference: 'roles', required: true },
  { field: 'skillId', label: 'Skill', kind: 'reference', reference: 'skills', required: true },
  { field: 'level', label: 'Required level (0-5)', kind: 'number', required: true },
  { field: 'weight', label: 'Importance weight (0-1)', kind: 'number', required: true },
  { field: 'effectiveDate', label: 'In force from', kind: 'date', nullable: true, hint: 'Blank: in force now. A date: a future requirement.' },
];

const timings = [
  { value: 'current', label: 'In force today' },
  { value: 'future', label: 'Future-dated' },
];

function Filters() {
  const filters = useRequirementsStore((s) => s.query.filters);
  const set = <K extends keyof RequirementFilters>(k: K, v: RequirementFilters[K] | undefined) => useRequirementsStore.getState().setFilter(k, v);
  return (
    <>
      <FilterSelect label="Role" kind="roles" value={filters.roleId} onChange={(v) => set('roleId', toId(v))} />
      <FilterSelect label="Family" kind="families" value={filters.family} onChange={(v) => set('family', v)} />
      <FilterSelect label="Category" options={skillCategories.map((c) => ({ value: c, label: categoryLabel(c) }))} value={filters.category} onChange={(v) => set('category', v as RequirementFilters['category'])} />
      <FilterSelect label="When" options={timings} value={filters.timing} onChange={(v) => set('timing', v as RequirementFilters['timing'])} />
      {filters.skillId !== undefined && <IssueChip label={`Skill #${filters.skillId}`} onClear={() => set('skillId', undefined)} />}
    </>
  );
}

export function RequirementsTable() {
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const roleId = useRequirementsStore((s) => s.query.filters.roleId);
  return (
    <>
      <EditableTable
        entity="requirement"
        store={useRequirementsStore}
        columns={columns(format)}
        idOf={(r) => r.id}
        labelOf={(r) => `${r.role} × ${r.skill}`}
        caption="Role requirements"
        noun="requirements"
        singular="requirement"
        searchLabel="Search requirements"
        searchPlaceholder="Search by role, family or skill"
        filters={<Filters />}
        onAdd={() => setAdding(true)}
        testId="table-requirements"
      />
      {adding && <RecordDialog title="Add a requirement" entity="requirement" fields={fields} initial={{ weight: '1', ...(roleId ? { roleId: String(roleId) } : {}) }} onClose={() => setAdding(false)} />}
    </>
  );
}
