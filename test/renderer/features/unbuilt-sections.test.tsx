// Sections not built yet say what they will hold and already show the real data behind them.
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../../src/renderer/app/store';
import { ReportsPage } from '../../../src/renderer/features/reports/ReportsPage';
import { summary } from '../fixtures';
import { fakeApi, resetStores } from '../helpers';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary({ locale: 'de-DE' }) });
});

describe('unbuilt sections', () => {
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
