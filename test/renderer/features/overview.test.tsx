// The Overview dashboard renders the API's figures, formatted for the engagement's locale and
// currency, and every figure can explain itself.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { OverviewPage } from '../../../src/renderer/features/overview/OverviewPage';
import { overview } from '../fixtures';
import { fakeApi, fail, ok, resetStores } from '../helpers';

beforeEach(resetStores);

const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const kpi = (id: string) => plain(screen.getByTestId(`kpi-${id}-value`).textContent);

describe('Overview', () => {
  it('shows the KPI figures in en-GB with EUR', async () => {
    fakeApi({ getOverview: () => ok(overview()) });
    render(<OverviewPage />);
    expect(await screen.findByTestId('kpi-headcount')).toBeInTheDocument();
    expect(kpi('headcount')).toBe('2,014');
    expect(kpi('fte')).toBe('1,923.5');
    expect(kpi('annual-cost')).toBe('€123.5m');
    expect(screen.getByTestId('kpi-annual-cost')).toHaveTextContent('€64,183 per FTE');
    expect(kpi('skills-assessed')).toBe('75%');
    expect(screen.getByTestId('kpi-skills-assessed')).toHaveTextContent('7,650 of 10,200 required skills');
    expect(kpi('planned-markets')).toBe('1');
    expect(screen.getByTestId('kpi-planned-markets')).toHaveTextContent('Warsaw');
  });

  it('formats the same figures for de-DE', async () => {
    fakeApi({ getOverview: () => ok(overview({ locale: 'de-DE' })) });
    render(<OverviewPage />);
    await screen.findByTestId('kpi-headcount');
    expect(kpi('headcount')).toBe('2.014');
    expect(kpi('fte')).toBe('1.923,5');
    expect(kpi('annual-cost')).toBe('123,5 Mio. €');
    expect(kpi('skills-assessed')).toBe('75 %');
    const byUnit = screen.getByRole('table', { name: 'By org unit' });
    const operations = within(byUnit).getByRole('row', { name: /Operations/ });
    expect(plain(operations.textContent)).toContain('70.000.000 €');
    expect(plain(operations.textContent)).toContain('1.150,5');
  });

  it('draws the breakdowns, exposure bands and skills by category, each with a text alternative', async () => {
    fakeApi({ getOverview: () => ok(overview()) });
    const { container } = render(<OverviewPage />);
    await screen.findByTestId('kpi-headcount');
    for (const id of ['chart-by-unit', 'chart-by-location', 'chart-exposure', 'chart-skills-by-category']) {
      const card = screen.getByTestId(id);
      expect(within(card).getByRole('img')).toHaveAccessibleName();
      expect(within(card).getByRole('table')).toBeInTheDocument();
    }
    expect(screen.getByRole('img', { name: /Headcount by org unit, 2 groups. Largest by headcount: Operations, 1,200 people/ })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /34 roles with an exposure figure.*6 roles \(314 people\) at 60% exposure or more/ })).toBeInTheDocument();
    const exposure = within(screen.getByTestId('chart-exposure')).getByRole('table');
    expect(within(exposure).getByRole('row', { name: /60-80%/ })).toHaveTextContent('250');
    // recharts drew real bars (ResizeObserver reports a size in the test setup).
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
  });

  it('switches a breakdown between headcount, FTE and cost', async () => {
    const user = userEvent.setup();
    fakeApi({ getOverview: () => ok(overview()) });
    render(<OverviewPage />);
    await screen.findByTestId('kpi-headcount');
    const group = screen.getByRole('group', { name: 'Measure for by location' });
    await user.click(within(group).getByRole('button', { name: 'Annual cost' }));
    expect(within(group).getByRole('button', { name: 'Annual cost' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: /^Annual cost by location/ })).toBeInTheDocument();
  });

  it('explains a number on demand and closes the explanation with Escape', async () => {
    const user = userEvent.setup();
    fakeApi({ getOverview: () => ok(overview()) });
    render(<OverviewPage />);
    const why = await screen.findByRole('button', { name: 'Why this number: Annual cost' });
    await user.click(why);
    const note = screen.getByRole('note', { name: 'How Annual cost is calculated' });
    expect(note).toHaveTextContent('cost = role loaded cost per FTE x FTE');
    expect(plain(note.textContent)).toContain('€123,456,789');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(why).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Why this number: Skills assessed' }));
    expect(screen.getByRole('note')).toHaveTextContent(/unknown, never as level 0/);
    expect(screen.getByRole('note')).toHaveTextContent('10,200');

    await user.click(screen.getByRole('button', { name: 'Why this number: Roles by automation exposure' }));
    expect(screen.getByRole('note', { name: /Roles by automation exposure/ })).toHaveTextContent('sum(task time share x task exposure)');
  });

  it('shows the typed error with a retry', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    fakeApi({ getOverview: () => (++attempts === 1 ? fail('internal', 'disk on fire') : ok(overview())) });
    render(<OverviewPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('disk on fire');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('kpi-headcount')).toBeInTheDocument();
  });
});
