// A new engagement makes every plan screen stale: the chosen scenario, the what-if, the filters
// and the figures start over. New data in the same engagement (settings saved, data imported)
// keeps the choices and runs the plan on screen again.
import { followEngagement } from '../../app/follow-engagement';
import { usePlanPeople } from './people/people-store';
import { usePlanRun } from './run-store';
import { usePlanView } from './view';

export function resetPlanScreens(): void {
  usePlanRun.getState().reset();
  usePlanPeople.setState(usePlanPeople.getInitialState(), true);
  usePlanView.setState({ mixCell: null, seatsProgram: null });
}

/** Subscribes once (the page calls it when it is first loaded). */
export function followPlanEngagement(): void {
  followEngagement('plan', { sameFile: () => void usePlanRun.getState().refresh(), otherFile: resetPlanScreens });
}
