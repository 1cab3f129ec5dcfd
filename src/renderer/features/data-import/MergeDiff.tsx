// What a commit would change: records added, changed (field by field, old -> new) and the
// records in the file's scope that the file no longer has. Removal is never implied: it takes
// ticking the option and then confirming it by name and count.
import { useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../shared/import-types';
import { useFormat } from '../../lib/use-format';
import { commit, setChoice } from './actions';
import { countOf, kindInfo } from './kinds';
import { DiffTable } from './ReportTables';
import { useImportStore } from './store';

type Section = 'added' | 'changed' | 'removed';

/** Records in the file's scope that the file no longer has: counted as removed only once confirmed. */
export const notInFile = (r: ImportReport): number => r.counts.removed + r.removalsPending;

function RemovalConfirm({ report, canCommit }: { report: ImportReport; canCommit: boolean }) {
  const format = useFormat();
  const ref = useRef<HTMLButtonElement>(null);
  const count = notInFile(report);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="wizard-confirm wizard-confirm--inline" role="alertdialog" aria-labelledby="removal-title" aria-describedby="removal-text" data-testid="confirm-removals">
      <div>
        <p id="removal-title" className="wizard-confirm__title">
          Remove {countOf(kindInfo[report.kind], count, format.integer)} that {count === 1 ? 'is' : 'are'} not in this file?
        </p>
        <p id="removal-text" className="wizard-confirm__text">
          They are deleted together with what hangs off them (for people: their proficiencies), in the same all-or-nothing commit. Undo is not available for imports; the audit log records it.
        </p>
      </div>
      <div className="wizard-confirm__actions">
        <button ref={ref} type="button" className="button button--secondary" onClick={() => setChoice('confirmRemovals', false)}>
          Keep them
        </button>
        <button type="button" className="button button--danger" disabled={!canCommit} onClick={() => void commit()} data-testid="remove-and-import">
          Remove and import
        </button>
      </div>
    </div>
  );
}

export function MergeDiff({ report, canCommit }: { report: ImportReport; canCommit: boolean }) {
  const format = useFormat();
  const confirmRemovals = useImportStore((s) => s.choices.confirmRemovals);
  const { added, changed, unchanged } = report.counts;
  const removed = notInFile(report);
  const sections: { id: Section; label: string; count: number }[] = [
    { id: 'added', label: 'Added', count: added },
    { id: 'changed', label: 'Changed', count: changed },
    { id: 'removed', label: 'Not in the file', count: removed },
  ];
  // Until the user picks a list, show the most telling one for the current report.
  const [chosen, setOpen] = useState<Section | null>(null);
  const open: Section = chosen ?? (changed > 0 ? 'changed' : removed > 0 ? 'removed' : 'added');
  if (added + changed + removed === 0) {
    return unchanged > 0 ? <p className="wizard-notice">Every record in the file is already in the engagement as it is: nothing would change.</p> : null;
  }
  return (
    <section className="merge-diff" aria-labelledby="merge-diff-title" data-testid="merge-diff">
      <h4 id="merge-diff-title" className="wizard-subtitle">
        What the import changes
      </h4>
      <p className="field__hint">
        Records are matched on the client's id (or its pseudonym); {countOf(kindInfo[report.kind], unchanged, format.integer)} unchanged.
      </p>
      <div className="segmented" role="group" aria-label="Show changes">
        {sections.map((s) => (
          <button key={s.id} type="button" className="segmented__option" aria-pressed={open === s.id} onClick={() => setOpen(s.id)} data-testid={`diff-tab-${s.id}`}>
            {s.label} <span className="num">{format.integer(s.count)}</span>
          </button>
        ))}
      </div>
      {sections.find((s) => s.id === open)!.count > 0 ? (
        <DiffTable key={open} stagingId={report.stagingId} section={open} version={report} />
      ) : (
        <p className="muted">None.</p>
      )}
      {removed > 0 && (
        <div className="removal">
          <label className="field--check">
            <input type="checkbox" className="checkbox" checked={confirmRemovals} onChange={(e) => setChoice('confirmRemovals', e.target.checked)} data-testid="choice-remove" />
            <span>
              Remove the {countOf(kindInfo[report.kind], removed, format.integer)} not in this file
              <span className="field__hint"> Left unticked, they are kept as they are.</span>
            </span>
          </label>
          {confirmRemovals && <RemovalConfirm report={report} canCommit={canCommit} />}
        </div>
      )}
    </section>
  );
}
