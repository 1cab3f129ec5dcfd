// The import wizard's first three steps over the fake API: choosing the kind and file (upload in
// the browser, native dialog on the desktop), the detected format shown and overridden, and the
// column mapping (guesses with confidence to confirm, required fields, date order, presets,
// skills-matrix level labels).
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../src/shared/contract';
import { MAX_UPLOAD_BYTES } from '../../../src/shared/import-types';
import { openImportWizard } from '../../../src/renderer/features/data-import/actions';
import { ImportWizard } from '../../../src/renderer/features/data-import/ImportWizard';
import { summary } from '../fixtures';
import { fail, fakeApi, ok } from '../helpers';
import { asDesktop, employeesPreview, freshWizard, matrixPreview, stagedCsv, stagedXlsx, STAGING_ID } from './data-import-fixtures';

beforeEach(freshWizard);

const wizard = () => screen.getByRole('dialog', { name: /Import data/ });
const heading = () => within(wizard()).getByTestId('step-heading');

function open(kind?: Parameters<typeof openImportWizard>[0]) {
  act(() => openImportWizard(kind));
  return render(<ImportWizard />);
}

/** Uploads a CSV through the file input and waits for it to be staged. */
async function upload(user: ReturnType<typeof userEvent.setup>, name = 'hris-export.csv', content = 'Personnel No;Full Name\r\nE100;Jos\xe9\r\n') {
  await user.upload(within(wizard()).getByLabelText('File to import (CSV or XLSX)'), new File([content], name, { type: 'text/csv' }));
  await within(wizard()).findByTestId('staged-file');
}

describe('step 1: kind and file', () => {
  it('uploads the chosen file as base64 and shows what was detected, with the Windows-1252 fallback', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ importStage: () => ok(stagedCsv()) });
    open();
    expect(heading()).toHaveTextContent('What are you importing?');
    expect(heading()).toHaveFocus();
    expect(within(wizard()).getByRole('navigation', { name: 'Import steps' })).toHaveTextContent(/File and kind.*current step/);
    expect(within(wizard()).getByTestId('wizard-next')).toBeDisabled();
    await user.click(within(wizard()).getByRole('radio', { name: /^Employees/ }));
    await upload(user);
    const [input] = api.inputsOf('importStage') as { fileName: string; contentBase64: string }[];
    expect(input.fileName).toBe('hris-export.csv');
    expect(atob(input.contentBase64)).toContain('Personnel No;Full Name');
    const staged = within(wizard()).getByTestId('staged-file');
    expect(staged).toHaveTextContent('hris-export.csv');
    expect(staged).toHaveTextContent('CSV · 1.2 kB · Windows-1252 · semicolon-separated');
    expect(staged).toHaveTextContent('read as Windows-1252');
    expect(within(wizard()).getByTestId('wizard-next')).toBeEnabled();
  });

  it('refuses a file over the upload limit before sending it, and says what to use instead', async () => {
    const user = userEvent.setup();
    const api = fakeApi({});
    open();
    const big = new File(['x'], 'huge.csv');
    Object.defineProperty(big, 'size', { value: MAX_UPLOAD_BYTES + 1 });
    await user.upload(within(wizard()).getByLabelText('File to import (CSV or XLSX)'), big);
    const error = await within(wizard()).findByTestId('import-error');
    expect(error).toHaveTextContent('huge.csv is 32.0 MB; uploads from the browser are limited to 32 MB');
    expect(error).toHaveTextContent('command line');
    expect(api.inputsOf('importStage')).toHaveLength(0);
  });

  it('shows a file the host cannot read with the file named and nothing imported', async () => {
    const user = userEvent.setup();
    fakeApi({
      importStage: () =>
        fail('bad-file', 'headcount-final.xlsx: this is not a text table: it contains binary data (a NUL byte at offset 92)', { reason: 'binary', file: 'headcount-final.xlsx', row: null, column: null }),
    });
    open();
    await user.upload(within(wizard()).getByLabelText('File to import (CSV or XLSX)'), new File(['\0\x01'], 'headcount-final.xlsx'));
    const error = await within(wizard()).findByTestId('import-error');
    expect(error).toHaveAttribute('data-error-kind', 'bad-file');
    expect(error).toHaveTextContent('This file cannot be read');
    expect(error).toHaveTextContent('NUL byte at offset 92');
    expect(within(error).getByText('File').nextSibling).toHaveTextContent('headcount-final.xlsx');
    expect(error).toHaveTextContent('Nothing was imported; the engagement is unchanged.');
    expect(within(wizard()).queryByTestId('staged-file')).toBeNull();
    expect(within(wizard()).getByTestId('wizard-next')).toBeDisabled();
  });

  it('opens the native dialog on the desktop and stages the file by path', async () => {
    const user = userEvent.setup();
    asDesktop();
    const api = fakeApi({ pickPath: () => ok('/home/c/hris.csv'), importStage: () => ok(stagedCsv({ fileName: 'hris.csv' })) });
    open('employees');
    expect(within(wizard()).queryByLabelText('File to import (CSV or XLSX)')).toBeNull();
    await user.click(within(wizard()).getByRole('button', { name: 'Choose file…' }));
    await within(wizard()).findByTestId('staged-file');
    expect(api.inputsOf('pickPath')).toEqual([{ purpose: 'import' }]);
    expect(api.inputsOf('importStage')).toEqual([{ path: '/home/c/hris.csv' }]);
  });
});

