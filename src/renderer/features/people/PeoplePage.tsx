import type { EmployeeRow } from '../../../shared/api-types';
import type { Column } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import type { Formatter } from '../../format';
import { useFormat } from '../../lib/use-format';
import { usePeopleStore } from './store';

// Sort keys are the ones listEmployees accepts (src/main/db/repos/browse.ts).
export function peopleColumns(f: Formatter): Column<EmployeeRow>[] {
  return [
    { id: 'ref', header: 'ID', sortKey: 'ref', cell: (r) => <span className="mono">{r.ref}</span> },
    { id: 'name', header: 'Name', sortKey: 'name', cell: (r) => r.name ?? <span className="muted">pseudonymised</span> },
    { id: 'role', header: 'Role', sortKey: 'role', cell: (r) => r.role ?? '—', truncate: true, text: (r) => r.role },
    { id: 'orgUnit', header: 'Org unit', sortKey: 'orgUnit', cell: (r) => r.orgUnit ?? '—', truncate: true, text: (r) => r.orgUnit },
    { id: 'location', header: 'Location', sortKey: 'location', cell: (r) => r.location ?? '—' },
    { id: 'fte', header: 'FTE', sortKey: 'fte', numeric: true, cell: (r) => f.decimal(r.fte, 2) },
    { id: 'salary', header: 'Salary', sortKey: 'salary', numeric: true, cell: (r) => f.money(r.salary) },
    { id: 'hireDate', header: 'Hired', sortKey: 'hireDate', cell: (r) => f.date(r.hireDate) },
    { id: 'assessedSkills', header: 'Assessed skills', sortKey: 'assessedSkills', numeric: true, cell: (r) => f.integer(r.assessedSkills) },
  ];
}

export function PeoplePage() {
  const format = useFormat();
  return (
    <div className="page" data-testid="page-people">
      <PageHeader title="People" description="Everyone in the engagement, with their role, unit, location and cost. Editing and import come next." />
      <PagedTable
        store={usePeopleStore}
        columns={peopleColumns(format)}
        rowKey={(r) => r.id}
        caption="People"
        noun="people"
        searchLabel="Search people"
        searchPlaceholder="Search by ID, name, role or unit"
        testId="table-people"
      />
    </div>
  );
}
