import type { PersonAction } from '../../../../shared/plan-types';
import { actionLabels } from '../plan-labels';

/** A person's recommendation as a coloured tag. */
export function ActionTag({ action }: { action: PersonAction }) {
  return <span className={`tag plan-action plan-action--${action}`}>{actionLabels[action]}</span>;
}
