// The import wizard: a modal over the app with the steps as a labelled progress list, the
// current step, and the way back and forward. Closing discards the staged file; with work in
// progress, Escape or the close button asks first. Focus stays inside while it is open.
import { useEffect, useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { closeImportWizard, goTo, keepWorking, requestClose } from './actions';
import { kindInfo } from './kinds';
import { StepCheck } from './StepCheck';
import { StepFormat } from './StepFormat';
import { StepImport } from './StepImport';
import { StepMapping } from './StepMapping';
import { StepResult } from './StepResult';
import { StepSource } from './StepSource';
import { stepLabels, stepsFor, useImportStore, type StepId } from './store';
import { WizardFooter } from './WizardFooter';
import './data-import.css';
import './wizard-steps.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const bodies: Record<StepId, () => React.JSX.Element | null> = {
  source: StepSource,
  format: StepFormat,
  mapping: StepMapping,
  check: StepCheck,
  import: StepImport,
  result: StepResult,
};

function StepList() {
  const { step, kind, busy, staged } = useImportStore(useShallow((s) => ({ step: s.step, kind: s.kind, busy: s.busy, staged: s.staged })));
  const steps = stepsFor(kind);
  const at = steps.indexOf(step);
  const locked = busy === 'committing' || step === 'result';
  return (
    <nav className="wizard-steps" aria-label="Import steps">
      <ol className="wizard-steps__list">
        {steps.map((s, i) => {
          const state = i < at ? 'done' : i === at ? 'current' : 'upcoming';
          const canGo = !locked && i < at && s !== 'import' && (s === 'source' || staged !== null);
          const content = (
            <>
              <span className="wizard-steps__number" aria-hidden="true">
                {state === 'done' ? '✓' : i + 1}
              </span>
              <span className="wizard-steps__label">{stepLabels[s]}</span>
              <span className="sr-only">{state === 'done' ? ' (done)' : state === 'current' ? ' (current step)' : ' (not yet)'}</span>
            </>
          );
          return (
            <li key={s} className={`wizard-steps__item is-${state}`} aria-current={state === 'current' ? 'step' : undefined} data-testid={`wizard-step-${s}`}>
              {canGo ? (
                <button type="button" className="wizard-steps__button" onClick={() => goTo(s)}>
                  {content}
                </button>
              ) : (
                <span className="wizard-steps__button">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function CloseConfirm() {
  const titleId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="wizard-confirm" role="alertdialog" aria-labelledby={titleId} aria-describedby={`${titleId}-d`} data-testid="confirm-discard">
      <div>
        <p id={titleId} className="wizard-confirm__title">
          Discard this import?
        </p>
        <p id={`${titleId}-d`} className="wizard-confirm__text">
          The uploaded file and the mapping are thrown away. Nothing has been imported, so the engagement stays as it is.
        </p>
      </div>
      <div className="wizard-confirm__actions">
        <button ref={keep} type="button" className="button button--secondary" onClick={keepWorking}>
          Keep working
        </button>
        <button type="button" className="button button--danger" onClick={() => void closeImportWizard()}>
          Discard and close
        </button>
      </div>
    </div>
  );
}

export function ImportWizard() {
  const { open, step, kind, confirming, committing } = useImportStore(
    useShallow((s) => ({ open: s.open, step: s.step, kind: s.kind, confirming: s.confirmingClose, committing: s.busy === 'committing' })),
  );
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement as HTMLElement | null;
    return () => opener?.focus?.();
  }, [open]);

  if (!open) return null;
  const Body = bodies[step];

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      if (confirming) keepWorking();
      else requestClose();
      return;
    }
    if (e.key !== 'Tab' || !panel.current) return;
    const items = Array.from(panel.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return;
    const [first, last] = [items[0], items[items.length - 1]];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="dialog-backdrop wizard-backdrop">
      <div ref={panel} className="dialog wizard" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown} data-testid="import-wizard">
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            Import data{step !== 'source' ? `: ${kindInfo[kind].label}` : ''}
          </h2>
          <button type="button" className="icon-button" aria-label="Close import" disabled={committing} onClick={requestClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="wizard__layout">
          <StepList />
          <section className="wizard__body" aria-labelledby={`${titleId}-step`} data-step={step}>
            <span id={`${titleId}-step`} className="sr-only">
              {stepLabels[step]}
            </span>
            <Body key={step} />
          </section>
        </div>
        {confirming && <CloseConfirm />}
        <WizardFooter />
      </div>
    </div>
  );
}
