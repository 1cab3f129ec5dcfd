// Scenarios: the editor and results come later; the saved scenarios are listed now.
import type { ScenarioRow } from '../../../shared/api-types';
import { ComingNext } from '../../components/ComingNext';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import type { Formatter } from '../../format';
import { scenarioKindLabel } from '../../labels';
import { useEngagementData } from '../../lib/use-engagement-data';
import { useFormat } from '../../lib/use-format';
import { useScenariosStore } from './store';

const columns = (f: Formatter): Column<ScenarioRow>[] => [
  { id: 'name', header: 'Scenario', cell: (r) => <span className="strong">{r.name}</span> },
  { id: 'kind', header: 'Kind', cell: (r) => <span className="tag">{scenarioKindLabel(r.kind)}</span>, width: '9rem' },
  { id: 'description', header: 'Description', cell: (r) => <span className="muted">{r.description || '—'}</span> },
  { id: 'versions', header: 'Versions', numeric: true, cell: (r) => f.integer(r.versions), width: '6rem' },
  { id: 'updatedAt', header: 'Updated', cell: (r) => f.dateTime(r.updatedAt), width: '11rem' },
];

export function ScenariosPage() {
  useEngagementData(useScenariosStore);
  const format = useFormat();
  const { data, error, status, load, revision } = useScenariosStore();
  return (
    <div className="page" data-testid="page-scenarios">
      <PageHeader title="Scenarios" description="Named, versioned what-if changes over the baseline; results are always derived, never hand-edited." />
      {error && <ErrorNotice error={error} onRetry={() => void load(revision ?? 0)} />}
      {!data && status !== 'error' && <Loading label="Loading scenarios…" />}
      {data && (
        <section className="card" aria-labelledby="scenario-list-title">
          <header className="card__header">
            <h2 id="scenario-list-title" className="card__title">
              Saved scenarios
            </h2>
            <span className="count num">{format.integer(data.length)}</span>
          </header>
          <DataTable caption="Saved scenarios" columns={columns(format)} rows={data} rowKey={(r) => r.id} empty="No scenarios yet." testId="table-scenarios" />
        </section>
      )}
      <ComingNext
        items={[
          'Scenario editor: automation (exposure by tasks or a public index, adoption S-curve or linear) and new-market entry (launch date, headcount ramp, local cost and time-to-fill).',
          'Demand minus supply per role and period (stock-flow projection with attrition, moves and hiring), in FTE and in skills.',
          'Side-by-side comparison of scenarios and versions, P10/P50/P90 bands from Monte Carlo, sensitivity (tornado) and goal-seek.',
        ]}
      />
    </div>
  );
}
