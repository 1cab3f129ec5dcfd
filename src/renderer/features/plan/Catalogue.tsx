// The programs and objectives the plan is built from and defended by, with their links both
// ways: every learning initiative must tie to a measurable objective. The programs are edited
// in their own tab.
import type { ObjectiveRow, ProgramRow } from '../../../shared/api-types';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import type { Formatter } from '../../format';
import { deliveryLabel } from '../../labels';
import { useEngagementData } from '../../lib/use-engagement-data';
import { useFormat } from '../../lib/use-format';
import { usePlanStore } from './store';

function Links({ items, none }: { items: string[]; none: string }) {
  if (items.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="chips">
      {items.map((i) => (
        <li key={i} className="chip">
          {i}
        </li>
      ))}
    </ul>
  );
}

const programColumns = (f: Formatter): Column<ProgramRow>[] => [
  { id: 'name', header: 'Program', cell: (r) => <span className="strong">{r.name}</span> },
  { id: 'delivery', header: 'Delivery', cell: (r) => deliveryLabel(r.delivery), width: '7rem' },
  { id: 'duration', header: 'Months', numeric: true, cell: (r) => f.decimal(r.durationMonths, 1), width: '5rem' },
  { id: 'cost', header: 'Cost / person', numeric: true, cell: (r) => f.money(r.costPerPerson), width: '8rem' },
  { id: 'seats', header: 'Seats / month', numeric: true, cell: (r) => (r.seatsPerMonth === null ? 'unlimited' : f.integer(r.seatsPerMonth)), width: '7rem' },
  { id: 'skills', header: 'Skills taught', cell: (r) => <Links items={r.skills} none="none" /> },
  { id: 'objectives', header: 'Objectives', cell: (r) => <Links items={r.objectives} none="not linked" /> },
];

const objectiveColumns = (f: Formatter): Column<ObjectiveRow>[] => [
  { id: 'name', header: 'Objective', cell: (r) => <span className="strong">{r.name}</span> },
  { id: 'metric', header: 'Metric', cell: (r) => r.metric },
  {
    id: 'target',
    header: 'Baseline → target',
    numeric: true,
    cell: (r) => `${f.decimal(r.baseline, 2)} → ${f.decimal(r.target, 2)}${r.unit ? ` ${r.unit}` : ''}`,
    width: '11rem',
  },
  { id: 'date', header: 'By', cell: (r) => f.date(r.targetDate), width: '8rem' },
  { id: 'programs', header: 'Programs', cell: (r) => <Links items={r.programs} none="no program yet" /> },
];

export function Catalogue() {
  useEngagementData(usePlanStore);
  const format = useFormat();
  const { data, error, status, load, revision } = usePlanStore();
  return (
    <>
      {error && <ErrorNotice error={error} onRetry={() => void load(revision ?? 0)} />}
      {!data && status !== 'error' && <Loading label="Loading programs and objectives…" />}
      {data && (
        <>
          <section className="card" aria-labelledby="objectives-title">
            <header className="card__header">
              <h2 id="objectives-title" className="card__title">
                Business objectives
              </h2>
              <span className="count num">{format.integer(data.objectives.length)}</span>
            </header>
            <DataTable caption="Business objectives" columns={objectiveColumns(format)} rows={data.objectives} rowKey={(r) => r.id} empty="No objectives yet." testId="table-objectives" />
          </section>
          <section className="card" aria-labelledby="programs-title">
            <header className="card__header">
              <h2 id="programs-title" className="card__title">
                Learning programs
              </h2>
              <span className="count num">{format.integer(data.programs.length)}</span>
            </header>
            <DataTable caption="Learning programs" columns={programColumns(format)} rows={data.programs} rowKey={(r) => r.id} empty="No learning programs yet." testId="table-programs" />
          </section>
        </>
      )}
    </>
  );
}