describe('step 2: format', () => {
  it('shows the detected delimiter, encoding and the raw first rows, and re-reads with a changed delimiter', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ importStage: () => ok(stagedCsv()), importPreview: () => ok(employeesPreview()) });
    open('employees');
    await upload(user);
    await user.click(within(wizard()).getByTestId('wizard-next'));
    expect(heading()).toHaveTextContent('How is hris-export.csv written?');
    await waitFor(() => expect(heading()).toHaveFocus());
    const raw = await within(wizard()).findByTestId('raw-preview');
    expect(within(raw).getAllByRole('row')[1]).toHaveTextContent('2E100José MüllerHead of Operations');
    expect(within(wizard()).getByLabelText(/Columns separated by/)).toHaveValue(';');
    expect(within(wizard()).getByText('detected: semicolon')).toBeInTheDocument();
    expect(within(wizard()).getByLabelText(/^Encoding/)).toHaveValue('windows-1252');
    expect(within(wizard()).getByLabelText(/^Encoding/)).toHaveAccessibleDescription(/read as Windows-1252/);
    expect(within(wizard()).getByLabelText(/Decimal separator/)).toHaveValue(',');

    await user.selectOptions(within(wizard()).getByLabelText(/Columns separated by/), ',');
    await waitFor(() => expect(api.inputsOf('importPreview')).toHaveLength(2));
    // A different delimiter reads different columns: no mapping is sent, so the guess is fresh.
    expect(api.inputsOf('importPreview')[1]).toEqual({ stagingId: STAGING_ID, kind: 'employees', options: { delimiter: ',' }, rows: 20 });
    expect(within(wizard()).getByText('your choice')).toBeInTheDocument();
  });

  it('offers the workbook sheets and the header row', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ importStage: () => ok(stagedXlsx()), importPreview: (i) => ok(matrixPreview({ options: { ...matrixPreview().options, sheet: i.options?.sheet ?? 'Read me', headerRow: i.options?.headerRow ?? 1 } })) });
    open('proficiencies');
    await upload(user, 'skills-matrix.xlsx', 'PK');
    await user.click(within(wizard()).getByTestId('wizard-next'));
    const sheet = await within(wizard()).findByLabelText(/^Sheet/);
    expect(within(sheet).getAllByRole('option').map((o) => o.textContent)).toEqual(['Read me (2 rows)', 'Skills matrix (13 rows)']);
    await user.selectOptions(sheet, 'Skills matrix');
    const header = within(wizard()).getByLabelText(/^Header row/);
    await user.clear(header);
    await user.type(header, '2{Enter}');
    await waitFor(() => expect(api.inputsOf('importPreview').at(-1)?.options).toEqual({ sheet: 'Skills matrix', headerRow: 2 }));
    expect(within(wizard()).getByLabelText(/^Layout/)).toHaveValue('wide');
  });
});

