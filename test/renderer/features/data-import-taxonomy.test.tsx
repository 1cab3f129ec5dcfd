// Settings › Taxonomies and exposure over the fake API: O*NET, ESCO and exposure-index imports
// with their reports (counts, rules, unmatched roles) and attribution, the engagement's exposure
// sources with the preferred one, and the desktop's folder dialog vs the browser's typed path.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExposureImportReport, ExposureOverview, OnetImportReport } from '../../../src/shared/taxonomy-types';
import { useAppStore } from '../../../src/renderer/app/store';
import { TaxonomyPanel } from '../../../src/renderer/features/data-import/taxonomy/TaxonomyPanel';
import { useTaxonomyStore } from '../../../src/renderer/features/data-import/taxonomy/taxonomy-store';
import { summary } from '../fixtures';
import { fail, fakeApi, ok, resetStores } from '../helpers';
import { asBrowser, asDesktop } from './data-import-fixtures';

beforeEach(() => {
  resetStores();
  useTaxonomyStore.setState({ overview: null, overviewError: null, running: null, report: null, error: null });
  useAppStore.setState({ summary: summary() });
  asBrowser();
});

const noSources: ExposureOverview = { preferredSource: null, effectiveSource: null, sources: [], explanation: 'No exposure index has been imported.' };

const onetReport: OnetImportReport = {
  kind: 'onet',
  release: 'O*NET 29.2 Database',
  files: ['Skills.xlsx', 'Occupation Data.xlsx'],
  skills: { created: 35, updated: 0, unchanged: 0, adopted: 1, namesKept: 0, clashes: [] },
  occupations: { created: 879, updated: 0, unchanged: 0 },
  ratings: { pairs: 30765, occupations: 879, flaggedNotRelevant: 1200, flaggedSuppress: 40 },
  requirements: { created: 412, replaced: 0, skippedNotRelevant: 30, skippedSuppress: 2, skippedLowImportance: 600, keptExisting: 3 },
  minImportance: 3,
  rolesMatched: 31,
  rolesUnmatched: [{ roleId: 9, title: 'Claims Handler', occupationCode: '4312', reason: 'an ISCO code: O*NET rates O*NET-SOC occupations' }],
  rolesWithoutCode: 2,
  notes: [],
};

const withSources = (preferred: ExposureOverview['preferredSource']): ExposureOverview => ({
  preferredSource: preferred,
  effectiveSource: preferred ?? 'eloundou',
  sources: [
    { source: 'eloundou', measure: 'human_rating_beta', roles: 30, importedAt: '2025-03-01T10:00:00Z' },
    { source: 'frey-osborne', measure: 'probability', roles: 28, importedAt: '2025-03-02T10:00:00Z' },
  ],
  explanation: preferred ? `Role exposure uses ${preferred}, the preferred index.` : 'Role exposure uses eloundou, the first imported in the default order.',
});

