// The exposure indices stored in the engagement and which one role exposure uses: the user can
// prefer one, or go back to the default order.
import { useId } from 'react';
import { exposureSources, type ExposureSource } from '../../../../shared/taxonomy-types';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormat } from '../../../lib/use-format';
import { exposureCitations, exposureLabels } from './attribution';
import { useTaxonomyStore } from './taxonomy-store';

export function ExposureSources() {
  const overview = useTaxonomyStore((s) => s.overview);
  const error = useTaxonomyStore((s) => s.overviewError);
  const f = useFormat();
  const preferId = useId();
  if (error) return <ErrorNotice error={error} onRetry={() => void useTaxonomyStore.getState().loadOverview()} title="Could not load the exposure sources" />;
  if (!overview) return null;
  const imported = overview.sources.filter((s): s is typeof s & { source: ExposureSource } => s.source !== 'manual');
  return (
    <section className="exposure-sources" aria-labelledby="exposure-sources-title" data-testid="exposure-sources">
      <h3 id="exposure-sources-title" className="taxonomy-report__title">
        Exposure sources in this engagement
      </h3>
      {overview.sources.length === 0 ? (
        <p className="muted">No exposure index imported yet, and no role has tasks with exposure.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Exposure sources</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Measure</th>
                <th scope="col" className="num">
                  Roles
                </th>
                <th scope="col">Imported</th>
                <th scope="col">In use</th>
              </tr>
            </thead>
            <tbody>
              {overview.sources.map((s) => (
                <tr key={`${s.source}:${s.measure}`}>
                  <td>{exposureLabels[s.source]}</td>
                  <td className="mono">{s.measure}</td>
                  <td className="num">{f.integer(s.roles)}</td>
                  <td>{f.dateTime(s.importedAt)}</td>
                  <td>{s.source === overview.effectiveSource ? <span className="tag">used</span> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="field exposure-sources__prefer">
        <label htmlFor={preferId}>Preferred index for role exposure</label>
        <select
          id={preferId}
          className="select"
          value={overview.preferredSource ?? ''}
          disabled={imported.length === 0}
          aria-describedby={`${preferId}-h`}
          onChange={(e) => void useTaxonomyStore.getState().prefer((e.target.value || null) as ExposureSource | null)}
          data-testid="preferred-source"
        >
          <option value="">Default order (first imported of {exposureSources.map((s) => exposureLabels[s].split(' ')[0]).join(', ')})</option>
          {imported.map((s) => (
            <option key={s.source} value={s.source}>
              {exposureLabels[s.source]}
            </option>
          ))}
        </select>
        <p id={`${preferId}-h`} className="field__hint">
          {overview.explanation}
        </p>
      </div>
      {imported.length > 0 && (
        <ul className="attribution-list" aria-label="Sources cited">
          {[...new Set(imported.map((s) => s.source))].map((s) => (
            <li key={s} className="attribution">
              {exposureCitations[s]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
