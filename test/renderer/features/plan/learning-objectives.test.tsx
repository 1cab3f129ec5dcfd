// The learning plan (timeline of cohorts, seats against capacity, budget burn) and business
// alignment (program ROI with its three terms, objectives with plan vs actual, recording an
// outcome), all from the API payload.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fail } from '../../helpers';
import { objective, planOf, planReplies, type FakePlanState } from './fixtures';
import { f, openPlan, plain, resetPlan } from './setup';

beforeEach(resetPlan);

describe('the learning plan', () => {
  it('lays out one bar per cohort and lists who takes it', async () => {
    await openPlan({ tab: 'learning' });
    const { result } = planOf({ scenario: 'AI claims' });
    const cohorts = within(screen.getByTestId('learning-timeline')).getAllByTestId('timeline-cohort');
    expect(cohorts).toHaveLength(2);
    const academy = result.learning.enrolments.filter((e) => e.programId === 1);
    expect(cohorts[0]).toHaveAccessibleName(
      `AI Academy: ${academy.length} people (${academy.length} upskill, 0 reskill) from ${f.date('2026-10-01')} to ${f.date('2026-12-01')}, ${f.money(academy.reduce((a, e) => a + e.cost, 0))}`,
    );
    // Two of the four months: half the horizon.
    expect(cohorts[0].style.left).toBe('0%');
    expect(parseFloat(cohorts[0].style.width)).toBeCloseTo((61 / 123) * 100, 1);
    fireEvent.click(cohorts[1]);
    const detail = screen.getByTestId('timeline-cohort-detail');
    const people = within(detail).getAllByRole('row').slice(1);
    expect(people).toHaveLength(result.peopleSummary.reskill);
    expect(people[0]).toHaveTextContent(`P0009ReskillData Analyst${f.date('2026-10-01')}${f.date('2027-01-01')}${f.money(400)}`);
  });

  it('charts seats used against capacity and the budget burn against the budget', async () => {
    const { result } = planOf({ scenario: 'AI claims' });
    await openPlan({ tab: 'learning' });
    const seats = screen.getByTestId('chart-seats').querySelector('[role="img"]')!;
    expect(seats).toHaveAttribute('aria-label', `AI Academy: at most ${result.peopleSummary.upskill} enrolments start in a period against 10 seats per start date.`);
    const budget = screen.getByTestId('chart-budget').querySelector('[role="img"]')!;
    expect(budget).toHaveAttribute('aria-label', `Program fees: ${f.money(result.totals.learningSpend)} spent over the plan, no budget cap.`);
    expect(plain(screen.getByTestId('budget-spent').textContent)).toBe(`${f.money(result.totals.learningSpend)} spent, no cap`);
  });
});

