// The person profile, the "why" panels and the upskill/reskill lists with a fake host: required
// vs current vs future level per skill (unknown stays "not assessed"), readiness and time to
// close, programs, best other roles, and every figure's explanation asked for with the right target.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/app/store';
import { GapsPage } from '../../../src/renderer/features/gaps/GapsPage';
import { PersonProfile } from '../../../src/renderer/features/gaps/PersonProfile';
import { useGapView } from '../../../src/renderer/features/gaps/store';
import { formatterFor } from '../../../src/renderer/format';
import { summary as engagement } from '../fixtures';
import { fail, fakeApi, ok, resetStores } from '../helpers';
import { explanation, heatmap, options, person, summary } from './gaps-fixtures';

beforeEach(() => {
  resetStores();
  useGapView.setState(useGapView.getInitialState(), true);
  useAppStore.setState({ summary: engagement() });
});

const f = formatterFor('en-GB', 'EUR');
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('person profile', () => {
  it('shows readiness now and later, time to close, required vs current per skill, programs and other roles', async () => {
    fakeApi({ getGapPerson: () => ok(person()) });
    const { container } = render(<PersonProfile id={501} future={{ futureMonths: 18 }} format={f} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'P000501' });
    expect(dialog).toHaveAccessibleDescription('Planner · Operations · Rotterdam');
    expect(screen.getByTestId('profile-readiness-now')).toHaveTextContent('70%');
    expect(screen.getByTestId('profile-readiness-now')).toHaveTextContent('90% of the profile assessed');
    expect(screen.getByTestId('profile-readiness-future')).toHaveTextContent('Readiness on 30 Sept 2026');
    expect(screen.getByTestId('profile-readiness-future')).toHaveTextContent('55%');
    expect(screen.getByTestId('profile-hours')).toHaveTextContent('200 h');
    expect(screen.getByTestId('profile-months')).toHaveTextContent('12.5');

    const skills = screen.getByRole('table', { name: 'Skills of P000501' });
    const sql = within(skills).getByRole('row', { name: /SQL/ });
    expect(sql).toHaveTextContent('not assessed');
    expect(sql).toHaveTextContent('unknown');
    expect(sql).not.toHaveTextContent(/Current\s*0/);
    const forecasting = within(skills).getByRole('row', { name: /Forecasting/ });
    expect(forecasting).toHaveTextContent('from 1 Jan 2026');
    expect(within(skills).getByRole('row', { name: /Python/ })).toHaveTextContent('not required');

    expect(screen.getByTestId('profile-programs')).toHaveTextContent('Negotiation Lab · 2 months · €900');
    expect(screen.getByTestId('profile-programs')).toHaveTextContent('No program covers: Forecasting (1 levels)');
    const others = screen.getByRole('table', { name: 'Best other roles for P000501' });
    expect(within(others).getByRole('row', { name: /Analyst/ })).toHaveTextContent(/88%.*80%.*40.*2\.5/);
    expect(within(others).getByRole('row', { name: /Shift Lead/ })).toHaveTextContent('Negotiation Lab');

    // The chart loads lazily and draws real bars; unknown levels have no "current" bar.
    const chart = screen.getByRole('img', { name: /skills not assessed have no current bar/ });
    // The lazy chunk (recharts) can take seconds to import on a busy machine.
    await waitFor(() => expect(container.ownerDocument.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0), { timeout: 15_000 });
    expect(chart).toBeInTheDocument();
  });

  it('explains readiness today, readiness later and a fit, each with the right target and date', async () => {
    const user = userEvent.setup();
    const fake = fakeApi({ getGapPerson: () => ok(person()), explainGap: () => ok(explanation()) });
    render(<PersonProfile id={501} future={{ futureMonths: 18 }} format={f} onClose={() => {}} />);
    await screen.findByTestId('profile-readiness-now');
    await user.click(screen.getByRole('button', { name: 'Why this number: Readiness today' }));
    const note = await screen.findByRole('note', { name: 'How Readiness today is calculated' });
    await within(note).findByText(/readiness = 1 - sum\(w x g\)/);
    expect(within(note).getAllByText('assumption')).toHaveLength(2);
    expect(note).toHaveTextContent('SQL (digital): proficiency pnot assessed');
    expect(within(note).getByTestId('why-result')).toHaveTextContent('0.7');
    expect(fake.inputsOf('explainGap')[0]).toEqual({ target: { kind: 'readiness', employee: 501 } });

    await user.click(screen.getByRole('button', { name: 'Why this number: Readiness on 30 Sept 2026' }));
    await waitFor(() => expect(fake.inputsOf('explainGap')).toHaveLength(2));
    expect(fake.inputsOf('explainGap')[1]).toEqual({ asOf: '2026-09-30', target: { kind: 'readiness', employee: 501 } });

    await user.click(screen.getByRole('button', { name: 'Why this number: Fit for Analyst' }));
    await waitFor(() => expect(fake.inputsOf('explainGap')).toHaveLength(3));
    expect(fake.inputsOf('explainGap')[2]).toEqual({ target: { kind: 'fit', employee: 501, roleId: 12 } });
  });

  it('says why an explanation is refused', async () => {
    const user = userEvent.setup();
    fakeApi({ getGapPerson: () => ok(person()), explainGap: () => fail('unauthorized', 'Planner × SQL is hidden: fewer than 5 people.') });
    render(<PersonProfile id={501} future={{}} format={f} onClose={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Why this number: Hours to close' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No explanation');
    expect(screen.getByRole('alert')).toHaveTextContent('hidden: fewer than 5 people');
  });
});

