// The frame: sections reachable by keyboard, aria-current on the active one, routes in the
// hash, and menu commands from the main process.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { sections } from '../../../src/shared/events';
import { App } from '../../../src/renderer/app/App';
import { connectEvents } from '../../../src/renderer/app/events';
import { sectionLabels } from '../../../src/renderer/app/sections';
import { employees, overview, settingsView, summary } from '../fixtures';
import { fakeApi, ok, resetStores } from '../helpers';

beforeEach(resetStores);

function openEngagementApi() {
  return fakeApi({
    appInfo: () => ok({ version: '0.1.0', transport: 'web', canPickFiles: false, dataDir: '/data', platform: 'linux' }),
    currentEngagement: () => ok(summary()),
    listEngagementFiles: () => ok([]),
    getOverview: () => ok(overview()),
    listEmployees: (q) => ok(employees(10, q.offset, q.limit)),
    listRoles: () => ok({ total: 0, offset: 0, rows: [] }),
    listSkills: () => ok({ total: 0, offset: 0, rows: [] }),
    listScenarios: () => ok([{ id: 1, name: 'Warehouse automation', kind: 'automation', description: 'Pick robots', versions: 2, updatedAt: '2025-03-01T09:00:00Z' }]),
    scenarioList: () =>
      ok([{ id: 1, name: 'Warehouse automation', kind: 'automation', description: 'Pick robots', builtIn: false, createdAt: '2025-02-01T09:00:00Z', latestVersion: 2, updatedAt: '2025-03-01T09:00:00Z', versions: [] }]),
    listPrograms: () => ok([]),
    listObjectives: () => ok([]),
    getSettings: () => ok(settingsView()),
  });
}

describe('navigation', () => {
  it('shows the engagement name and one link per section, the current one marked', async () => {
    openEngagementApi();
    render(<App />);
    expect(await screen.findByTestId('engagement-name')).toHaveTextContent('Northwind Logistics');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    for (const s of sections) expect(within(nav).getByRole('link', { name: sectionLabels[s] })).toHaveAttribute('href', `#/${s}`);
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
  });

  it('moves along the sections with arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    openEngagementApi();
    render(<App />);
    await screen.findByTestId('engagement-name');
    const link = (name: string) => screen.getByRole('link', { name });

    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(document.getElementById('main')).toHaveFocus();

    link('Overview').focus();
    await user.keyboard('{ArrowDown}');
    expect(link('People')).toHaveFocus();
    await user.keyboard('{End}');
    expect(link('Settings')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(link('Overview')).toHaveFocus();
    await user.keyboard('{ArrowUp}{Home}{ArrowDown}');
    expect(link('People')).toHaveFocus();

    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'People' });
    expect(link('People')).toHaveAttribute('aria-current', 'page');
    expect(link('Overview')).not.toHaveAttribute('aria-current');
    expect(window.location.hash).toBe('#/people');
    expect(document.title).toBe('People · Northwind Logistics · Skillshift');
    // Focus lands on the new page's title so screen readers announce it.
    expect(heading).toHaveFocus();
    // The People table is virtualised now: it states the total rather than a page range.
    expect(await screen.findByTestId('row-count')).toHaveTextContent('10 people');
  });

  it('visits every section and each one renders its page', async () => {
    const user = userEvent.setup();
    openEngagementApi();
    render(<App />);
    await screen.findByTestId('engagement-name');
    for (const s of sections) {
      await user.click(screen.getByTestId(`nav-${s}`));
      expect(await screen.findByTestId(`page-${s}`)).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 1, name: sectionLabels[s] })).toBeInTheDocument();
    }
  });

  it('follows the hash (back/forward) and menu commands from the main process', async () => {
    const api = openEngagementApi();
    connectEvents(api.client);
    render(<App />);
    await screen.findByTestId('engagement-name');
    act(() => {
      window.location.hash = '#/roles';
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Roles' })).toBeInTheDocument();
    act(() => api.emit('menu', { command: 'navigate', section: 'scenarios' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Scenarios' })).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /Warehouse automation/ })).toHaveTextContent('Automation');
    act(() => api.emit('menu', { command: 'new-engagement' }));
    expect(screen.getByRole('dialog', { name: 'New engagement' })).toBeInTheDocument();
  });

  it('closes the switcher with Escape and returns focus to its button', async () => {
    const user = userEvent.setup();
    openEngagementApi();
    render(<App />);
    await screen.findByTestId('engagement-name');
    const button = screen.getByRole('button', { name: 'Switch engagement' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('group', { name: 'Switch engagement' });
    expect(within(panel).getByRole('button', { name: 'Create demo engagement' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Open…' })).toBeNull(); // no native dialog in a browser
    await user.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
    expect(button).toHaveFocus();
  });
});
