// The difference between two versions, readably: settings that changed, assumptions added and
// removed, and changes added, removed or modified (with each field from -> to).
import type { ScenarioDiff } from '../../../../shared/scenario-types';
import type { Formatter } from '../../../format';
import { changeTypeLabel } from '../builder/changes';
import type { ScenarioRefs } from '../refs';
import { listChange, pathText, valueText } from './diff-text';

function FieldTable({ caption, fields, refs, format: f }: { caption: string; fields: ScenarioDiff['settings']; refs: ScenarioRefs; format: Formatter }) {
  return (
    <div className="table-wrap">
      <table className="table diff-fields">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((x) => (
            <tr key={x.path}>
              <th scope="row">{pathText(x.path)}</th>
              <td className="diff-old">{valueText(x.path, x.from, refs, f)}</td>
              <td className="diff-new">
                {valueText(x.path, x.to, refs, f)}
                {listChange(x.path, x.from, x.to, refs) && <span className="diff__list-change">{listChange(x.path, x.from, x.to, refs)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DiffView({ diff, refs, format: f }: { diff: ScenarioDiff; refs: ScenarioRefs; format: Formatter }) {
  const c = diff.changes;
  if (diff.identical) {
    return (
      <p className="muted" data-testid="diff-identical">
        Versions {diff.from} and {diff.to} are identical.
      </p>
    );
  }
  const count = c.added.length + c.removed.length + c.modified.length;
  return (
    <div className="diff" data-testid="version-diff">
      <p className="diff__summary">
        Version {diff.from} → {diff.to}: {f.integer(count)} {count === 1 ? 'change differs' : 'changes differ'}
        {diff.settings.length > 0 ? `, ${f.integer(diff.settings.length)} settings` : ''}
        {diff.assumptions.added.length + diff.assumptions.removed.length > 0 ? `, ${f.integer(diff.assumptions.added.length + diff.assumptions.removed.length)} assumptions` : ''}.
      </p>
      {c.added.map((x) => (
        <section key={`a-${x.id}`} className="diff__item diff__item--added" aria-label={`Added: ${x.label}`}>
          <span className="diff__mark">Added</span> <span className="tag">{changeTypeLabel(x.type)}</span> {x.label}
        </section>
      ))}
      {c.removed.map((x) => (
        <section key={`r-${x.id}`} className="diff__item diff__item--removed" aria-label={`Removed: ${x.label}`}>
          <span className="diff__mark">Removed</span> <span className="tag">{changeTypeLabel(x.type)}</span> {x.label}
        </section>
      ))}
      {c.modified.map((x) => (
        <section key={`m-${x.id}`} className="diff__item diff__item--modified" aria-label={`Changed: ${x.label}`}>
          <p>
            <span className="diff__mark">Changed</span> <span className="tag">{changeTypeLabel(x.type)}</span> {x.label}
          </p>
          <FieldTable caption={`Fields changed in ${x.label}`} fields={x.fields} refs={refs} format={f} />
        </section>
      ))}
      {diff.settings.length > 0 && (
        <section className="diff__item diff__item--modified" aria-label="Settings changed">
          <p>
            <span className="diff__mark">Settings</span>
          </p>
          <FieldTable caption="Settings changed" fields={diff.settings} refs={refs} format={f} />
        </section>
      )}
      {(diff.assumptions.added.length > 0 || diff.assumptions.removed.length > 0) && (
        <section className="diff__item" aria-label="Assumptions changed">
          <p>
            <span className="diff__mark">Assumptions</span>
          </p>
          <ul className="diff__assumptions">
            {diff.assumptions.added.map((a, i) => (
              <li key={`a${i}`} className="diff-new">
                <span className="sr-only">Added: </span>+ {a}
              </li>
            ))}
            {diff.assumptions.removed.map((a, i) => (
              <li key={`r${i}`} className="diff-old">
                <span className="sr-only">Removed: </span>− {a}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
