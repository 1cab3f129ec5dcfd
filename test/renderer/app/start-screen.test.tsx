// No engagement open: the start screen, the ways to start, and the error banner for files
// that cannot be opened (with a restore action where a backup exists).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EngagementSummary } from '../../../src/shared/api-types';
import type { Result } from '../../../src/shared/result';
import { App } from '../../../src/renderer/app/App';
import { connectEvents } from '../../../src/renderer/app/events';
import { overview, summary } from '../fixtures';
import { fail, fakeApi, ok, resetStores, type Replies } from '../helpers';

beforeEach(resetStores);

const acmeFile = { file: 'acme.skillshift', fileName: 'acme.skillshift', name: 'Acme Retail', modifiedAt: '2025-02-03T10:00:00Z', sizeBytes: 2_400_000 };

function nothingOpen(more: Replies = {}) {
  return fakeApi({
    appInfo: () => ok({ version: '0.1.0', transport: 'web', canPickFiles: false, dataDir: '/home/c/Skillshift', platform: 'linux' }),
    currentEngagement: () => ok(null),
    listEngagementFiles: () => ok([acmeFile]),
    getOverview: () => ok(overview()),
    ...more,
  });
}

describe('start screen', () => {
  it('appears when nothing is open, listing the data folder and the ways to start', async () => {
    nothingOpen();
    render(<App />);
    const start = await screen.findByTestId('start-screen');
    expect(within(start).getByRole('heading', { name: 'Engagements in the data folder' })).toBeInTheDocument();
    expect(start).toHaveTextContent('/home/c/Skillshift');
    expect(await within(start).findByRole('button', { name: /Acme Retail/ })).toHaveTextContent('acme.skillshift');
    expect(within(start).getByRole('button', { name: /New engagement/ })).toBeInTheDocument();
    expect(within(start).getByRole('button', { name: /Create demo engagement/ })).toBeInTheDocument();
    expect(within(start).queryByRole('button', { name: /Open…/ })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
  });

  it('opens a listed file into the frame', async () => {
    const user = userEvent.setup();
    const api = nothingOpen({ openEngagement: () => ok(summary({ name: 'Acme Retail' })) });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Acme Retail/ }));
    expect(await screen.findByTestId('engagement-name')).toHaveTextContent('Acme Retail');
    expect(api.inputsOf('openEngagement')).toEqual([{ file: 'acme.skillshift' }]);
  });

  it('offers to restore the backup of a damaged file, and opens the restored file', async () => {
    const user = userEvent.setup();
    const api = nothingOpen({
      openEngagement: () => fail('bad-file', '/home/c/Skillshift/acme.skillshift is damaged: page 3 is corrupt', { reason: 'damaged', backup: '/home/c/Skillshift/acme.skillshift.bak' }),
      restoreBackup: () => ok(summary({ name: 'Acme Retail' })),
    });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Acme Retail/ }));
    const banner = await screen.findByTestId('error-banner');
    expect(banner).toHaveAttribute('role', 'alert');
    expect(banner).toHaveTextContent('This file cannot be opened');
    expect(banner).toHaveTextContent('page 3 is corrupt');
    expect(banner).toHaveTextContent('acme.skillshift.bak');
    await user.click(within(banner).getByRole('button', { name: 'Restore backup' }));
    expect(await screen.findByTestId('engagement-name')).toHaveTextContent('Acme Retail');
    expect(api.inputsOf('restoreBackup')).toEqual([{ file: 'acme.skillshift' }]);
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('explains a file from a newer version without offering a restore, and can be dismissed', async () => {
    const user = userEvent.setup();
    nothingOpen({ openEngagement: () => fail('newer-version', 'acme.skillshift was saved by a newer version of Skillshift (file format 9, this app reads up to 1).') });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Acme Retail/ }));
    const banner = await screen.findByTestId('error-banner');
    expect(banner).toHaveTextContent('This engagement was saved by a newer Skillshift');
    expect(banner).toHaveTextContent('file format 9');
    expect(banner).toHaveTextContent('The file was not changed');
    expect(within(banner).queryByRole('button', { name: 'Restore backup' })).toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('creates the demo with a progress bar fed by progress events', async () => {
    const user = userEvent.setup();
    let finish: (r: Result<EngagementSummary>) => void = () => {};
    const api = nothingOpen({ createDemoEngagement: () => new Promise((r) => (finish = r)) });
    connectEvents(api.client);
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Create demo engagement/ }));
    expect(api.inputsOf('createDemoEngagement')).toEqual([{ file: 'skillshift-demo.skillshift' }]);
    expect(screen.getByRole('progressbar', { name: 'Generating the demo engagement…' })).toBeInTheDocument();
    act(() => api.emit('progress', { taskId: 'demo', label: 'Generating demo engagement', done: 2, total: 5 }));
    expect(screen.getByRole('progressbar', { name: 'Generating demo engagement' })).toHaveAttribute('aria-valuenow', '40');
    act(() => api.emit('progress', { taskId: 'demo', label: 'Generating demo engagement', done: 5, total: 5, finished: true }));
    await act(async () => finish(ok(summary({ name: 'Skillshift demo' }))));
    expect(await screen.findByTestId('engagement-name')).toHaveTextContent('Skillshift demo');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('creates a new engagement from the form, with the file name in the data folder', async () => {
    const user = userEvent.setup();
    const api = nothingOpen({
      createEngagement: (i) =>
        !/^[A-Z]{3}$/.test(i.currency ?? '')
          ? fail('validation', 'Invalid input for createEngagement: currency: expected an ISO 4217 currency code such as EUR', [
              { path: 'currency', message: 'expected an ISO 4217 currency code such as EUR' },
            ])
          : ok(summary({ name: i.name })),
    });
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /New engagement/ }));
    const dialog = screen.getByRole('dialog', { name: 'New engagement' });
    expect(within(dialog).getByLabelText('Client or engagement name')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Client or engagement name'), 'Contoso Bank');
    expect(within(dialog).getByLabelText('File name')).toHaveAttribute('placeholder', 'contoso-bank.skillshift');
    const currency = within(dialog).getByLabelText('Currency');
    await user.clear(currency);
    await user.type(currency, 'EU');
    await user.click(within(dialog).getByRole('button', { name: 'Create engagement' }));
    expect(await within(dialog).findByText('expected an ISO 4217 currency code such as EUR')).toBeInTheDocument();
    await user.clear(currency);
    await user.type(currency, 'CHF');
    await user.click(within(dialog).getByRole('button', { name: 'Create engagement' }));
    expect(await screen.findByTestId('engagement-name')).toHaveTextContent('Contoso Bank');
    expect(api.inputsOf('createEngagement').at(-1)).toEqual({ file: 'contoso-bank.skillshift', name: 'Contoso Bank', currency: 'CHF', locale: navigator.language });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes the new-engagement dialog with Escape', async () => {
    const user = userEvent.setup();
    nothingOpen();
    render(<App />);
    const opener = await screen.findByRole('button', { name: /New engagement/ });
    await user.click(opener);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('returns to the start screen when the engagement is closed elsewhere', async () => {
    const api = nothingOpen({ currentEngagement: () => ok(summary()) });
    connectEvents(api.client);
    render(<App />);
    await screen.findByTestId('engagement-name');
    act(() => api.emit('engagementChanged', { summary: null }));
    await waitFor(() => expect(screen.getByTestId('start-screen')).toBeInTheDocument());
  });
});
