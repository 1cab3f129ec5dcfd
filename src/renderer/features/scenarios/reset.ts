// A new engagement makes every scenario screen stale: the list reloads through
// useEngagementData, and the draft, results and Monte Carlo stores start over. New data in the
// same engagement (settings saved, rates imported) keeps the draft being edited and the screen
// shown, and drops the figures computed from the old data.
import { followEngagement } from '../../app/follow-engagement';
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

/** Subscribes once (the page calls it on mount). */
export function followScenarioEngagement(): void {
  followEngagement('scenarios', { sameFile: resetScenarioFigures, otherFile: resetScenarioScreens });
}
