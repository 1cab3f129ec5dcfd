// Reports › Export a table over the fake API: pseudonymised by default, identified only after an
// explained and acknowledged choice, CSV separator, browser download vs the desktop's save
// dialog, progress and result; the PDF report and the deck said plainly to be not built yet.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportResult, ExportTableInfo } from '../../../src/shared/export-types';
import { connectEvents } from '../../../src/renderer/app/events';
import { useAppStore } from '../../../src/renderer/app/store';
import { resetExportStore } from '../../../src/renderer/features/reports/export-store';
import { ReportsPage } from '../../../src/renderer/features/reports/ReportsPage';
import { settingsView, summary } from '../fixtures';
import { fail, fakeApi, ok, resetStores, type Replies } from '../helpers';
import { asBrowser, asDesktop } from './data-import-fixtures';

const tables: ExportTableInfo[] = [
  { name: 'employees', label: 'People', description: 'One row per person: role, unit, location, manager, FTE, salary, hire date, birth year.', personal: true, kind: 'data' },
  { name: 'roles', label: 'Roles', description: 'One row per role.', personal: false, kind: 'data' },
  { name: 'headcount-by-unit', label: 'Headcount by unit', description: 'Headcount, FTE and cost per org unit.', personal: false, kind: 'analysis' },
];

const csv = 'Employee,Role\r\nP-9fe05ae557dbd004,\'+Field Sales\r\n';
const result = (over: Partial<ExportResult> = {}): ExportResult => ({
  what: 'employees',
  format: 'csv',
  identified: false,
  rows: 1,
  columns: 2,
  sheets: 1,
  bytes: csv.length,
  fileName: 'northwind-logistics-employees.csv',
  mimeType: 'text/csv; charset=utf-8',
  path: null,
  base64: btoa(csv),
  ...over,
});

let clicked: { href: string; download: string }[] = [];
let blobs: Blob[] = [];

beforeEach(() => {
  resetStores();
  resetExportStore();
  useAppStore.setState({ summary: summary() });
  asBrowser();
  clicked = [];
  blobs = [];
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), `blob:test/${blobs.length}`));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});
afterEach(() => vi.restoreAllMocks());

function setup(replies: Replies) {
  const api = fakeApi({ listExportTables: () => ok(tables), getSettings: () => ok(settingsView()), ...replies });
  render(<ReportsPage />);
  return api;
}

