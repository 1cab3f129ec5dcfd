// People: the editable, virtualised table of everyone in the engagement (with filters, a skills
// profile per person, add and delete), the data-quality panel and the history of changes.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PersonRow } from '../../../shared/edit-read-models';
import { personIssues, type PeopleFilters } from '../../../shared/edit-types';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/use-format';
import { DataQualityPanel } from '../data-quality/DataQualityPanel';
import { EditableTable } from '../editing/EditableTable';
import { FilterSelect, IssueChip, toId } from '../editing/Filters';
import { HistoryPanel } from '../editing/HistoryPanel';
import { RecordDialog } from '../editing/RecordDialog';
import { TabPanel, Tabs } from '../editing/Tabs';
import { UndoBar } from '../editing/UndoBar';
import { usePseudonymise } from '../editing/use-options';
import { peopleColumns, personFields } from './columns';
import { PersonSkillsDialog } from './PersonSkillsDialog';
import { usePeopleStore, usePeopleView, type PeopleTab } from './store';

export const personIssueLabels: Record<(typeof personIssues)[number], string> = {
  'no-role': 'Without a role',
  'no-unit': 'Without an org unit',
  'no-location': 'Without a location',
  'unit-mismatch': 'Unit differs from the role’s',
  'manager-loop': 'In a reporting loop',
  'dangling-reference': 'Referring to missing records',
  'fte-outlier': 'FTE outside 0.1–1.0',
  'salary-outlier': 'Salary far from the role’s',
  'not-assessed': 'Required skills not assessed',
};

function PeopleFilterBar() {
  const filters = usePeopleStore((s) => s.query.filters);
  const set = <K extends keyof PeopleFilters>(k: K, v: PeopleFilters[K] | undefined) => usePeopleStore.getState().setFilter(k, v);
  return (
    <>
      <FilterSelect label="Unit" kind="orgUnits" value={filters.orgUnitId} onChange={(v) => set('orgUnitId', toId(v))} />
      <FilterSelect label="Location" kind="locations" value={filters.locationId} onChange={(v) => set('locationId', toId(v))} />
      <FilterSelect label="Family" kind="families" value={filters.family} onChange={(v) => set('family', v)} />
      {filters.roleId !== undefined && <IssueChip label={`Role #${filters.roleId}`} onClear={() => set('roleId', undefined)} />}
      {filters.managerId !== undefined && <IssueChip label={`Reports of #${filters.managerId}`} onClear={() => set('managerId', undefined)} />}
      {filters.issue && <IssueChip label={personIssueLabels[filters.issue]} onClear={() => set('issue', undefined)} />}
    </>
  );
}

function PeopleTable() {
  const format = useFormat();
  const pseudonymise = usePseudonymise();
  const [adding, setAdding] = useState(false);
  const { profile, openProfile } = usePeopleView(useShallow((s) => ({ profile: s.profile, openProfile: s.openProfile })));
  const labelOf = (r: PersonRow) => (pseudonymise || !r.name ? r.ref : r.name);
  return (
    <>
      <EditableTable
        entity="employee"
        store={usePeopleStore}
        columns={peopleColumns(format, pseudonymise)}
        idOf={(r) => r.id}
        labelOf={labelOf}
        caption="People"
        noun="people"
        singular="person"
        searchLabel="Search people"
        searchPlaceholder="Search by ID, name, role or unit"
        filters={<PeopleFilterBar />}
        onAdd={() => setAdding(true)}
        rowButtons={(r) => (
          <button type="button" className="row-button" tabIndex={-1} aria-label={`Skills of ${labelOf(r)}`} onClick={() => openProfile({ id: r.id, label: labelOf(r) })}>
            Skills
          </button>
        )}
        testId="table-people"
      />
      {adding && <RecordDialog title="Add a person" entity="employee" fields={personFields(pseudonymise)} initial={{ fte: '1' }} onClose={() => setAdding(false)} />}
      {profile && <PersonSkillsDialog employeeId={profile.id} label={profile.label} onClose={() => openProfile(null)} />}
    </>
  );
}

const tabs: { id: PeopleTab; label: string }[] = [
  { id: 'list', label: 'People' },
  { id: 'quality', label: 'Data quality' },
  { id: 'history', label: 'History' },
];

export function PeoplePage() {
  const { tab, setTab } = usePeopleView(useShallow((s) => ({ tab: s.tab, setTab: s.setTab })));
  return (
    <div className="page" data-testid="page-people">
      <PageHeader
        title="People"
        description="Everyone in the engagement. Double-click a cell (or press Enter) to edit it; every change is checked, recorded in the history and can be undone."
        actions={<UndoBar />}
      />
      <Tabs scope="people" label="People views" tabs={tabs} value={tab} onChange={setTab} />
      <TabPanel scope="people" id={tab}>
        {tab === 'list' && <PeopleTable />}
        {tab === 'quality' && <DataQualityPanel />}
        {tab === 'history' && <HistoryPanel />}
      </TabPanel>
    </div>
  );
}
