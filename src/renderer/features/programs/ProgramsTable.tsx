// Learning programs, editable: delivery, duration, cost per person and seats per month inline,
// and the skills each teaches (with the level uplift) in a dialog.
import { useState } from 'react';
import type { ProgramGridRow } from '../../../shared/edit-read-models';
import type { ProgramFilters } from '../../../shared/edit-types';
import type { VirtualColumn } from '../../components/VirtualTableTypes';
import type { Formatter } from '../../format';
import { deliveryLabel } from '../../labels';
import { useFormat } from '../../lib/use-format';
import { EditableTable } from '../editing/EditableTable';
import { FilterSelect, IssueChip, toId } from '../editing/Filters';
import { RecordDialog, type FormField } from '../editing/RecordDialog';
import { ProgramSkillsDialog } from './ProgramSkillsDialog';
import { useProgramsStore } from './store';

const deliveries = ['classroom', 'online', 'blended', 'coaching', 'on-the-job'].map((d) => ({ value: d, label: deliveryLabel(d) }));
const issueLabels = { 'no-skills': 'Teaching no skill', 'no-objective': 'Tied to no objective' } as const;

function columns(f: Formatter): VirtualColumn<ProgramGridRow>[] {
  return [
    { id: 'name', header: 'Program', width: 240, sortKey: 'name', cell: (r) => <span className="strong">{r.name}</span>, text: (r) => r.name, edit: { field: 'name', kind: 'text', value: (r) => r.name } },
    { id: 'delivery', header: 'Delivery', width: 110, sortKey: 'delivery', cell: (r) => deliveryLabel(r.delivery), edit: { field: 'delivery', kind: 'enum', options: deliveries, value: (r) => r.delivery } },
    { id: 'durationMonths', header: 'Months', width: 90, sortKey: 'durationMonths', numeric: true, cell: (r) => f.decimal(r.durationMonths, 1), edit: { field: 'durationMonths', kind: 'number', value: (r) => r.durationMonths } },
    { id: 'costPerPerson', header: 'Cost / person', width: 135, sortKey: 'costPerPerson', numeric: true, cell: (r) => f.money(r.costPerPerson), edit: { field: 'costPerPerson', kind: 'number', value: (r) => r.costPerPerson } },
    {
      id: 'seatsPerMonth',
      header: 'Seats / month',
      width: 135,
      sortKey: 'seatsPerMonth',
      numeric: true,
      cell: (r) => (r.seatsPerMonth === null ? 'unlimited' : f.integer(r.seatsPerMonth)),
      edit: { field: 'seatsPerMonth', kind: 'number', nullable: true, value: (r) => r.seatsPerMonth },
    },
    { id: 'skills', header: 'Skills taught', width: 240, sortKey: 'skills', cell: (r) => (r.skills.length ? r.skills.join(', ') : <span className="muted">none</span>), text: (r) => r.skills.join(', ') || null },
    { id: 'objectives', header: 'Objectives', width: 200, cell: (r) => (r.objectives.length ? r.objectives.join(', ') : <span className="muted">not linked</span>), text: (r) => r.objectives.join(', ') || null },
  ];
}

const fields: FormField[] = [
  { field: 'name', label: 'Name', kind: 'text', required: true, wide: true },
  { field: 'delivery', label: 'Delivery', kind: 'enum', required: true, options: deliveries },
  { field: 'durationMonths', label: 'Duration (months)', kind: 'number', required: true },
  { field: 'costPerPerson', label: 'Cost per person', kind: 'number', required: true },
  { field: 'seatsPerMonth', label: 'Seats per month', kind: 'number', nullable: true, hint: 'Blank: unlimited' },
];

function Filters() {
  const filters = useProgramsStore((s) => s.query.filters);
  const set = <K extends keyof ProgramFilters>(k: K, v: ProgramFilters[K] | undefined) => useProgramsStore.getState().setFilter(k, v);
  return (
    <>
      <FilterSelect label="Delivery" options={deliveries} value={filters.delivery} onChange={(v) => set('delivery', v as ProgramFilters['delivery'])} />
      <FilterSelect label="Teaches" kind="skills" value={filters.skillId} onChange={(v) => set('skillId', toId(v))} />
      {filters.issue && <IssueChip label={issueLabels[filters.issue]} onClear={() => set('issue', undefined)} />}
    </>
  );
}

export function ProgramsTable() {
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const [skillsOf, setSkillsOf] = useState<ProgramGridRow | null>(null);
  return (
    <>
      <EditableTable
        entity="program"
        store={useProgramsStore}
        columns={columns(format)}
        idOf={(r) => r.id}
        labelOf={(r) => r.name}
        caption="Learning programs (editable)"
        noun="programs"
        singular="program"
        searchLabel="Search programs"
        searchPlaceholder="Search by name or delivery"
        filters={<Filters />}
        onAdd={() => setAdding(true)}
        rowButtons={(r) => (
          <button type="button" className="row-button" tabIndex={-1} aria-label={`Skills taught by ${r.name}`} onClick={() => setSkillsOf(r)}>
            Skills
          </button>
        )}
        testId="table-programs-edit"
      />
      {adding && <RecordDialog title="Add a learning program" entity="program" fields={fields} onClose={() => setAdding(false)} />}
      {skillsOf && <ProgramSkillsDialog programId={skillsOf.id} name={skillsOf.name} onClose={() => setSkillsOf(null)} />}
    </>
  );
}
