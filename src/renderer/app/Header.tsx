import { openImportWizard } from '../features/data-import/actions';
import { useFormat } from '../lib/use-format';
import { EngagementSwitcher } from './EngagementSwitcher';
import { useAppStore } from './store';

/** The open engagement's identity (name, file, as-of date, currency) and the switcher. */
export function Header() {
  const summary = useAppStore((s) => s.summary);
  const format = useFormat();
  if (!summary) return null;
  return (
    <header className="topbar">
      <div className="topbar__identity">
        <p className="topbar__eyebrow">Engagement</p>
        <p className="topbar__name" data-testid="engagement-name">
          {summary.name}
        </p>
        <p className="topbar__meta">
          <span title={summary.file}>{summary.fileName}</span>
          <span aria-hidden="true">·</span>
          <span>As of {format.date(summary.asOfDate)}</span>
          <span aria-hidden="true">·</span>
          <span>
            {summary.currency} · {summary.locale}
          </span>
        </p>
      </div>
      <div className="topbar__actions">
        <button type="button" className="button button--secondary" onClick={() => openImportWizard()} data-testid="open-import">
          Import data
        </button>
        <EngagementSwitcher />
      </div>
    </header>
  );
}
