// The frame of one change in the builder: its type and title, what keeps it from running, a
// collapse toggle and a remove button; the type's own controls inside.
import { useId, useState, type ReactNode } from 'react';
import { changeTypeLabel, type DraftProblem } from './changes';

interface ChangePanelProps {
  type: string;
  title: string;
  changeId: string;
  problems: DraftProblem[];
  readOnly: boolean;
  onRemove(): void;
  children: ReactNode;
}

export function ChangePanel({ type, title, changeId, problems, readOnly, onRemove, children }: ChangePanelProps) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const titleId = useId();
  return (
    <section className={`card change-panel change-panel--${type}`} aria-labelledby={titleId} data-testid={`change-${changeId}`}>
      <header className="change-panel__header">
        <button type="button" className="change-panel__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span className="change-panel__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className={`tag change-tag change-tag--${type}`}>{changeTypeLabel(type)}</span>
          <h3 id={titleId} className="change-panel__title">
            {title}
          </h3>
        </button>
        {!readOnly && (
          <button type="button" className="button button--ghost button--small" onClick={onRemove} aria-label={`Remove change: ${title}`}>
            Remove
          </button>
        )}
      </header>
      {problems.length > 0 && (
        <ul className="change-panel__problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      <div id={bodyId} hidden={!open} className="change-panel__body">
        <fieldset disabled={readOnly} className="change-panel__fields">
          {children}
        </fieldset>
      </div>
    </section>
  );
}
