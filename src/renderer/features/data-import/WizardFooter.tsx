// Back and forward along the steps, with the reason when going on is not possible yet.
import { useShallow } from 'zustand/react/shallow';
import { closeImportWizard, commit, goTo, importAnother, requestClose } from './actions';
import { isFlowKind } from './kinds';
import { mappingBlocker, stepsFor, useImportStore, type ImportState } from './store';

/** Why the current step cannot go on, or null. */
function blocker(s: ImportState): string | null {
  if (s.busy) return null;
  switch (s.step) {
    case 'source':
      return s.staged ? null : 'Choose the file to import.';
    case 'format':
      return s.preview ? null : 'The file has to be readable with these settings first.';
    case 'mapping':
      return mappingBlocker(s);
    case 'check': {
      if (isFlowKind(s.kind)) {
        if (!s.flows) return 'Wait for the check to finish.';
        return s.flows.counts.invalid > 0 ? 'Fix the rows listed in the file and choose it again: transitions and moves are imported all or nothing.' : null;
      }
      if (!s.report) return 'Wait for the check to finish.';
      const { rows, invalid } = s.report.counts;
      if (invalid > 0 && !s.choices.skipInvalid) return `${invalid} row${invalid === 1 ? ' is' : 's are'} invalid: fix the file, or choose to skip ${invalid === 1 ? 'it' : 'them'}.`;
      if (rows - invalid <= 0) return 'No valid rows to import.';
      if (s.choices.confirmRemovals && s.report.counts.removed + s.report.removalsPending > 0) return 'Removals chosen: confirm them with “Remove and import” above, or untick the removal.';
      return null;
    }
    default:
      return null;
  }
}

const commitLabel = (s: ImportState): string => {
  if (isFlowKind(s.kind)) return `Import ${s.flows?.counts.valid ?? ''} rows`.replace('  ', ' ');
  const r = s.report;
  if (!r) return 'Import';
  const rows = r.counts.rows - (s.choices.skipInvalid ? r.counts.invalid : 0);
  return `Import ${rows.toLocaleString()} row${rows === 1 ? '' : 's'}`;
};

export function WizardFooter() {
  const s = useImportStore(useShallow((x) => x));
  const steps = stepsFor(s.kind);
  const at = steps.indexOf(s.step);
  const why = blocker(s);
  const back = at > 0 && s.step !== 'import' && s.step !== 'result' ? steps[at - 1] : null;

  if (s.step === 'import') return <footer className="dialog__footer wizard__footer" />;
  if (s.step === 'result') {
    return (
      <footer className="dialog__footer wizard__footer">
        <button type="button" className="button button--secondary" onClick={() => void importAnother()}>
          Import another file
        </button>
        <button type="button" className="button button--primary" onClick={() => void closeImportWizard()}>
          Close
        </button>
      </footer>
    );
  }
  const next = steps[at + 1];
  const isCommit = s.step === 'check';
  return (
    <footer className="dialog__footer wizard__footer">
      {why && (
        <p className="wizard__blocker" id="wizard-blocker" data-testid="wizard-blocker">
          {why}
        </p>
      )}
      <button type="button" className="button button--ghost" onClick={requestClose}>
        Cancel
      </button>
      {back && (
        <button type="button" className="button button--secondary" disabled={s.busy !== null} onClick={() => goTo(back)}>
          Back
        </button>
      )}
      {isCommit ? (
        <button
          type="button"
          className="button button--primary"
          disabled={why !== null || s.busy !== null}
          aria-describedby={why ? 'wizard-blocker' : undefined}
          onClick={() => void commit()}
          data-testid="wizard-commit"
        >
          {commitLabel(s)}
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={why !== null || s.busy !== null}
          aria-describedby={why ? 'wizard-blocker' : undefined}
          onClick={() => goTo(next)}
          data-testid="wizard-next"
        >
          Next: {next === 'check' ? 'check the file' : next === 'mapping' ? 'columns' : next === 'format' ? 'format' : next}
        </button>
      )}
    </footer>
  );
}
