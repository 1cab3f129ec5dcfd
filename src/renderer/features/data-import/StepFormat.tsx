// Step 2: how the file is read. Delimiter, encoding (with the Windows-1252 fallback said out
// loud), sheet, header row, decimal separator and, for proficiencies, the shape: each shows
// what was detected and can be changed; the raw first rows show the effect at once.
import { useId, useState } from 'react';
import { csvDelimiters, textEncodings, type ImportOptions } from '../../../shared/import-types';
import { useShallow } from 'zustand/react/shallow';
import { setOptions } from './actions';
import { ImportError } from './ImportError';
import { RawPreview } from './RawPreview';
import { delimiterNames } from './StepSource';
import { StepHeading } from './StepHeading';
import { useImportStore } from './store';

const encodingLabels: Record<(typeof textEncodings)[number], string> = {
  'utf-8': 'UTF-8 (with or without BOM)',
  'windows-1252': 'Windows-1252 (Western European, older Excel)',
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
};

function Detected({ chosen, label }: { chosen: boolean; label: string }) {
  return <span className={`detect-tag${chosen ? ' is-chosen' : ''}`}>{chosen ? 'your choice' : `detected${label ? `: ${label}` : ''}`}</span>;
}

function Select<T extends string>(props: { label: string; value: T; options: readonly T[]; names: Record<string, string>; detected: string; chosen: boolean; onChange(v: T): void; hint?: string; testId?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {props.label} <Detected chosen={props.chosen} label={props.names[props.detected] ?? props.detected} />
      </label>
      <select id={id} className="select" value={props.value} onChange={(e) => props.onChange(e.target.value as T)} aria-describedby={props.hint ? `${id}-h` : undefined} data-testid={props.testId}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.names[o] ?? o}
          </option>
        ))}
      </select>
      {props.hint && (
        <p id={`${id}-h`} className="field__hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

function HeaderRow({ value, chosen }: { value: number; chosen: boolean }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const n = Number(text);
  const valid = Number.isInteger(n) && n >= 1 && n <= 1000;
  const apply = () => valid && n !== value && setOptions({ headerRow: n });
  return (
    <div className="field">
      <label htmlFor={id}>
        Header row <Detected chosen={chosen} label="" />
      </label>
      <input id={id} className="input input--number" inputMode="numeric" value={text} aria-invalid={!valid || undefined} aria-describedby={`${id}-h`} onChange={(e) => setText(e.target.value)} onBlur={apply} onKeyDown={(e) => e.key === 'Enter' && apply()} />
      <p id={`${id}-h`} className="field__hint">{valid ? 'Rows above it (a title, a logo) are left out.' : 'A row number from 1 to 1000.'}</p>
    </div>
  );
}

export function StepFormat() {
  const { staged, preview, options, busy, error } = useImportStore(useShallow((s) => ({ staged: s.staged, preview: s.preview, options: s.options, busy: s.busy, error: s.error })));
  if (!staged) return null;
  const resolved = preview?.options;
  const set = (patch: Partial<ImportOptions>) => setOptions(patch);

  return (
    <div className="wizard-step">
      <StepHeading description="Check that the columns and accented names below look right; change anything that was detected wrongly.">
        How is {staged.fileName} written?
      </StepHeading>
      <div className="format-grid">
        {staged.format === 'csv' && (
          <>
            <Select
              label="Columns separated by"
              value={options.delimiter ?? resolved?.delimiter ?? staged.delimiter ?? ','}
              options={csvDelimiters}
              names={delimiterNames}
              detected={staged.delimiter ?? ','}
              chosen={options.delimiter !== undefined}
              onChange={(delimiter) => set({ delimiter })}
              testId="format-delimiter"
            />
            <Select
              label="Encoding"
              value={options.encoding ?? staged.encoding ?? 'utf-8'}
              options={textEncodings}
              names={encodingLabels}
              detected={staged.encoding ?? 'utf-8'}
              chosen={options.encoding !== undefined}
              onChange={(encoding) => set({ encoding })}
              hint={staged.encodingNote ?? 'Read as UTF-8: the file is valid UTF-8.'}
              testId="format-encoding"
            />
          </>
        )}
        {staged.format === 'xlsx' && (
          <Select
            label="Sheet"
            value={options.sheet ?? resolved?.sheet ?? staged.sheets[0]?.name ?? ''}
            options={staged.sheets.map((s) => s.name)}
            names={Object.fromEntries(staged.sheets.map((s) => [s.name, s.rows !== null ? `${s.name} (${s.rows.toLocaleString()} rows)` : s.name]))}
            detected={staged.sheets[0]?.name ?? ''}
            chosen={options.sheet !== undefined}
            onChange={(sheet) => set({ sheet })}
            hint={staged.sheets.length > 1 ? `${staged.sheets.length} sheets in this workbook.` : undefined}
            testId="format-sheet"
          />
        )}
        <HeaderRow key={options.headerRow ?? 1} value={options.headerRow ?? resolved?.headerRow ?? 1} chosen={options.headerRow !== undefined} />
        {resolved && (
          <Select
            label="Decimal separator"
            value={options.decimalSeparator ?? resolved.decimalSeparator}
            options={['.', ','] as const}
            names={{ '.': 'point: 1234.50', ',': 'comma: 1234,50' }}
            detected={resolved.decimalSeparator}
            chosen={options.decimalSeparator !== undefined}
            onChange={(decimalSeparator) => set({ decimalSeparator })}
            hint="The other of point and comma is then read as a thousands separator."
          />
        )}
        {preview?.kind === 'proficiencies' && resolved && (
          <Select
            label="Layout"
            value={options.shape ?? resolved.shape ?? 'wide'}
            options={['wide', 'long'] as const}
            names={{ wide: 'skills matrix: a column per skill', long: 'long list: a row per person and skill' }}
            detected={resolved.shape ?? 'wide'}
            chosen={options.shape !== undefined}
            onChange={(shape) => set({ shape })}
            testId="format-shape"
          />
        )}
      </div>
      {error && <ImportError error={error} />}
      {busy === 'previewing' && !preview && (
        <p className="wizard-busy" role="status">
          Reading the first rows…
        </p>
      )}
      {preview && <RawPreview preview={preview} busy={busy === 'previewing'} />}
    </div>
  );
}
