// The report's paged lists: problems (row, column, value, problem) and the merge diff entries
// (added, changed field by field with old -> new, removed), each paged through the host.
import type { DiffEntry, ImportIssue, ReportSection } from '../../../shared/import-types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Pager } from '../../components/Pager';
import { useFormat } from '../../lib/use-format';
import { REPORT_PAGE_SIZES, useReportPage } from './use-report-page';

const codeLabels: Record<ImportIssue['code'], string> = {
  required: 'missing value',
  'wrong-type': 'wrong type',
  'out-of-range': 'out of range',
  'duplicate-id': 'duplicate id',
  'unknown-reference': 'unknown reference',
  'ambiguous-reference': 'ambiguous reference',
  'unparseable-date': 'not a date',
  'unparseable-number': 'not a number',
  invalid: 'invalid',
};
export const issueLabel = (code: ImportIssue['code']): string => codeLabels[code] ?? code;

/** One page of problems by row and column; a problem with a code shows its label as a tag. */
export function ProblemRows({ rows }: { rows: readonly (Omit<ImportIssue, 'code'> & { code?: ImportIssue['code'] })[] }) {
  return (
    <div className="table-wrap">
      <table className="table problems-table" data-testid="problems-table">
        <caption className="sr-only">Problems found, by row and column</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Row
            </th>
            <th scope="col">Column</th>
            <th scope="col">Value</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={`${p.row}:${p.column}:${i}`}>
              <td className="num">{p.row}</td>
              <td>{p.column ?? '—'}</td>
              <td className="problems-table__value">{p.value === null || p.value === '' ? <span className="muted">blank</span> : <code>{p.value}</code>}</td>
              <td>
                {p.code && (
                  <>
                    <span className="tag tag--problem">{issueLabel(p.code)}</span>{' '}
                  </>
                )}
                {p.problem}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ProblemsTable({ stagingId, version }: { stagingId: string; version: unknown }) {
  const format = useFormat();
  const r = useReportPage<ImportIssue>(stagingId, 'errors', version);
  if (r.error) return <ErrorNotice error={r.error} title="Could not load the problems" />;
  if (!r.page) return null;
  return (
    <div className="report-list" aria-busy={r.loading || undefined}>
      <ProblemRows rows={r.page.rows} />
      <Pager total={r.page.total} offset={r.page.offset} limit={r.limit} shown={r.page.rows.length} pageSizes={REPORT_PAGE_SIZES} format={format} noun="problems" onOffset={r.setOffset} onLimit={r.setLimit} />
    </div>
  );
}

const ACRONYMS: Record<string, string> = { fte: 'FTE', isco: 'ISCO' };

/** A stored field's name for people: roleId -> Role, hireDate -> Hire date. */
export function fieldLabel(field: string): string {
  if (ACRONYMS[field]) return ACRONYMS[field];
  const words = field.replace(/Id$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function DiffTable({ stagingId, section, version }: { stagingId: string; section: Exclude<ReportSection, 'errors'>; version: unknown }) {
  const format = useFormat();
  const show = (v: string | number | boolean | null): string =>
    v === null || v === '' ? '(blank)' : typeof v === 'number' ? format.decimal(v, 2) : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;
  const r = useReportPage<DiffEntry>(stagingId, section, version);
  if (r.error) return <ErrorNotice error={r.error} title={`Could not load the ${section} records`} />;
  if (!r.page) return null;
  const noun = section === 'added' ? 'new records' : section === 'changed' ? 'changed records' : 'records not in the file';
  return (
    <div className="report-list" aria-busy={r.loading || undefined}>
      <div className="table-wrap">
        <table className="table diff-table" data-testid={`diff-${section}`}>
          <caption className="sr-only">{noun}</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col" className="num">
                Row
              </th>
              {section === 'changed' && <th scope="col">Changes</th>}
            </tr>
          </thead>
          <tbody>
            {r.page.rows.map((d) => (
              <tr key={`${d.key}:${d.row}`}>
                <td className="mono">{d.key}</td>
                <td className="num">{d.row ?? '—'}</td>
                {section === 'changed' && (
                  <td>
                    <ul className="changes">
                      {(d.changes ?? []).map((c) => (
                        <li key={c.field}>
                          <span className="changes__field">{fieldLabel(c.field)}</span>: <del>{show(c.old)}</del> <span aria-label="becomes">→</span> <ins>{show(c.new)}</ins>
                        </li>
                      ))}
                    </ul>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager total={r.page.total} offset={r.page.offset} limit={r.limit} shown={r.page.rows.length} pageSizes={REPORT_PAGE_SIZES} format={format} noun={noun} onOffset={r.setOffset} onLimit={r.setLimit} />
    </div>
  );
}
