// A new engagement makes every scenario screen stale: the list reloads through
// useEngagementData, and the draft, results and Monte Carlo stores start over. New data in the
// same engagement (settings saved, rates imported) keeps the draft being edited and the screen
// shown, and drops the figures computed from the old data.
import { useAppStore } from '../../app/store';
import { useDraftStore } from './draft-store';
import { useMonteCarloStore } from './mc-store';
import { useResultsStore } from './results-store';
import { useScenarioView } from './store';

export function resetScenarioScreens(): void {
  useDraftStore.getState().reset();
  useScenarioView.setState(useScenarioView.getInitialState(), true);
  resetScenarioFigures();
}

export function resetScenarioFigures(): void {
  useResultsStore.getState().reset();
  useMonteCarloStore.getState().reset();
}

let subscribed = false;

/** Subscribes once (the page calls it on mount). */
export function followEngagement(): void {
  if (subscribed) return;
  subscribed = true;
  useAppStore.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    if (state.summary?.file && state.summary.file === previous.summary?.file) resetScenarioFigures();
    else resetScenarioScreens();
  });
}
