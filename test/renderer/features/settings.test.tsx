// Settings: a form over getSettings/updateSettings whose validation messages come from the API.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../src/shared/api-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { SettingsPage } from '../../../src/renderer/features/settings/SettingsPage';
import { settingsView, summary } from '../fixtures';
import { fail, fakeApi, ok, resetStores } from '../helpers';

beforeEach(() => {
  resetStores();
  useAppStore.setState({ summary: summary() });
});

const currencyError = [{ path: 'meta.currency', message: 'expected an ISO 4217 currency code such as EUR' }];

describe('Settings', () => {
  it('fills the form from getSettings', async () => {
    fakeApi({ getSettings: () => ok(settingsView()) });
    render(<SettingsPage />);
    expect(await screen.findByLabelText('Engagement name')).toHaveValue('Northwind Logistics');
    expect(screen.getByLabelText('Currency')).toHaveValue('EUR');
    expect(screen.getByLabelText('Planning horizon')).toHaveValue('18');
    expect(screen.getByLabelText('Fiscal year starts in')).toHaveDisplayValue('January');
    expect(screen.getByLabelText('As-of date')).toHaveValue('2025-03-31');
    expect(screen.getByLabelText('Soft skills')).toHaveValue('60');
    expect(screen.getByLabelText('Learning time per person')).toHaveValue('16');
    expect(screen.getByLabelText('Contractor premium')).toHaveAccessibleDescription(/= 35%/);
    expect(screen.getByLabelText('Pseudonymise people')).toBeChecked();
    expect(screen.getByLabelText('Minimum group size')).toHaveValue('5');
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  });

  it('shows the API validation error next to the field and in the summary', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      getSettings: () => ok(settingsView()),
      updateSettings: () => fail('validation', 'Invalid input for updateSettings: meta.currency: expected an ISO 4217 currency code such as EUR', currencyError),
    });
    render(<SettingsPage />);
    const currency = await screen.findByLabelText('Currency');
    await user.clear(currency);
    await user.type(currency, 'euro');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const alert = await screen.findByTestId('settings-error');
    expect(alert).toHaveTextContent('Not saved: please correct the highlighted values');
    expect(within(alert).getByRole('link', { name: 'Currency' })).toBeInTheDocument();
    expect(currency).toHaveAttribute('aria-invalid', 'true');
    expect(currency).toHaveAccessibleDescription(/expected an ISO 4217 currency code such as EUR/);
    expect(api.inputsOf('updateSettings')[0].meta?.currency).toBe('euro');

    // Following the summary link puts the cursor in the field.
    await user.click(within(alert).getByRole('link', { name: 'Currency' }));
    expect(currency).toHaveFocus();
    // Editing the field clears its message.
    await user.type(currency, 'x');
    expect(currency).not.toHaveAttribute('aria-invalid');
  });

  it('resets edits to the saved values', async () => {
    const user = userEvent.setup();
    fakeApi({ getSettings: () => ok(settingsView()) });
    render(<SettingsPage />);
    const name = await screen.findByLabelText('Engagement name');
    await user.clear(name);
    await user.type(name, 'Something else');
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(name).toHaveValue('Northwind Logistics');
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  });

  it('saves typed numbers, booleans and text, then refreshes the engagement in the header', async () => {
    const user = userEvent.setup();
    let saved: SettingsView = settingsView();
    const api = fakeApi({
      getSettings: () => ok(saved),
      updateSettings: (input) => {
        saved = { meta: { ...saved.meta, ...input.meta }, settings: { ...saved.settings, privacy: { ...saved.settings.privacy, ...input.settings?.privacy } } };
        return ok(saved);
      },
      currentEngagement: () => ok(summary({ name: saved.meta.name, horizonMonths: saved.meta.horizonMonths })),
    });
    render(<SettingsPage />);
    const horizon = await screen.findByLabelText('Planning horizon');
    await user.clear(horizon);
    await user.type(horizon, '24');
    await user.clear(screen.getByLabelText('Engagement name'));
    await user.type(screen.getByLabelText('Engagement name'), 'Northwind 2026');
    await user.click(screen.getByLabelText('Pseudonymise people'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved.'));

    const payload = api.inputsOf('updateSettings')[0];
    expect(payload.meta).toMatchObject({ name: 'Northwind 2026', horizonMonths: 24, currency: 'EUR', fiscalStartMonth: 1 });
    expect(payload.settings?.privacy).toEqual({ pseudonymise: false, minGroupSize: 5 });
    expect(payload.settings?.costs?.contractorPremium).toBe(0.35);
    expect(payload.settings?.hoursPerLevel?.leadership).toBe(60);
    expect(useAppStore.getState().summary?.name).toBe('Northwind 2026');
  });

  it('sends an emptied number as null so the API explains what is missing', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      getSettings: () => ok(settingsView()),
      updateSettings: () => fail('validation', 'Invalid input', [{ path: 'settings.learningHoursPerMonth', message: 'Invalid input: expected number, received null' }]),
    });
    render(<SettingsPage />);
    const hours = await screen.findByLabelText('Learning time per person');
    await user.clear(hours);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Invalid input: expected number, received null', { selector: '.field__error' })).toBeInTheDocument();
    expect(api.inputsOf('updateSettings')[0].settings?.learningHoursPerMonth).toBeNull();
  });
});