describe('objectives and ROI', () => {
  it('shows each program with its cost, people, skills closed and the three ROI terms, each explained', async () => {
    await openPlan({ tab: 'objectives' });
    const { result } = planOf({ scenario: 'AI claims' });
    const p = result.programs[0];
    const row = screen.getByTestId('roi-1');
    const cells = within(row).getAllByRole('cell').map((c) => plain(c.textContent).replace('?', ''));
    expect(cells).toEqual([
      String(p.people),
      `${p.levelsClosed} · AI tools`,
      f.moneyCompact(p.cost),
      f.moneyCompact(p.avoidedHiring),
      f.moneyCompact(p.avoidedSeverance),
      f.moneyCompact(p.productivityGained),
      `${f.decimal(p.roi!, 2)}×`,
      'Faster claims',
    ]);
    fireEvent.click(within(row).getByRole('button', { name: 'Why this number: ROI of AI Academy' }));
    const why = screen.getByRole('note', { name: 'How ROI of AI Academy is calculated' });
    expect(within(why).getByTestId('why-formula')).toHaveTextContent('(avoided hiring + avoided severance + productivity gained) / cost');
    expect(plain(why.textContent)).toContain(`avoided hiring${f.money(p.avoidedHiring)}`);
    expect(plain(within(why).getByTestId('why-result').textContent)).toBe(`${f.decimal(p.roi!, 2)}×`);
    const terms = screen.getByTestId('chart-roi').querySelector('.sr-only tbody tr')!;
    expect(plain(terms.textContent)).toBe(`AI Academy${f.money(p.avoidedHiring)}${f.money(0)}${f.money(p.productivityGained)}${f.money(p.cost)}${f.decimal(p.roi!, 2)}×`);
  });

  it('links each objective to the programs and scenario changes serving it', async () => {
    await openPlan({ tab: 'objectives' });
    const card = screen.getByTestId('objective-1');
    expect(card).toHaveTextContent(`Cycle time: 21 days → 14 days by ${f.date(objective.targetDate)}`);
    expect(plain(card.textContent)).toMatch(/AI Academy8 people · €16(\.0)?k · ROI 10\.5×/);
    expect(plain(card.textContent)).toContain('AI claims triage2 FTE automated · €100');
    expect(within(card).getByRole('img')).toHaveAttribute('aria-label', `Cycle time: planned from 21 days to 14 days by ${f.date(objective.targetDate)}; no outcome recorded yet.`);
  });

  it('records an outcome, re-runs the plan and shows plan vs actual', async () => {
    const state: FakePlanState = { outcomes: [], overrides: [] };
    const { api, user } = await openPlan({ tab: 'objectives', state });
    const form = screen.getByRole('form', { name: 'Record an outcome for Faster claims' });
    await user.type(within(form).getByLabelText('Actual cycle time'), '18.5');
    fireEvent.change(within(form).getByLabelText('On'), { target: { value: '2027-06-30' } });
    await user.type(within(form).getByLabelText('Note'), 'Q2 review');
    await user.click(within(form).getByRole('button', { name: 'Record outcome' }));
    await waitFor(() => expect(api.inputsOf('recordObjectiveOutcome')).toEqual([{ objectiveId: 1, recordedOn: '2027-06-30', value: 18.5, note: 'Q2 review' }]));
    await waitFor(() => expect(api.inputsOf('runPlan')).toHaveLength(2));
    const outcomes = await screen.findByTestId('outcomes-1');
    const { result } = planOf({ scenario: 'AI claims' }, state);
    const o = result.objectives[0].outcomes[0];
    expect(plain(within(outcomes).getAllByRole('row')[1].textContent)).toBe(`${f.date('2027-06-30')}18.5${f.decimal(o.planned, 2)}${o.ahead >= 0 ? 'ahead' : 'behind'} ${f.decimal(Math.abs(o.ahead), 2)}Q2 review`);
    expect(within(screen.getByTestId('objective-1')).getByRole('img')).toHaveAttribute(
      'aria-label',
      `Cycle time: planned ${f.decimal(o.planned, 2)} days on ${f.date('2027-06-30')}, actual 18.5 days, ${o.ahead >= 0 ? 'ahead of' : 'behind'} plan by ${f.decimal(Math.abs(o.ahead), 2)} days.`,
    );
    expect(screen.getByTestId('objective-progress-1')).toHaveTextContent(`${f.percent((18.5 - 21) / (14 - 21), 0)} of the way`);
    expect(form).toHaveTextContent(`Recorded 18.5 days on ${f.date('2027-06-30')}.`);
  });

  it('says why an outcome could not be recorded and keeps what was typed', async () => {
    const replies = planReplies();
    replies.recordObjectiveOutcome = () => fail('validation', 'recordedOn: not a date');
    const { user } = await openPlan({ tab: 'objectives', replies });
    const form = screen.getByRole('form', { name: 'Record an outcome for Faster claims' });
    await user.type(within(form).getByLabelText('Actual cycle time'), '19');
    await user.click(within(form).getByRole('button', { name: 'Record outcome' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Could not record the outcomerecordedOn: not a date');
    expect(within(form).getByLabelText('Actual cycle time')).toHaveValue('19');
  });
});
