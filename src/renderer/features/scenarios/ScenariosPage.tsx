// The Scenarios section (issue 5): the list of scenario documents, one scenario's workspace
// (builder with live previews, results with what-if, Monte Carlo, sensitivity and goal-seek,
// version history) and the side-by-side comparison. The workspace and the comparison draw
// charts, so they load with the charts library on first use.
import { lazy, Suspense } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useEngagementData } from '../../lib/use-engagement-data';
import { useFormat } from '../../lib/use-format';
import { ScenarioList } from './list/ScenarioList';
import { followScenarioEngagement } from './reset';
import { useScenarioView, useScenariosStore } from './store';
import './scenarios.css';

const Workspace = lazy(() => import('./workspace/Workspace'));
const Comparison = lazy(() => import('./compare/Comparison'));

followScenarioEngagement();

export function ScenariosPage() {
  useEngagementData(useScenariosStore);
  const format = useFormat();
  const { data, error, status, load, revision } = useScenariosStore();
  const screen = useScenarioView((s) => s.screen);
  return (
    <div className="page scenarios-page" data-testid="page-scenarios">
      <PageHeader title="Scenarios" description="What-if changes over the baseline, projected period by period: supply, demand, gaps, skills and cost, with their uncertainty. Results are always derived, never hand-edited." />
      {error && <ErrorNotice error={error} onRetry={() => void load(revision ?? 0)} />}
      {screen.kind === 'list' && (
        <>
          {!data && status !== 'error' && <Loading label="Loading scenarios…" />}
          {data && <ScenarioList scenarios={data} format={format} />}
        </>
      )}
      {screen.kind !== 'list' && (
        <Suspense fallback={<Loading label="Loading…" />}>
          {screen.kind === 'scenario' && <Workspace key={String(screen.id)} id={screen.id} tab={screen.tab} />}
          {screen.kind === 'compare' && <Comparison />}
        </Suspense>
      )}
    </div>
  );
}
