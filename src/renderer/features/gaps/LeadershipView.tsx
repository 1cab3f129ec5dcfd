// The soft-skills and leadership lens: the same heatmap limited to soft and leadership skills
// (where most organisations put their upskilling priority), optionally managers only, and the
// manager roles singled out with their span of control.
import type { GapFilterInput, GapManagerRow, GapOptions } from '../../../shared/gap-types';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { Formatter } from '../../format';
import { Explain } from './Explain';
import { HeatmapView } from './HeatmapView';
import { useGapView } from './store';
import { useGapQuery } from './use-gap-query';

interface LeadershipViewProps {
  options: GapOptions;
  when: { asOf?: string; monthsAhead?: number };
  filter: GapFilterInput;
  format: Formatter;
}

export function LeadershipView({ options, when, filter, format: f }: LeadershipViewProps) {
  const { managersOnly, setManagersOnly } = useGapView();
  const heatFilter = managersOnly ? { ...filter, managersOnly: true } : filter;
  return (
    <div className="gap-lens" data-testid="leadership-lens">
      <label className="gap-lens__toggle">
        <input type="checkbox" className="checkbox" checked={managersOnly} onChange={(e) => setManagersOnly(e.target.checked)} />
        Managers only (manager roles and anyone with direct reports)
      </label>
      <HeatmapView options={options} when={when} filter={heatFilter} format={f} title="Soft skills and leadership" />
      <ManagerRoles when={when} filter={filter} format={f} />
    </div>
  );
}

function ManagerRoles({ when, filter, format: f }: { when: LeadershipViewProps['when']; filter: GapFilterInput; format: Formatter }) {
  const { data, error, loading, reload } = useGapQuery('getGapManagers', { ...when, filter });
  const hidden = (r: GapManagerRow, text: string) => (r.suppressed ? <span className="muted" title={r.reason ?? undefined}>hidden</span> : text);
  const columns: Column<GapManagerRow>[] = [
    { id: 'title', header: 'Manager role', cell: (r) => r.title, truncate: true, text: (r) => r.title },
    { id: 'managers', header: 'Managers', numeric: true, cell: (r) => f.integer(r.managers) },
    { id: 'reports', header: 'Direct reports', numeric: true, cell: (r) => f.integer(r.directReports) },
    { id: 'span', header: 'Mean span', numeric: true, cell: (r) => f.fixed(r.meanSpan, 1) },
    { id: 'max', header: 'Widest span', numeric: true, cell: (r) => f.integer(r.maxSpan) },
    { id: 'readiness', header: 'Mean readiness', numeric: true, cell: (r) => hidden(r, r.meanReadiness === null ? 'unknown' : f.percent(r.meanReadiness, 0)) },
    {
      id: 'hours',
      header: 'Hours to close',
      numeric: true,
      cell: (r) =>
        r.suppressed ? (
          hidden(r, '')
        ) : (
          <span className="cell-why">
            {f.integer(r.gapHours ?? 0)}
            <Explain
              label={`Hours to close, ${r.title}`}
              requests={[{ request: { ...when, filter: { ...filter, managersOnly: true }, target: { kind: 'cell', cell: { kind: 'group', by: 'role', key: String(r.roleId) }, metric: 'gapHours' } } }]}
            />
          </span>
        ),
    },
  ];
  return (
    <section className="card" aria-labelledby="managers-title" data-testid="manager-roles">
      <header className="card__header">
        <h2 id="managers-title" className="card__title">
          Manager roles and span of control
        </h2>
      </header>
      <p className="muted card__intro">Soft-skill and leadership gaps of the people who manage others, widest spans first. Span of control counts direct reports from the manager links.</p>
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {!data && loading && <Loading label="Loading manager roles…" />}
      {data && <DataTable caption="Manager roles" columns={columns} rows={data.rows} rowKey={(r) => r.roleId} singleLine scroll empty="No manager roles in this selection." />}
    </section>
  );
}
