import type { RoleRow } from '../../../shared/api-types';
import type { Column } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import type { Formatter } from '../../format';
import { useFormat } from '../../lib/use-format';
import { useRolesStore } from './store';

// Sort keys are the ones listRoles accepts (src/main/db/repos/browse.ts).
export function roleColumns(f: Formatter): Column<RoleRow>[] {
  return [
    {
      id: 'title',
      header: 'Role',
      sortKey: 'title',
      cell: (r) => (
        <>
          {r.title}
          {r.isManager && <span className="tag">Manager</span>}
        </>
      ),
    },
    { id: 'family', header: 'Family', sortKey: 'family', cell: (r) => r.family },
    { id: 'orgUnit', header: 'Org unit', sortKey: 'orgUnit', cell: (r) => r.orgUnit ?? '—' },
    { id: 'location', header: 'Location', sortKey: 'location', cell: (r) => r.location ?? '—' },
    { id: 'occupationCode', header: 'Occupation', cell: (r) => (r.occupationCode ? <span className="mono">{r.occupationCode}</span> : '—'), width: '7.5rem' },
    { id: 'headcount', header: 'Headcount', sortKey: 'headcount', numeric: true, cell: (r) => f.integer(r.headcount), width: '6.5rem' },
    { id: 'loadedCost', header: 'Loaded cost / FTE', sortKey: 'loadedCost', numeric: true, cell: (r) => f.money(r.loadedCost), width: '9rem' },
    {
      id: 'requirements',
      header: 'Skills required',
      numeric: true,
      cell: (r) => (
        <span title={`${r.requirements} now, ${r.futureRequirements} future-dated`}>
          {f.integer(r.requirements)}
          {r.futureRequirements > 0 && <span className="muted"> +{f.integer(r.futureRequirements)} future</span>}
        </span>
      ),
      width: '9rem',
    },
    { id: 'exposure', header: 'Exposure', sortKey: 'exposure', numeric: true, cell: (r) => (r.exposure === null ? <span className="muted">no tasks</span> : f.percent(r.exposure, 0)), width: '6.5rem' },
  ];
}

export function RolesPage() {
  const format = useFormat();
  return (
    <div className="page" data-testid="page-roles">
      <PageHeader title="Roles" description="Jobs with their occupation code, cost, skill requirements (today and future-dated) and automation exposure." />
      <PagedTable
        store={useRolesStore}
        columns={roleColumns(format)}
        rowKey={(r) => r.id}
        caption="Roles"
        noun="roles"
        searchLabel="Search roles"
        searchPlaceholder="Search by title, family or occupation code"
        testId="table-roles"
      />
    </div>
  );
}
