// Step 1: what the file holds and which file. The desktop opens a native dialog; the browser
// uploads the file to the local host (within the upload limit).
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../app/store';
import { useFormat } from '../../lib/use-format';
import { closeImportWizard, pickAndStage, setKind, stageUpload } from './actions';
import { ACCEPTED_IMPORT_FILES, uploadLimitMb } from './files';
import { ImportError } from './ImportError';
import { flowColumns, isFlowKind, kindInfo, wizardKinds } from './kinds';
import { StepHeading } from './StepHeading';
import { useImportStore } from './store';

const encodingNames: Record<string, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };
export const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

function StagedFile() {
  const staged = useImportStore((s) => s.staged);
  const format = useFormat();
  if (!staged) return null;
  return (
    <div className="staged-file" data-testid="staged-file">
      <p className="staged-file__name">{staged.fileName}</p>
      <p className="staged-file__meta">
        {staged.format.toUpperCase()} · {format.bytes(staged.sizeBytes)}
        {staged.format === 'csv' && staged.encoding && ` · ${encodingNames[staged.encoding] ?? staged.encoding}`}
        {staged.delimiter && ` · ${delimiterNames[staged.delimiter]}-separated`}
        {staged.format === 'xlsx' && ` · ${staged.sheets.length} sheet${staged.sheets.length === 1 ? '' : 's'}`}
      </p>
      {staged.encodingNote && <p className="staged-file__note">{staged.encodingNote}</p>}
    </div>
  );
}

export function StepSource() {
  const { kind, busy, error } = useImportStore(useShallow((s) => ({ kind: s.kind, busy: s.busy, error: s.error })));
  const canPick = useAppStore((s) => s.appInfo?.canPickFiles ?? false);
  const fileId = useId();
  const hintId = useId();

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again (after fixing it) fires change again
    if (file) await stageUpload(file);
  }

  async function toTaxonomies() {
    await closeImportWizard();
    useAppStore.getState().navigate('settings');
    setTimeout(() => document.getElementById('taxonomies')?.scrollIntoView(), 0);
  }

  return (
    <div className="wizard-step">
      <StepHeading description="Files from the client's HRIS or skills spreadsheets: CSV (any delimiter or encoding) or Excel (.xlsx). Nothing is imported until the last step.">
        What are you importing?
      </StepHeading>
      <fieldset className="kind-choice">
        <legend className="wizard-legend">The file holds</legend>
        {wizardKinds.map((k) => (
          <label key={k} className={`kind-choice__option${k === kind ? ' is-selected' : ''}`}>
            <input type="radio" name="import-kind" value={k} checked={k === kind} onChange={() => setKind(k)} disabled={busy !== null} />
            <span>
              <span className="kind-choice__label">{kindInfo[k].label}</span>
              <span className="kind-choice__text">{kindInfo[k].description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {isFlowKind(kind) && <p className="field__hint">Columns are found by name: {flowColumns[kind]}</p>}
      <div className="file-choice">
        {canPick ? (
          <>
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void pickAndStage()}>
              Choose file…
            </button>
            <p className="field__hint">CSV, TXT or XLSX. The file is copied before it is read, so later edits to it do not change this import.</p>
          </>
        ) : (
          <div className="field">
            <label htmlFor={fileId}>File to import (CSV or XLSX)</label>
            <input id={fileId} type="file" className="input input--file" accept={ACCEPTED_IMPORT_FILES} disabled={busy !== null} aria-describedby={hintId} onChange={(e) => void onFile(e)} data-testid="import-file-input" />
            <p id={hintId} className="field__hint">
              The file is uploaded to the Skillshift host on this computer (up to {uploadLimitMb} MB); nothing leaves the machine. Larger files: the desktop app or <code>npm run cli -- import</code>.
            </p>
          </div>
        )}
        {busy === 'staging' && (
          <p className="wizard-busy" role="status">
            Reading the file…
          </p>
        )}
        <StagedFile />
      </div>
      {error && <ImportError error={error} />}
      <p className="wizard-aside">
        O*NET, ESCO and automation exposure indices are imported in Settings.{' '}
        <button type="button" className="link-button" onClick={() => void toTaxonomies()}>
          Go to taxonomies and exposure
        </button>
      </p>
    </div>
  );
}
