// Sections not built yet say what they will hold and already show the real data behind them.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/app/store';
import { PlanPage } from '../../../src/renderer/features/plan/PlanPage';
import { ReportsPage } from '../../../src/renderer/features/reports/ReportsPage';
import { summary } from '../fixtures';
import { fakeApi, ok, resetStores } from '../helpers';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary({ locale: 'de-DE' }) });
});

describe('unbuilt sections', () => {
  it('Plan: objectives and programs with their links both ways', async () => {
    fakeApi({
      listPrograms: () =>
        ok([{ id: 1, name: 'Data Literacy', delivery: 'online', durationMonths: 2, costPerPerson: 1250, seatsPerPeriod: null, skills: ['SQL', 'Excel'], objectives: ['Faster close'] }]),
      listObjectives: () =>
        ok([{ id: 1, name: 'Faster close', metric: 'Days to close', unit: 'days', baseline: 12, target: 6.5, targetDate: '2026-12-31', programs: ['Data Literacy'] }]),
    });
    render(<PlanPage />);
    const programs = await screen.findByRole('table', { name: 'Learning programs' });
    const program = within(programs).getByRole('row', { name: /Data Literacy/ });
    expect(program).toHaveTextContent('1.250 €');
    expect(program).toHaveTextContent('unlimited');
    expect(within(program).getByText('Faster close')).toBeInTheDocument();
    const objective = within(screen.getByRole('table', { name: 'Business objectives' })).getByRole('row', { name: /Faster close/ });
    expect(objective).toHaveTextContent('12 → 6,5 days');
    expect(objective).toHaveTextContent('31.12.2026');
    expect(within(objective).getByText('Data Literacy')).toBeInTheDocument();
    expect(screen.getByTestId('coming-next')).toHaveTextContent(/build.*buy.*borrow.*automation \(bot\).*release/);
  });

  it('Reports: each deliverable with what it would contain today', () => {
    fakeApi({});
    render(<ReportsPage />);
    expect(screen.getByTestId('deliverable-workbook')).toHaveTextContent('2.014 people');
    expect(screen.getByTestId('deliverable-workbook')).toHaveTextContent('18.250 proficiency records');
    expect(screen.getByTestId('deliverable-report')).toHaveTextContent('9 learning programs against 5 objectives');
    expect(screen.getByTestId('deliverable-deck')).toHaveTextContent('PowerPoint');
    expect(within(screen.getByTestId('deliverable-deck')).getByRole('button', { name: 'Export' })).toBeDisabled();
  });
});
