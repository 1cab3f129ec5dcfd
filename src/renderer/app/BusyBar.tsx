// Progress of long work (demo generation, later imports and Monte Carlo runs), fed by `progress`
// events; an indeterminate bar covers calls that report no progress.
import { useAppStore } from './store';

export function BusyBar() {
  const busy = useAppStore((s) => s.busy);
  const progress = useAppStore((s) => s.progress);
  const tasks = Object.values(progress);
  if (!busy && tasks.length === 0) return null;
  return (
    <div className="busy" data-testid="progress">
      {tasks.map((t) => {
        const pct = t.total > 0 ? Math.round((t.done / t.total) * 100) : 0;
        return (
          <div key={t.taskId} className="busy__task">
            <span className="busy__label">{t.label}</span>
            <div className="progress" role="progressbar" aria-label={t.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
              <div className="progress__fill" style={{ width: `${pct}%` }} />
            </div>
            <span className="busy__pct num">{pct}%</span>
          </div>
        );
      })}
      {busy && tasks.length === 0 && (
        <div className="busy__task">
          <span className="busy__label">{busy}</span>
          <div className="progress progress--indeterminate" role="progressbar" aria-label={busy}>
            <div className="progress__fill" />
          </div>
        </div>
      )}
    </div>
  );
}
