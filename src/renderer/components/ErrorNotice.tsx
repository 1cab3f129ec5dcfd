import type { ApiError } from '../../shared/result';

/** An inline failure inside a screen (the frame-level banner is app/ErrorBanner). */
export function ErrorNotice({ error, onRetry, title = 'Could not load this data' }: { error: ApiError; onRetry?(): void; title?: string }) {
  return (
    <div className="notice notice--error" role="alert">
      <div>
        <p className="notice__title">{title}</p>
        <p className="notice__message">{error.message}</p>
      </div>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
