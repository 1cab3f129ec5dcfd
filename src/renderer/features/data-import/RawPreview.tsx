// The file's first rows exactly as read (after decoding and splitting), with their row numbers
// in the file, so a wrong delimiter or encoding shows at a glance.
import type { ImportPreview } from '../../../shared/import-types';

export function RawPreview({ preview, busy, highlight }: { preview: ImportPreview; busy?: boolean; highlight?: Set<string> }) {
  const { headers, rows, rowNumbers, staged, options } = preview;
  return (
    <div className="raw-preview" aria-busy={busy || undefined}>
      <p className="raw-preview__caption" id="raw-preview-caption">
        First {rows.length} row{rows.length === 1 ? '' : 's'} of {staged.fileName}
        {options.sheet ? `, sheet “${options.sheet}”` : ''}, header on row {options.headerRow}
      </p>
      <div className="table-wrap raw-preview__scroll" tabIndex={0} role="region" aria-labelledby="raw-preview-caption">
        <table className="table table--single-line raw-preview__table" data-testid="raw-preview">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              {headers.map((h, i) => (
                <th key={`${h}-${i}`} scope="col" className={highlight?.has(h) ? 'is-mapped' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={headers.length + 1} className="table__empty">
                  No data rows below the header row.
                </td>
              </tr>
            ) : (
              rows.map((r, i) => (
                <tr key={rowNumbers[i]}>
                  <td className="num muted">{rowNumbers[i]}</td>
                  {headers.map((h, j) => (
                    <td key={`${h}-${j}`} title={r[j]}>
                      {r[j] === '' ? <span className="muted" aria-label="blank">·</span> : r[j]}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
