// Plan: the optimiser comes later; the programs and objectives it will use are listed now,
// with their links, since every initiative must tie to a measurable objective. The programs
// can be edited in their own tab (issue 3, editing).
import type { ObjectiveRow, ProgramRow } from '../../../shared/api-types';
import { ComingNext } from '../../components/ComingNext';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import type { Formatter } from '../../format';
import { deliveryLabel } from '../../labels';
import { useEngagementData } from '../../lib/use-engagement-data';
import { useFormat } from '../../lib/use-format';
import { TabPanel, Tabs } from '../editing/Tabs';
import { UndoBar } from '../editing/UndoBar';
import { ProgramsTable } from '../programs/ProgramsTable';
import { usePlanStore } from './store';
import { usePlanView, type PlanTab } from './view';

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
  { id: 'seats', header: 'Seats / period', numeric: true, cell: (r) => (r.seatsPerPeriod === null ? 'unlimited' : f.integer(r.seatsPerPeriod)), width: '7rem' },
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

const planTabs: { id: PlanTab; label: string }[] = [
  { id: 'overview', label: 'Objectives and programs' },
  { id: 'programs', label: 'Edit programs' },
];

export function PlanPage() {
  const tab = usePlanView((s) => s.tab);
  return (
    <div className="page" data-testid="page-plan">
      <PageHeader title="Plan" description="The build, buy, borrow, bot and release mix, tied to business objectives." actions={tab === 'programs' ? <UndoBar /> : undefined} />
      <Tabs scope="plan" label="Plan views" tabs={planTabs} value={tab} onChange={usePlanView.getState().setTab} />
      <TabPanel scope="plan" id={tab}>
        {tab === 'overview' ? <PlanOverview /> : <ProgramsTable />}
      </TabPanel>
    </div>
  );
}

function PlanOverview() {
  useEngagementData(usePlanStore);
  const format = useFormat();
  const { data, error, status, load, revision } = usePlanStore();
  return (
    <>
      <ComingNext
        items={[
          'The optimised mix of upskill/reskill (build), hire (buy), contractors (borrow), automation (bot) and release that covers demand at the lowest cost, within training seats, budget, hiring capacity and minimum fit.',
          'A recommendation per person (upskill in role, reskill to role X, at risk) with its reason and cost.',
          'Each initiative tied to an objective with its ROI; plan versus actual once outcomes are recorded.',
        ]}
      />
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