describe('Reports: export a table', () => {
  it('exports People pseudonymised by default and downloads the bytes in the browser', async () => {
    const user = userEvent.setup();
    const api = setup({ exportTable: () => ok(result()) });
    const panel = await screen.findByTestId('export-panel');
    await waitFor(() => expect(within(panel).getByLabelText('Table')).toHaveValue('employees'));
    expect(within(panel).getByLabelText('Table')).toHaveAccessibleDescription(/One row per person.*Holds data about people\./);
    expect(within(panel).getByRole('radio', { name: /Pseudonymised \(recommended\)/ })).toBeChecked();
    expect(within(panel).getByRole('radio', { name: /^Identified/ })).not.toBeChecked();
    expect(within(panel).getByLabelText('Separator')).toHaveValue(',');
    await user.click(within(panel).getByRole('button', { name: 'Export and download' }));
    const done = await within(panel).findByTestId('export-result');
    expect(api.inputsOf('exportTable')).toEqual([{ what: 'employees', format: 'csv', identified: false, delimiter: ',', destination: { kind: 'download' } }]);
    expect(done).toHaveTextContent('Downloaded northwind-logistics-employees.csv');
    expect(done).toHaveTextContent(/1 rows × 2 columns.*pseudonymised/);
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'northwind-logistics-employees.csv' }]);
    expect(blobs[0].type).toBe('text/csv; charset=utf-8');
    expect(blobs[0].size).toBe(csv.length);
  });

  it('needs an explicit, acknowledged choice for an identified export, which says it is audited', async () => {
    const user = userEvent.setup();
    const api = setup({ exportTable: (i) => ok(result({ identified: i.identified ?? false, format: i.format, fileName: 'x-employees-identified.xlsx' })) });
    const panel = await screen.findByTestId('export-panel');
    await waitFor(() => expect(within(panel).getByLabelText('Table')).toHaveValue('employees'));
    await user.click(within(panel).getByRole('radio', { name: /^Identified/ }));
    expect(within(panel).getByRole('radio', { name: /^Identified/ })).toHaveAccessibleName(/name and the client's employee id.*recorded in the engagement's audit log/);
    const run = within(panel).getByRole('button', { name: 'Export and download' });
    expect(run).toBeDisabled();
    expect(run).toHaveAccessibleDescription('Confirm the identified export above, or choose pseudonymised.');
    // The engagement pseudonymises on import: the panel says the names may simply not exist.
    expect(panel).toHaveTextContent('drops names and client ids on import');
    await user.click(within(panel).getByTestId('export-acknowledge'));
    await user.click(within(panel).getByRole('radio', { name: /^Excel/ }));
    expect(within(panel).queryByLabelText('Separator')).toBeNull();
    await user.click(run);
    await within(panel).findByTestId('export-result');
    expect(api.inputsOf('exportTable')).toEqual([{ what: 'employees', format: 'xlsx', identified: true, delimiter: ',', destination: { kind: 'download' } }]);
    expect(within(panel).getByTestId('export-result')).toHaveTextContent('identified (recorded in the audit log)');
    // Back to pseudonymised drops the acknowledgement: a later identified export asks again.
    await user.click(within(panel).getByRole('radio', { name: /Pseudonymised/ }));
    await user.click(within(panel).getByRole('radio', { name: /^Identified/ }));
    expect(within(panel).getByTestId('export-acknowledge')).not.toBeChecked();
  });

  it('offers no identified choice for tables without people, and sends the chosen separator', async () => {
    const user = userEvent.setup();
    const api = setup({ exportTable: () => ok(result({ what: 'headcount-by-unit' })) });
    const panel = await screen.findByTestId('export-panel');
    await waitFor(() => expect(within(panel).getByLabelText('Table')).toHaveValue('employees'));
    await user.selectOptions(within(panel).getByLabelText('Table'), 'headcount-by-unit');
    expect(within(panel).queryByTestId('export-privacy')).toBeNull();
    expect(panel).toHaveTextContent('This table holds no data about people');
    await user.selectOptions(within(panel).getByLabelText('Separator'), ';');
    await user.click(within(panel).getByRole('button', { name: 'Export and download' }));
    await within(panel).findByTestId('export-result');
    expect(api.inputsOf('exportTable')[0]).toMatchObject({ what: 'headcount-by-unit', identified: false, delimiter: ';' });
  });

  it('asks where to save on the desktop, writes there, and shows progress while it runs', async () => {
    const user = userEvent.setup();
    asDesktop();
    let finish: (v: ReturnType<typeof ok<ExportResult>>) => void = () => undefined;
    const api = setup({ pickPath: () => ok('/home/c/people.xlsx'), exportTable: () => new Promise((r) => (finish = r)) });
    const off = connectEvents(api.client);
    const panel = await screen.findByTestId('export-panel');
    await waitFor(() => expect(within(panel).getByLabelText('Table')).toHaveValue('employees'));
    await user.click(within(panel).getByRole('radio', { name: /^Excel/ }));
    await user.click(within(panel).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(api.inputsOf('exportTable')).toHaveLength(1));
    expect(api.inputsOf('pickPath')).toEqual([{ purpose: 'export', format: 'xlsx', suggestedName: 'Northwind Logistics employees' }]);
    expect(api.inputsOf('exportTable')[0]).toEqual({ what: 'employees', format: 'xlsx', identified: false, delimiter: ',', destination: { kind: 'path', path: '/home/c/people.xlsx' } });
    act(() => api.emit('progress', { taskId: 'export:employees:1700000000000', label: 'Exporting employees (XLSX)', done: 500, total: 2000 }));
    expect(within(panel).getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('aria-valuenow', '25');
    expect(within(panel).getByTestId('export-progress')).toHaveTextContent('Exporting employees (XLSX)');
    await act(async () => finish(ok(result({ format: 'xlsx', path: '/home/c/people.xlsx', base64: null, rows: 2000, columns: 9, bytes: 81920 }))));
    expect(await within(panel).findByTestId('export-result')).toHaveTextContent('Written to /home/c/people.xlsx');
    expect(within(panel).getByTestId('export-result')).toHaveTextContent('2,000 rows × 9 columns · 80 kB · pseudonymised');
    expect(clicked).toEqual([]);
    off();
  });

  it('writes nothing when the save dialog is cancelled, and shows a failed export', async () => {
    const user = userEvent.setup();
    asDesktop();
    let path: string | null = null;
    const api = setup({ pickPath: () => ok(path), exportTable: () => fail('io', 'EACCES: permission denied, open /readonly/people.csv') });
    const panel = await screen.findByTestId('export-panel');
    await waitFor(() => expect(within(panel).getByLabelText('Table')).toHaveValue('employees'));
    await user.click(within(panel).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(api.inputsOf('pickPath')).toHaveLength(1));
    expect(api.inputsOf('exportTable')).toHaveLength(0);
    path = '/readonly/people.csv';
    await user.click(within(panel).getByRole('button', { name: 'Export…' }));
    const error = await within(panel).findByRole('alert');
    expect(error).toHaveTextContent('The export failed; no file was written');
    expect(error).toHaveTextContent('EACCES: permission denied');
  });

  it('keeps the later deliverables honest: the PDF report and the deck are not built yet', async () => {
    setup({});
    expect(screen.getByTestId('page-reports')).toHaveTextContent('the PDF report and the PowerPoint deck are not built yet');
    for (const id of ['report', 'deck']) {
      const card = screen.getByTestId(`deliverable-${id}`);
      expect(within(card).getByRole('button', { name: 'Export' })).toBeDisabled();
      expect(card).toHaveTextContent('Not built yet');
    }
    expect(screen.getByTestId('deliverable-workbook')).toHaveTextContent('2,014 people (pseudonymised unless you choose otherwise)');
    expect(within(screen.getByTestId('deliverable-workbook')).queryByRole('button')).toBeNull();
    await screen.findByTestId('export-panel');
  });
});