describe('step 3: columns', () => {
  async function toMapping(user: ReturnType<typeof userEvent.setup>, replies: Parameters<typeof fakeApi>[0] = {}) {
    const api = fakeApi({ importStage: () => ok(stagedCsv()), importPreview: (i) => ok(employeesPreview(i.mapping ? { mapping: i.mapping } : {})), listImportPresets: () => ok([]), ...replies });
    open('employees');
    await upload(user);
    await user.click(within(wizard()).getByTestId('wizard-next'));
    await within(wizard()).findByTestId('raw-preview');
    await user.click(within(wizard()).getByTestId('wizard-next'));
    await within(wizard()).findByTestId('mapping-table');
    return api;
  }

  it('shows each guess with its confidence; an uncertain one must be confirmed before going on', async () => {
    const user = userEvent.setup();
    await toMapping(user);
    expect(heading()).toHaveTextContent('Which column holds what?');
    expect(within(wizard()).getByLabelText('Employee id')).toHaveValue('Personnel No');
    expect(within(wizard()).getByTestId('mapping-employeeId')).toHaveTextContent(/required.*100%\s*known header "Personnel No"/);
    expect(within(wizard()).getByTestId('mapping-employeeId')).toHaveTextContent('E100E101E102');
    expect(within(wizard()).getByTestId('mapping-managerId')).toHaveTextContent('84% header contains "line manager"');
    expect(within(wizard()).getByTestId('mapping-summary')).toHaveTextContent('7 of 8 fields mapped; 1 guess to confirm.');
    expect(within(wizard()).getByTestId('wizard-next')).toBeDisabled();
    expect(within(wizard()).getByTestId('wizard-blocker')).toHaveTextContent('Confirm or change the guessed column for “Manager id”.');
    await user.click(within(wizard()).getByRole('button', { name: 'Confirm Manager id' }));
    expect(within(wizard()).getByTestId('wizard-next')).toBeEnabled();
    expect(within(wizard()).getByTestId('mapping-summary')).toHaveTextContent('every guess confirmed or certain');
  });

  it('flags a required field left unmapped and sends the changed mapping for a fresh preview', async () => {
    const user = userEvent.setup();
    const api = await toMapping(user);
    await user.selectOptions(within(wizard()).getByLabelText('Employee id'), '');
    const row = within(wizard()).getByTestId('mapping-employeeId');
    expect(row).toHaveTextContent('Required: choose the column that holds it.');
    expect(within(wizard()).getByLabelText('Employee id')).toHaveAttribute('aria-invalid', 'true');
    expect(within(wizard()).getByTestId('wizard-blocker')).toHaveTextContent('Map a column to “Employee id”.');
    await waitFor(() => expect(api.inputsOf('importPreview').at(-1)?.mapping?.fields.employeeId).toBeUndefined());
    await user.selectOptions(within(wizard()).getByLabelText('Employee id'), 'Personnel No');
    await waitFor(() => expect(api.inputsOf('importPreview').at(-1)?.mapping?.fields.employeeId).toBe('Personnel No'));
    expect(within(wizard()).getByTestId('mapping-employeeId')).not.toHaveTextContent('Required: choose');
  });

  it('asks for the date order when the dates fit both and sends the choice', async () => {
    const user = userEvent.setup();
    const api = await toMapping(user, {
      importPreview: (i) => ok(employeesPreview({ options: { ...employeesPreview().options, dateFormat: i.options?.dateFormat === 'mdy' ? 'mdy' : 'dmy', dateFormatAmbiguous: !i.options?.dateFormat } })),
    });
    const date = within(wizard()).getByTestId('date-format');
    expect(date).toHaveTextContent('fit both orders; they are read day first');
    await user.selectOptions(within(wizard()).getByLabelText('Dates are written'), 'mdy');
    await waitFor(() => expect(api.inputsOf('importPreview').at(-1)?.options).toEqual({ dateFormat: 'mdy' }));
    await waitFor(() => expect(within(wizard()).getByTestId('date-format')).not.toHaveTextContent('fit both orders'));
  });

  it('saves, applies and deletes mapping presets', async () => {
    const user = userEvent.setup();
    const preset = { id: 7, name: 'Payroll export', kind: 'employees' as const, mapping: { fields: { employeeId: 'Personnel No', salary: 'Base Pay' } }, options: { dateFormat: 'dmy' as const }, createdAt: '2025-03-01T10:00:00Z' };
    let presets = [preset];
    const api = await toMapping(user, {
      listImportPresets: () => ok(presets),
      saveImportPreset: (i) => ok({ ...preset, id: 8, name: i.name, mapping: i.mapping }),
      deleteImportPreset: () => ((presets = []), ok(null)),
    });
    await user.type(within(wizard()).getByLabelText('Save this mapping as'), 'HRIS monthly');
    await user.click(within(wizard()).getByRole('button', { name: 'Save preset' }));
    await waitFor(() => expect(api.inputsOf('saveImportPreset')).toHaveLength(1));
    const saved = api.inputsOf('saveImportPreset')[0] as Input<'saveImportPreset'>;
    expect(saved).toMatchObject({ name: 'HRIS monthly', kind: 'employees', mapping: { fields: { employeeId: 'Personnel No', managerId: 'Line Manager No' } } });
    expect(await within(wizard()).findByText('Preset “HRIS monthly” saved.')).toBeInTheDocument();

    await user.selectOptions(within(wizard()).getByLabelText('Mapping preset', { selector: 'select' }), '7');
    await user.click(within(wizard()).getByRole('button', { name: 'Apply preset' }));
    // The preset's "Base Pay" column is not in this file: said, and left out.
    expect(await within(wizard()).findByText('Preset “Payroll export” applied; this file has no column “Base Pay”.')).toBeInTheDocument();
    await waitFor(() => expect(api.inputsOf('importPreview').at(-1)).toMatchObject({ options: { dateFormat: 'dmy' }, mapping: { fields: { employeeId: 'Personnel No' } } }));
    expect(api.inputsOf('importPreview').at(-1)?.mapping?.fields).toEqual({ employeeId: 'Personnel No' });

    await user.click(within(wizard()).getByRole('button', { name: 'Delete preset' }));
    await waitFor(() => expect(api.inputsOf('deleteImportPreset')).toEqual([{ id: 7 }]));
    expect(await within(wizard()).findByText('Preset “Payroll export” deleted.')).toBeInTheDocument();
  });

  it('skills matrix: skill columns, unknown level labels named, a custom label added to the options', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      importStage: () => ok(stagedXlsx()),
      importPreview: (i) => ok(matrixPreview({ options: { ...matrixPreview().options, levelLabels: { ...matrixPreview().options.levelLabels, ...Object.fromEntries(Object.entries(i.options?.levelLabels ?? {}).map(([k, v]) => [k.toLowerCase(), v])) } } })),
      listImportPresets: () => ok([]),
    });
    open('proficiencies');
    await upload(user, 'skills-matrix.xlsx', 'PK');
    await user.click(within(wizard()).getByTestId('wizard-next'));
    await within(wizard()).findByTestId('raw-preview');
    await user.click(within(wizard()).getByTestId('wizard-next'));
    const columns = await within(wizard()).findByTestId('skill-columns');
    expect(within(columns).getByRole('checkbox', { name: 'Python' })).toBeChecked();
    expect(within(columns).getByRole('checkbox', { name: 'Name' })).not.toBeChecked();
    expect(columns).toHaveTextContent('matches the skill "Python"');
    // Skill and level fields belong to the long shape: not offered for a matrix.
    expect(within(wizard()).queryByTestId('mapping-level')).toBeNull();
    expect(within(wizard()).getByTestId('unknown-labels')).toHaveTextContent('Not recognised in the first rows: “Master”');
    await user.type(within(wizard()).getByLabelText('New label'), 'Master');
    await user.selectOptions(within(wizard()).getByLabelText('Its level'), '5');
    await user.click(within(wizard()).getByRole('button', { name: 'Add label' }));
    await waitFor(() => expect(api.inputsOf('importPreview').at(-1)?.options?.levelLabels).toEqual({ Master: 5 }));
    await waitFor(() => expect(within(wizard()).queryByTestId('unknown-labels')).toBeNull());
    expect(within(wizard()).getByTestId('level-labels')).toHaveTextContent('master= 5');
    await user.click(within(columns).getByRole('checkbox', { name: 'Negotiation' }));
    expect(within(columns).queryByLabelText('Skill name for column Negotiation')).toBeNull();
  });
});
