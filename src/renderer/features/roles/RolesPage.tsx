// Roles: the editable roles table and, in a second tab, every role requirement (role x skill,
// today and future-dated).
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RoleFilters } from '../../../shared/edit-types';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/use-format';
import { EditableTable } from '../editing/EditableTable';
import { FilterSelect, IssueChip, toId } from '../editing/Filters';
import { RecordDialog } from '../editing/RecordDialog';
import { TabPanel, Tabs } from '../editing/Tabs';
import { UndoBar } from '../editing/UndoBar';
import { RequirementsTable } from '../requirements/RequirementsTable';
import { useRequirementsStore } from '../requirements/store';
import { roleColumns, roleFields } from './columns';
import { useRolesStore, useRolesView, type RolesTab } from './store';

const issueLabels = { 'no-requirements': 'Without current requirements', 'no-incumbents': 'Nobody holds' } as const;
const managerOptions = [
  { value: 'true', label: 'Manager roles' },
  { value: 'false', label: 'Other roles' },
];

function RoleFilterBar() {
  const filters = useRolesStore((s) => s.query.filters);
  const set = <K extends keyof RoleFilters>(k: K, v: RoleFilters[K] | undefined) => useRolesStore.getState().setFilter(k, v);
  return (
    <>
      <FilterSelect label="Unit" kind="orgUnits" value={filters.orgUnitId} onChange={(v) => set('orgUnitId', toId(v))} />
      <FilterSelect label="Location" kind="locations" value={filters.locationId} onChange={(v) => set('locationId', toId(v))} />
      <FilterSelect label="Family" kind="families" value={filters.family} onChange={(v) => set('family', v)} />
      <FilterSelect label="Type" options={managerOptions} value={filters.isManager} onChange={(v) => set('isManager', v === undefined ? undefined : v === 'true')} />
      {filters.issue && <IssueChip label={issueLabels[filters.issue]} onClear={() => set('issue', undefined)} />}
    </>
  );
}

function RolesTable() {
  const format = useFormat();
  const [adding, setAdding] = useState(false);
  const setTab = useRolesView((s) => s.setTab);
  return (
    <>
      <EditableTable
        entity="role"
        store={useRolesStore}
        columns={roleColumns(format)}
        idOf={(r) => r.id}
        labelOf={(r) => r.title}
        caption="Roles"
        noun="roles"
        singular="role"
        searchLabel="Search roles"
        searchPlaceholder="Search by title, family or occupation code"
        filters={<RoleFilterBar />}
        onAdd={() => setAdding(true)}
        rowButtons={(r) => (
          <button
            type="button"
            className="row-button"
            tabIndex={-1}
            aria-label={`Requirements of ${r.title}`}
            onClick={() => {
              useRequirementsStore.getState().setQuery({ search: '', filters: { roleId: r.id } });
              setTab('requirements');
            }}
          >
            Skills
          </button>
        )}
        testId="table-roles"
      />
      {adding && <RecordDialog title="Add a role" entity="role" fields={roleFields} initial={{ isManager: 'false', loadedCost: '0' }} onClose={() => setAdding(false)} />}
    </>
  );
}

const tabs: { id: RolesTab; label: string }[] = [
  { id: 'roles', label: 'Roles' },
  { id: 'requirements', label: 'Requirements' },
];

export function RolesPage() {
  const { tab, setTab } = useRolesView(useShallow((s) => ({ tab: s.tab, setTab: s.setTab })));
  return (
    <div className="page" data-testid="page-roles">
      <PageHeader title="Roles" description="Jobs with their occupation code, cost, skill requirements (today and future-dated) and automation exposure." actions={<UndoBar />} />
      <Tabs scope="roles" label="Roles views" tabs={tabs} value={tab} onChange={setTab} />
      <TabPanel scope="roles" id={tab}>
        {tab === 'roles' ? <RolesTable /> : <RequirementsTable />}
      </TabPanel>
    </div>
  );
}
