// Shared by the plan component tests: the page with a fake host, a plan run for a scenario.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { useAppStore } from '../../../../src/renderer/app/store';
import { resetPlanScreens } from '../../../../src/renderer/features/plan/reset';
import { PlanPage } from '../../../../src/renderer/features/plan/PlanPage';
import { usePlanView, type PlanTab } from '../../../../src/renderer/features/plan/view';
import { formatterFor } from '../../../../src/renderer/format';
import { summary } from '../../fixtures';
import { fakeApi, resetStores, type Replies } from '../../helpers';
import { planReplies, type FakePlanState } from './fixtures';

export const f = formatterFor('en-GB', 'EUR');
export const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function resetPlan() {
  resetStores();
  resetPlanScreens();
  usePlanView.setState(usePlanView.getInitialState(), true);
  useAppStore.setState({ summary: summary(), revision: 1 });
}

/** Renders the Plan page on `tab`, runs the plan for `scenario` and waits for its KPIs. */
export async function openPlan({ tab = 'mix', scenario = 'AI claims', replies, state, wait = true }: { tab?: PlanTab; scenario?: string; replies?: Replies; state?: FakePlanState; wait?: boolean } = {}) {
  const user = userEvent.setup();
  const api = fakeApi(replies ?? planReplies(state));
  usePlanView.setState({ tab });
  render(<PlanPage />);
  const select = await screen.findByRole('combobox', { name: 'Scenario' });
  await waitFor(() => expect(select.querySelectorAll('option').length).toBeGreaterThan(0));
  await user.selectOptions(select, scenario);
  await user.click(screen.getByTestId('run-plan'));
  if (wait) await screen.findByTestId('plan-kpis', {}, { timeout: 10_000 });
  // The views that draw charts load on first use.
  if (wait && tab !== 'overview' && tab !== 'programs') await screen.findByTestId(`plan-${tab}`, {}, { timeout: 15_000 });
  return { api, user };
}
