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
      truncate: true,
      text: (r) => r.title,
      // The title gives way to the Manager tag when space is short, so the tag always shows.
      cell: (r) => (
        <span className="cell-flex">
          <span className="ellipsis">{r.title}</span>
          {r.isManager && (
            <span className="tag" title="Manager role">
              Mgr
            </span>
          )}
        </span>
      ),
    },
    { id: 'family', header: 'Family', sortKey: 'family', cell: (r) => r.family, truncate: true, text: (r) => r.family },
    { id: 'orgUnit', header: 'Org unit', sortKey: 'orgUnit', cell: (r) => r.orgUnit ?? '—', truncate: true, text: (r) => r.orgUnit },
    { id: 'location', header: 'Location', sortKey: 'location', cell: (r) => r.location ?? '—' },
    { id: 'occupationCode', header: 'Occupation', sortKey: 'occupationCode', cell: (r) => (r.occupationCode ? <span className="mono">{r.occupationCode}</span> : '—') },
    { id: 'headcount', header: 'Headcount', sortKey: 'headcount', numeric: true, cell: (r) => f.integer(r.headcount) },
    { id: 'loadedCost', header: 'Cost / FTE', sortKey: 'loadedCost', numeric: true, cell: (r) => f.money(r.loadedCost) },
    {
      id: 'requirements',
      sortKey: 'requirements',
      header: 'Skills',
      numeric: true,
      cell: (r) => (
        <span title={`${r.requirements} required now, ${r.futureRequirements} more future-dated`}>
          {f.integer(r.requirements)}
          {r.futureRequirements > 0 && <span className="muted"> +{f.integer(r.futureRequirements)}</span>}
        </span>
      ),
    },
    { id: 'exposure', header: 'Exposure', sortKey: 'exposure', numeric: true, cell: (r) => (r.exposure === null ? <span className="muted">no tasks</span> : f.percent(r.exposure, 0)) },
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
