// The Plan section (issue 6): for a scenario, the least-cost mix of build (upskill, reskill), buy,
// borrow, bot and release that covers its demand, person by person and role by role, with the
// learning plan, the business objectives it serves and their ROI, a what-if on budget, seats
// and minimum fit, and the cost overrides. The programs and objectives catalogue and the
// editable programs table stay as the last two tabs. The views that draw charts load with the
// charts library on first use.
import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/use-format';
import { TabPanel, Tabs } from '../editing/Tabs';
import { UndoBar } from '../editing/UndoBar';
import { ProgramsTable } from '../programs/ProgramsTable';
import { Catalogue } from './Catalogue';
import { Infeasible } from './Infeasible';
import { KpiStrip } from './KpiStrip';
import { followPlanEngagement } from './reset';
import { isWhatIf, usePlanRun } from './run-store';
import { ScenarioBar } from './ScenarioBar';
import { usePlanView, type PlanTab } from './view';
import './plan.css';
import './plan-views.css';

const PlanViews = lazy(() => import('./PlanViews'));

followPlanEngagement();

export function PlanPage() {
  const tab = usePlanView((s) => s.tab);
  const format = useFormat();
  const { shown, base, status, error, updating, whatIf } = usePlanRun(
    useShallow((s) => ({ shown: s.shown, base: s.base, status: s.status, error: s.error, updating: s.updating, whatIf: s.whatIf })),
  );
  const result = shown?.result ?? null;
  const whatIfOn = isWhatIf(whatIf) && base !== null && shown !== null && shown.key !== base.key;
  const tabs: { id: PlanTab; label: string; badge?: string | null }[] = [
    { id: 'mix', label: 'Mix' },
    { id: 'people', label: 'People' },
    { id: 'learning', label: 'Learning plan' },
    { id: 'objectives', label: 'Objectives & ROI' },
    { id: 'what-if', label: 'What-if', badge: isWhatIf(whatIf) ? 'on' : null },
    { id: 'costs', label: 'Costs' },
    { id: 'overview', label: 'Catalogue' },
    { id: 'programs', label: 'Edit programs' },
  ];
  const planTab = tab !== 'overview' && tab !== 'programs';
  return (
    <div className="page plan-page" data-testid="page-plan">
      <PageHeader
        title="Plan"
        description="Which strategy to prioritise: the least-cost mix of build (upskill, reskill), buy, borrow, bot and release that covers a scenario's demand, person by person, tied to business objectives."
        actions={tab === 'programs' ? <UndoBar /> : undefined}
      />
      <ScenarioBar format={format} />
      {error && status === 'error' && <ErrorNotice error={error} title="Could not compute the plan" onRetry={() => void usePlanRun.getState().run()} />}
      {result && <Infeasible result={result} format={format} />}
      {result && <KpiStrip result={result} base={whatIfOn ? base!.result : null} updating={updating} format={format} />}
      <Tabs scope="plan" label="Plan views" tabs={tabs} value={tab} onChange={usePlanView.getState().setTab} />
      <TabPanel scope="plan" id={tab}>
        {tab === 'overview' && <Catalogue />}
        {tab === 'programs' && <ProgramsTable />}
        {planTab && status === 'running' && !result && <Loading label="Optimising the plan…" />}
        {planTab && status !== 'running' && !result && (
          <section className="card plan-empty" data-testid="plan-empty">
            <h2 className="card__title">No plan on screen yet</h2>
            <p className="muted">Choose a scenario above and run its plan. The Catalogue and Edit programs tabs show what the plan is built from meanwhile.</p>
          </section>
        )}
        {planTab && result && shown && base && (
          <Suspense fallback={<Loading label="Loading…" />}>
            <PlanViews tab={tab} shown={shown} base={base} format={format} />
          </Suspense>
        )}
      </TabPanel>
    </div>
  );
}
