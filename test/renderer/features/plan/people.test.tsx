// Per person recommendations: the filters and pages ask the host for the right slice of the plan
// on screen, each row states the recommendation, its figures and reason, and a person opens
// with every figure explained.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanPeoplePage } from '../../../../src/shared/plan-types';
import type { Result } from '../../../../src/shared/result';
import { usePlanRun } from '../../../../src/renderer/features/plan/run-store';
import { PEOPLE, planOf, planReplies } from './fixtures';
import { f, openPlan, plain, resetPlan } from './setup';

beforeEach(resetPlan);

const rows = () => within(screen.getByTestId('people-table')).getAllByRole('row').slice(1);

describe('recommendations per person', () => {
  it('pages through everyone, then filters by recommendation with the counts of the plan', async () => {
    const { api, user } = await openPlan({ tab: 'people' });
    await waitFor(() => expect(rows()).toHaveLength(50));
    expect(screen.getByTestId('row-count')).toHaveTextContent(`1–50 of ${PEOPLE} people`);
    expect(api.inputsOf('getPlanPeople')[0]).toEqual({ scenario: 'AI claims', minFit: 0.75, offset: 0, limit: 50 });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent(`51–100 of ${PEOPLE} people`));
    expect(api.inputsOf('getPlanPeople').at(-1)).toMatchObject({ offset: 50, limit: 50 });

    const { result } = planOf({ scenario: 'AI claims' });
    expect(screen.getByTestId('people-filter-reskill')).toHaveTextContent(`Reskill to another role ${result.peopleSummary.reskill}`);
    await user.click(screen.getByTestId('people-filter-reskill'));
    await waitFor(() => expect(rows()).toHaveLength(result.peopleSummary.reskill));
    expect(api.inputsOf('getPlanPeople').at(-1)).toMatchObject({ action: 'reskill', offset: 0 });
    const first = within(rows()[0]).getAllByRole('cell').map((c) => plain(c.textContent));
    expect(first).toEqual(['P0009', 'Claims Handler', 'Reskill to another role', 'Data Analyst', '82%', 'Data Literacy', f.date('2026-10-01'), '3', f.money(3000), expect.stringMatching(/^Reskill to Data Analyst \(Warsaw\): fit 82%/)]);

    await user.click(screen.getByTestId('people-filter-at-risk'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]).getAllByRole('cell')[6]).toHaveTextContent(`release ${f.date('2027-02-01')}`);
  });

  it('filters by role and text', async () => {
    const { api, user } = await openPlan({ tab: 'people' });
    await waitFor(() => expect(rows()).toHaveLength(50));
    await user.selectOptions(screen.getByTestId('people-role'), 'Underwriter');
    await waitFor(() => expect(api.inputsOf('getPlanPeople').at(-1)).toMatchObject({ roleId: 12, offset: 0 }));
    await waitFor(() => expect(screen.getByTestId('row-count')).toHaveTextContent(/of 108 people$/));
    await user.type(screen.getByRole('searchbox', { name: 'Search people by reference or role' }), 'P0120');
    await waitFor(() => expect(api.inputsOf('getPlanPeople').at(-1)).toMatchObject({ roleId: 12, search: 'P0120' }), { timeout: 3000 });
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('opens a person with the reason and every figure behind it', async () => {
    const { user } = await openPlan({ tab: 'people' });
    await user.click(screen.getByTestId('people-filter-reskill'));
    await user.click(await screen.findByRole('button', { name: 'Open the recommendation for P0009' }));
    const dialog = screen.getByRole('dialog', { name: 'P0009: recommendation' });
    expect(within(dialog).getByTestId('person-reason')).toHaveTextContent(/^Reskill to Data Analyst \(Warsaw\): fit 82% \(min fit 75%\)/);
    expect(plain(dialog.textContent)).toContain('Fit for the target role82%');
    expect(plain(dialog.textContent)).toContain(`ProgramsData Literacy (${f.money(400)}, 3 months)`);
    expect(plain(dialog.textContent)).toContain('Months to proficiency3');
    const figures = within(dialog).getAllByTestId('person-figure');
    expect(figures).toHaveLength(2);
    expect(within(figures[0]).getByTestId('why-formula')).toHaveTextContent('program fees + salary x months to proficiency / 12 x productivity lost while learning');
    expect(plain(within(figures[0]).getByTestId('why-result').textContent)).toBe(f.money(3000));
    expect(plain(within(figures[1]).getByTestId('why-result').textContent)).toBe('82%');
    expect(figures[1]).toHaveTextContent('min fitassumption75%');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks again for the plan a what-if shows, and a slower answer for an older filter never replaces a newer one', async () => {
    const replies = planReplies();
    const pending: { action: string | undefined; resolve(r: Result<PlanPeoplePage>): void }[] = [];
    const real = replies.getPlanPeople!;
    replies.getPlanPeople = (q) => (q.action ? new Promise((resolve) => pending.push({ action: q.action, resolve })) : real(q));
    const { api, user } = await openPlan({ tab: 'people', replies });
    await waitFor(() => expect(rows()).toHaveLength(50));
    await user.click(screen.getByTestId('people-filter-upskill'));
    await user.click(screen.getByTestId('people-filter-at-risk'));
    await waitFor(() => expect(pending).toHaveLength(2));
    const answer = async (i: number) => pending[i].resolve(await real({ ...api.inputsOf('getPlanPeople')[i + 1] }));
    await answer(1);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await answer(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('At risk');

    usePlanRun.getState().setWhatIf({ minFit: 0.9 });
    await waitFor(() => expect(pending.length).toBe(3), { timeout: 3000 });
    expect(api.inputsOf('getPlanPeople').at(-1)).toMatchObject({ minFit: 0.9, action: 'at-risk' });
  });
});
