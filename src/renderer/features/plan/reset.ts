// A new engagement makes every plan screen stale: the chosen scenario, the what-if, the filters
// and the figures start over. New data in the same engagement (settings saved, data imported)
// keeps the choices and runs the plan on screen again.
import { useAppStore } from '../../app/store';
import { usePlanPeople } from './people/people-store';
import { usePlanRun } from './run-store';
import { usePlanView } from './view';

export function resetPlanScreens(): void {
  usePlanRun.getState().reset();
  usePlanPeople.setState(usePlanPeople.getInitialState(), true);
  usePlanView.setState({ mixCell: null, seatsProgram: null });
}

let subscribed = false;

/** Subscribes once (the page calls it when it is first loaded). */
export function followEngagement(): void {
  if (subscribed) return;
  subscribed = true;
  useAppStore.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    if (state.summary?.file && state.summary.file === previous.summary?.file) void usePlanRun.getState().refresh();
    else resetPlanScreens();
  });
}