describe('gaps page: key figures, upskill and reskill', () => {
  function api() {
    return fakeApi({
      getGapOptions: () => ok(options()),
      getGapSummary: () => ok(summary()),
      getGapHeatmap: () => ok(heatmap()),
      explainGap: (i) => ok(explanation({ result: i.asOf ? 0.71 : 0.84, formula: 'mean readiness = sum(readiness) / people with a readiness' })),
      getGapPerson: () => ok(person()),
      getGapUpskill: (i) =>
        ok({
          scope: heatmap().scope,
          futureDate: '2026-09-30',
          total: 120,
          offset: i.offset ?? 0,
          rows: [
            { id: 501, ref: 'P000501', name: null, roleId: 10, role: 'Planner', readinessNow: 0.7, readinessFuture: 0.55, coverageNow: 0.9, coverageFuture: 0.75, gapHoursNow: 120, gapHoursFuture: 200, extraHours: 80, monthsFuture: 12.5, programs: person().programs },
          ],
        }),
      getGapReskill: (i) =>
        ok({
          scope: heatmap().scope,
          role: { id: i.roleId, title: 'Planner', requirements: 6 },
          candidates: [{ id: 777, ref: 'P000777', name: null, fromRoleId: 12, fromRole: 'Analyst', fit: 0.91, coverage: 0.8, gapHours: 60, months: 3.75, programs: { programs: [], uncovered: [], totalCost: 0 } }],
        }),
      getGapAdjacency: (i) =>
        ok({
          asOfDate: '2025-03-31',
          role: { id: i.roleId, title: 'Planner' },
          into: [{ roleId: 12, title: 'Analyst', fit: 0.83, gapHours: 120, months: 7.5 }],
          from: [{ roleId: 11, title: 'Shift Lead', fit: 0.64, gapHours: 300, months: 18.75 }],
        }),
    });
  }

  it('shows today against the future date, each figure explained for both dates', async () => {
    const user = userEvent.setup();
    const fake = api();
    render(<GapsPage />);
    expect(plain((await screen.findByTestId('gap-kpi-readiness-value')).textContent)).toBe('84%');
    expect(screen.getByTestId('gap-kpi-readiness')).toHaveTextContent('71% on 30 Sept 2026');
    expect(screen.getByTestId('gap-kpi-hours-value')).toHaveTextContent('4.1k h');
    expect(screen.getByTestId('gap-kpi-below-value')).toHaveTextContent('12 of 49');
    expect(screen.getByTestId('gap-kpi-changes')).toHaveTextContent('7 added, 3 raised or reweighted');
    await user.click(screen.getByRole('button', { name: 'Why this number: Mean readiness' }));
    const note = screen.getByRole('note', { name: 'How Mean readiness is calculated' });
    await waitFor(() => expect(within(note).getAllByTestId('why-result').map((x) => x.textContent)).toEqual(['0.84', '0.71']));
    expect(fake.inputsOf('explainGap')).toEqual([
      { filter: {}, target: { kind: 'summary', metric: 'meanReadiness', threshold: 0.8 } },
      { filter: {}, asOf: '2026-09-30', target: { kind: 'summary', metric: 'meanReadiness', threshold: 0.8 } },
    ]);
    await user.click(screen.getByRole('button', { name: 'Why this number: Requirement changes' }));
    const changes = screen.getByRole('note', { name: 'How Requirement changes is calculated' });
    expect(changes).toHaveTextContent('Added (a skill the role will newly need)7');
    expect(changes).toHaveTextContent('Raised or reweighted3');
  });

  it('lists upskill needs with paging and opens a profile', async () => {
    const user = userEvent.setup();
    const fake = api();
    render(<GapsPage />);
    await user.click(await screen.findByRole('tab', { name: 'Upskill' }));
    const table = await screen.findByRole('table', { name: 'Upskill list' });
    const row = within(table).getByRole('row', { name: /P000501/ });
    expect(row).toHaveTextContent('70% → 55%');
    expect(row).toHaveTextContent('120 → 200');
    expect(row).toHaveTextContent('+80');
    expect(row).toHaveTextContent('Negotiation Lab');
    expect(screen.getByText('1–1 of 120 people')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next ›' }));
    await waitFor(() => expect(fake.inputsOf('getGapUpskill').at(-1)).toMatchObject({ offset: 50, limit: 50 }));
    await user.click(within(screen.getByRole('table', { name: 'Upskill list' })).getByRole('button', { name: 'Open the profile of P000501' }));
    expect(await screen.findByRole('dialog', { name: 'P000501' })).toBeInTheDocument();
  });

  it('ranks reskill candidates for the biggest role first and shows the closest roles', async () => {
    const user = userEvent.setup();
    const fake = api();
    render(<GapsPage />);
    await user.click(await screen.findByRole('tab', { name: 'Reskill' }));
    const table = await screen.findByRole('table', { name: 'Reskill candidates for Planner' });
    expect(fake.inputsOf('getGapReskill')[0]).toMatchObject({ roleId: 10, top: 15 });
    expect(within(table).getByRole('row', { name: /P000777/ })).toHaveTextContent(/Analyst.*91%.*80%.*60.*3\.8/);
    const adjacency = await screen.findByTestId('role-adjacency');
    await within(adjacency).findByText('Analyst');
    expect(adjacency).toHaveTextContent('83% · 120 h');
    await user.selectOptions(screen.getByLabelText('Target role'), '11');
    await waitFor(() => expect(fake.inputsOf('getGapReskill').at(-1)).toMatchObject({ roleId: 11 }));
    await user.click(within(adjacency).getByRole('button', { name: 'Why this number: Adjacency, Analyst' }));
    await waitFor(() => expect(fake.inputsOf('explainGap').at(-1)).toMatchObject({ target: { kind: 'adjacency', toRoleId: 12 } }));
  });
});
