// An import failure in words, with where it is when the API says so (file, row, column), and
// the reassurance that nothing was imported.
import type { ApiError } from '../../../shared/result';

interface Where {
  file?: string | null;
  row?: number | null;
  column?: string | null;
}

const titles: Partial<Record<ApiError['kind'], string>> = {
  'bad-file': 'This file cannot be read',
  validation: 'This was not accepted',
  'not-found': 'Not found',
  conflict: 'Busy',
  unsupported: 'Not available here',
  io: 'Could not read or reach the file',
  cancelled: 'Cancelled',
};

function whereOf(details: unknown): Where | null {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return null;
  const d = details as Where;
  return d.file || d.row || d.column ? d : null;
}

function fieldIssues(details: unknown): { path: string; message: string }[] {
  return Array.isArray(details) ? details.filter((d): d is { path: string; message: string } => typeof d?.path === 'string' && typeof d?.message === 'string') : [];
}

export function ImportError({ error, nothingChanged = true }: { error: ApiError; nothingChanged?: boolean }) {
  const where = whereOf(error.details);
  const issues = fieldIssues(error.details);
  return (
    <div className="notice notice--error import-error" role="alert" data-testid="import-error" data-error-kind={error.kind}>
      <div>
        <p className="notice__title">{titles[error.kind] ?? 'Something went wrong'}</p>
        <p className="notice__message">{error.message}</p>
        {where && (
          <dl className="import-error__where">
            {where.file && (
              <div>
                <dt>File</dt>
                <dd>{where.file}</dd>
              </div>
            )}
            {where.row != null && (
              <div>
                <dt>Row</dt>
                <dd className="num">{where.row}</dd>
              </div>
            )}
            {where.column && (
              <div>
                <dt>Column</dt>
                <dd>{where.column}</dd>
              </div>
            )}
          </dl>
        )}
        {issues.length > 0 && (
          <ul className="notice__list">
            {issues.map((i) => (
              <li key={`${i.path}:${i.message}`}>
                <span className="mono">{i.path}</span>: {i.message}
              </li>
            ))}
          </ul>
        )}
        {nothingChanged && <p className="import-error__safe">Nothing was imported; the engagement is unchanged.</p>}
      </div>
    </div>
  );
}
