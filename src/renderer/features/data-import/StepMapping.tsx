// Step 3: the column mapping. Guesses from the headers come with a confidence; uncertain ones
// wait for the user's confirmation, required fields are flagged, dates whose day/month order
// is ambiguous ask for a choice, and a skills matrix sets its skill columns and level labels.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setOptions } from './actions';
import { FieldMapping } from './FieldMapping';
import { ImportError } from './ImportError';
import { MatrixOptions } from './MatrixOptions';
import { Presets } from './Presets';
import { RawPreview } from './RawPreview';
import { StepHeading } from './StepHeading';
import { fieldStatuses, useImportStore } from './store';

const dateNames = { auto: 'Detect from the file', iso: 'ISO: 2024-04-03', dmy: 'Day first: 03/04/2024 = 3 April', mdy: 'Month first: 04/03/2024 = 3 April' } as const;

function DateFormat() {
  const id = useId();
  const { preview, chosen } = useImportStore(useShallow((s) => ({ preview: s.preview, chosen: s.options.dateFormat })));
  if (!preview) return null;
  const ambiguous = preview.options.dateFormatAmbiguous && (!chosen || chosen === 'auto');
  return (
    <div className={`field date-format${ambiguous ? ' is-ambiguous' : ''}`} data-testid="date-format">
      <label htmlFor={id}>Dates are written</label>
      <select id={id} className="select" value={chosen ?? 'auto'} aria-describedby={`${id}-h`} onChange={(e) => setOptions({ dateFormat: e.target.value as keyof typeof dateNames })}>
        {(Object.keys(dateNames) as (keyof typeof dateNames)[]).map((k) => (
          <option key={k} value={k}>
            {k === 'auto' ? `${dateNames.auto} (now: ${dateNames[preview.options.dateFormat].split(':')[0].toLowerCase()})` : dateNames[k]}
          </option>
        ))}
      </select>
      <p id={`${id}-h`} className={ambiguous ? 'field__error' : 'field__hint'}>
        {ambiguous
          ? `The dates in the file fit both orders; they are read ${preview.options.dateFormat === 'dmy' ? 'day first' : 'month first'} from the engagement's locale. Choose the order the file uses.`
          : 'Excel dates and ISO dates are always read as they are.'}
      </p>
    </div>
  );
}

export function StepMapping() {
  const s = useImportStore(useShallow((x) => ({ preview: x.preview, mapping: x.mapping, confirmed: x.confirmed, busy: x.busy, error: x.error, notice: x.notice })));
  const { preview, busy, error, notice } = s;
  const statuses = fieldStatuses(s);
  // Fields to look at first: required or mapped ones, in the kind's order; the optional fields the file lacks after them.
  const ordered = [...statuses.filter((f) => f.required || f.column), ...statuses.filter((f) => !f.required && !f.column)];
  const unsure = statuses.filter((f) => f.unconfirmed).length;
  const mapped = new Set([...Object.values(s.mapping?.fields ?? {}), ...Object.keys(s.mapping?.skillColumns ?? {})]);
  const notInFile = preview?.headers.filter((h) => !mapped.has(h)) ?? [];
  const notes = (preview?.notes ?? []).filter((n) => !n.startsWith('Required:') && !n.startsWith('Dates such as') && !n.startsWith('Encoding:'));

  return (
    <div className="wizard-step">
      <StepHeading description="Columns were matched to fields by their headers. Check each guess against the sample values; change any that is wrong.">
        Which column holds what?
      </StepHeading>
      <Presets />
      {notice && (
        <p className="wizard-notice" role="status">
          {notice}
        </p>
      )}
      {error && <ImportError error={error} />}
      {!preview && busy === 'previewing' && (
        <p className="wizard-busy" role="status">
          Reading the file…
        </p>
      )}
      {preview && (
        <>
          <p className="mapping-summary" data-testid="mapping-summary">
            {statuses.filter((f) => f.column).length} of {statuses.length} fields mapped
            {unsure > 0 ? `; ${unsure} guess${unsure === 1 ? '' : 'es'} to confirm` : '; every guess confirmed or certain'}
            {statuses.some((f) => f.missing) ? '; required fields missing' : ''}.
          </p>
          <FieldMapping preview={preview} statuses={ordered} disabled={busy === 'committing'} />
          <DateFormat />
          {preview.kind === 'proficiencies' && <MatrixOptions preview={preview} />}
          {notes.length > 0 && (
            <ul className="wizard-notes" aria-label="What the import will do">
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {notInFile.length > 0 && (
            <p className="field__hint" data-testid="unmapped-columns">
              Not imported: {notInFile.map((h) => `“${h}”`).join(', ')}.
            </p>
          )}
          <details className="wizard-details">
            <summary>The file's first rows</summary>
            <RawPreview preview={preview} highlight={mapped} />
          </details>
        </>
      )}
    </div>
  );
}
