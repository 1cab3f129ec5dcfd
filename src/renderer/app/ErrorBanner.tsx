// The frame-level error banner: a typed API error with what the consultant can do about it.
import type { ErrorKind } from '../../shared/result';
import { useAppStore } from './store';

const titles: Partial<Record<ErrorKind, string>> = {
  'bad-file': 'This file cannot be opened',
  'newer-version': 'This engagement was saved by a newer Skillshift',
  'not-found': 'File not found',
  'not-open': 'No engagement is open',
  conflict: 'That already exists',
  unauthorized: 'Access token missing or refused',
  io: 'Could not reach the Skillshift engine',
  unsupported: 'Not available here',
  validation: 'Some input was not accepted',
  internal: 'Something went wrong',
};

const hints: Partial<Record<ErrorKind, string>> = {
  'newer-version': 'Update Skillshift to open it. The file was not changed.',
  'bad-file': 'The file was left untouched.',
  internal: 'Nothing already saved was lost. If it keeps happening, restart Skillshift.',
};

/** The backup path a bad-file error offers, if any. */
export function backupOf(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const backup = (details as { backup?: unknown }).backup;
  return typeof backup === 'string' && backup.length > 0 ? backup : null;
}

export function ErrorBanner() {
  const banner = useAppStore((s) => s.banner);
  const busy = useAppStore((s) => s.busy);
  const dismiss = useAppStore((s) => s.dismissBanner);
  const restore = useAppStore((s) => s.restoreBackup);
  if (!banner) return null;
  const { error, file } = banner;
  const backup = error.kind === 'bad-file' ? backupOf(error.details) : null;
  return (
    <div className="banner banner--error" role="alert" data-testid="error-banner" data-error-kind={error.kind}>
      <div className="banner__body">
        <p className="banner__title">{titles[error.kind] ?? 'Something went wrong'}</p>
        <p className="banner__message">{error.message}</p>
        {hints[error.kind] && <p className="banner__hint">{hints[error.kind]}</p>}
        {backup && <p className="banner__hint">A backup from the last successful save exists: {backup}</p>}
      </div>
      <div className="banner__actions">
        {backup && file && (
          <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void restore(file)}>
            Restore backup
          </button>
        )}
        <button type="button" className="button button--ghost" onClick={dismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