describe('taxonomies and exposure panel', () => {
  it('imports an O*NET folder by typed path in the browser and shows the report with its rules and attribution', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ getExposureSources: () => ok(noSources), importOnet: () => ok(onetReport), currentEngagement: () => ok(summary()) });
    render(<TaxonomyPanel />);
    const folder = screen.getByLabelText('O*NET database folder');
    expect(folder).toHaveAccessibleDescription(/Type the folder's full path on this computer: the Skillshift host runs here and reads it in place; nothing is uploaded/);
    expect(screen.queryByRole('button', { name: 'Choose folder…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import O*NET' })).toBeDisabled();
    await user.type(folder, '/home/me/db_29_2_excel');
    await user.clear(screen.getByLabelText('Minimum importance for a requirement'));
    await user.type(screen.getByLabelText('Minimum importance for a requirement'), '3.5');
    await user.click(screen.getByRole('button', { name: 'Import O*NET' }));
    const report = await screen.findByTestId('taxonomy-report');
    expect(api.inputsOf('importOnet')).toEqual([{ dir: '/home/me/db_29_2_excel', minImportance: 3.5, nameClash: 'adopt' }]);
    expect(report).toHaveTextContent('Imported O*NET 29.2 Database');
    expect(report).toHaveTextContent('Requirements412 created for 31 roles');
    expect(report).toHaveTextContent('30 not relevant, 2 suppressed, 600 below importance 3, 3 kept');
    expect(report).toHaveTextContent('Level × 5/7 → 0-5; weight = (Importance − 1) / 4');
    expect(within(report).getByText(/Roles without O\*NET data \(1\)/)).toBeInTheDocument();
    expect(report).toHaveTextContent('Claims Handler [4312]: an ISCO code');
    expect(report).toHaveTextContent('O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.');
  });

  it('chooses the folder with the native dialog on the desktop', async () => {
    const user = userEvent.setup();
    asDesktop();
    const api = fakeApi({ getExposureSources: () => ok(noSources), pickPath: () => ok('/data/esco-1.2.0'), importEsco: () => fail('not-found', 'ESCO release folder not found: /data/esco-1.2.0', { dir: '/data/esco-1.2.0' }) });
    render(<TaxonomyPanel />);
    await user.click(screen.getByTestId('taxonomy-tab-esco'));
    await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
    await waitFor(() => expect(screen.getByLabelText('ESCO CSV export folder')).toHaveValue('/data/esco-1.2.0'));
    expect(api.inputsOf('pickPath')).toEqual([{ purpose: 'taxonomy-folder', title: 'Choose the ESCO CSV folder' }]);
    await user.click(screen.getByRole('button', { name: 'Import ESCO' }));
    const error = await screen.findByTestId('import-error');
    expect(error).toHaveTextContent('ESCO release folder not found: /data/esco-1.2.0');
    expect(error).toHaveTextContent('Nothing was imported');
  });

  it('imports an exposure index with its options and cites the paper', async () => {
    const user = userEvent.setup();
    const exposureReport: ExposureImportReport = {
      kind: 'exposure',
      source: 'frey-osborne',
      measure: 'probability',
      file: '/data/frey_osborne_2017.csv',
      crosswalk: '/data/crosswalk.csv',
      indexRows: 702,
      rejectedRows: [],
      replaced: 0,
      matched: [
        { roleId: 1, title: 'Underwriter', occupationCode: '13-2053.00', matchedCodes: ['13-2053'], via: 'soc6', value: 0.99, raw: 0.99 },
        { roleId: 2, title: 'Data Scientist', occupationCode: '15-2051.00', matchedCodes: ['15-1111'], via: 'crosswalk', value: 0.04, raw: 0.04 },
      ],
      rolesUnmatched: [],
      rolesWithoutCode: 0,
      indexRowsUnmatched: 700,
      indexRowsUnmatchedSample: ['11-1011', '11-1021'],
      preferredSource: 'frey-osborne',
      notes: [],
    };
    let overview = noSources;
    const api = fakeApi({
      getExposureSources: () => ok(overview),
      importExposureIndex: () => ((overview = withSources('frey-osborne')), ok(exposureReport)),
      currentEngagement: () => ok(summary()),
    });
    render(<TaxonomyPanel />);
    await user.click(screen.getByTestId('taxonomy-tab-exposure'));
    await user.selectOptions(screen.getByTestId('exposure-source'), 'frey-osborne');
    expect(screen.queryByLabelText('Measure')).toBeNull();
    await user.type(screen.getByLabelText('Index file'), '/data/frey_osborne_2017.csv');
    await user.type(screen.getByLabelText(/SOC 2010 to 2018 crosswalk/), '/data/crosswalk.csv');
    await user.click(screen.getByRole('checkbox', { name: /preferred source of role exposure/ }));
    await user.click(screen.getByRole('button', { name: 'Import exposure index' }));
    const report = await screen.findByTestId('taxonomy-report');
    expect(api.inputsOf('importExposureIndex')).toEqual([{ file: '/data/frey_osborne_2017.csv', source: 'frey-osborne', prefer: true, crosswalk: '/data/crosswalk.csv' }]);
    expect(report).toHaveTextContent('Roles matched2: 0 exact, 1 by SOC code, 1 through the crosswalk, 0 by SOC group');
    expect(report).toHaveTextContent('Index rows702 read, 0 rejected, 700 matched no role');
    expect(report).toHaveTextContent('Frey, C. B., Osborne, M. A. (2017). The future of employment');
    await waitFor(() => expect(screen.getByTestId('preferred-source')).toHaveValue('frey-osborne'));
  });

  it('lists the exposure sources and sets the preferred one', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ getExposureSources: () => ok(withSources(null)), setPreferredExposureSource: (i) => ok(withSources(i.source)), currentEngagement: () => ok(summary()) });
    render(<TaxonomyPanel />);
    const sources = await screen.findByTestId('exposure-sources');
    const rows = within(sources).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Eloundou et al. 2024 (GPTs are GPTs)human_rating_beta30');
    expect(rows[1]).toHaveTextContent('used');
    expect(rows[2]).toHaveTextContent('Frey & Osborne 2017probability28');
    expect(sources).toHaveTextContent('Eloundou, T., Manning, S., Mishkin, P., Rock, D. (2024). GPTs are GPTs');
    await user.selectOptions(screen.getByTestId('preferred-source'), 'frey-osborne');
    await waitFor(() => expect(screen.getByTestId('preferred-source')).toHaveValue('frey-osborne'));
    expect(api.inputsOf('setPreferredExposureSource')).toEqual([{ source: 'frey-osborne' }]);
    expect(screen.getByTestId('preferred-source')).toHaveAccessibleDescription('Role exposure uses frey-osborne, the preferred index.');
    expect(within(screen.getByTestId('taxonomy-panel')).getByText(/ESCO \(European Skills, Competences, Qualifications and Occupations\), European Commission/)).toBeInTheDocument();
  });
});
