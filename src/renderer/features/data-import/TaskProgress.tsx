// A progress bar fed by the `progress` events of one task (the app store collects them), with
// a Cancel button while the task can still be stopped.
import { useAppStore } from '../../app/store';

export function TaskProgress({ taskId, label, onCancel, cancelLabel = 'Cancel' }: { taskId: string | null; label: string; onCancel?(): void; cancelLabel?: string }) {
  const event = useAppStore((s) => (taskId ? s.progress[taskId] : undefined));
  const pct = event && event.total > 0 ? Math.min(100, Math.round((event.done / event.total) * 100)) : null;
  return (
    <div className="task-progress" data-testid="task-progress">
      <div className="task-progress__head">
        <span className="task-progress__label">{event?.label ?? label}</span>
        <span className="num" aria-hidden="true">
          {pct === null ? '' : `${pct}%`}
        </span>
      </div>
      <div
        className={`progress${pct === null ? ' progress--indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
        aria-valuetext={pct === null ? 'starting' : `${pct}%`}
      >
        <div className="progress__fill" style={pct === null ? undefined : { width: `${pct}%` }} />
      </div>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel} data-testid="cancel-run">
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
