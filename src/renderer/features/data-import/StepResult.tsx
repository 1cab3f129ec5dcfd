// Step 6: what was imported, what was created on the way, and where to see it.
import { useShallow } from 'zustand/react/shallow';
import type { ImportReport } from '../../../shared/import-types';
import type { FlowsImportReport } from '../../../shared/scenario-types';
import { useAppStore } from '../../app/store';
import { useFormat } from '../../lib/use-format';
import { closeImportWizard } from './actions';
import { countOf, kindInfo, type KindInfo } from './kinds';
import { CreatedList } from './StepCheck';
import { StepHeading } from './StepHeading';
import { useImportStore } from './store';

const isFlows = (r: ImportReport | FlowsImportReport): r is FlowsImportReport => r.kind === 'transitions' || r.kind === 'moves';

async function open(info: KindInfo, section = info.section) {
  await closeImportWizard();
  useAppStore.getState().navigate(section);
}

export function StepResult() {
  const { result, kind, staged } = useImportStore(useShallow((s) => ({ result: s.result, kind: s.kind, staged: s.staged })));
  const f = useFormat();
  if (!result) return null;
  const info = kindInfo[kind];
  const counts: [string, number][] = isFlows(result)
    ? [
        ['Rows read', result.counts.rows],
        ['Added', result.counts.added],
        ['Replaced', result.counts.replaced],
        ['Unchanged', result.counts.unchanged],
      ]
    : [
        ['Rows read', result.counts.rows],
        ['Added', result.counts.added],
        ['Changed', result.counts.changed],
        ['Unchanged', result.counts.unchanged],
        ['Removed', result.counts.removed],
        ['Skipped (invalid)', result.counts.skipped],
      ];
  const created = !isFlows(result) && Object.values(result.created).some((l) => l.length > 0);
  const links: { label: string; section: KindInfo['section'] }[] = [{ label: `Open ${info.sectionLabel}`, section: info.section }];
  if (!isFlows(result) && result.created.roles.length > 0 && info.section !== 'roles') links.push({ label: 'Open Roles', section: 'roles' });
  if (!isFlows(result) && result.created.skills.length > 0 && info.section !== 'skills') links.push({ label: 'Open Skills', section: 'skills' });
  links.push({ label: 'Open Gaps', section: 'gaps' });

  return (
    <div className="wizard-step">
      <StepHeading description={`${staged?.fileName ?? 'The file'} is in the engagement${isFlows(result) ? '' : ` (${f.decimal(result.durationMs / 1000, 1)} s)`}.`}>
        Imported {info.label.toLowerCase()}
      </StepHeading>
      <dl className="report-counts" data-testid="result-counts">
        {counts.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="num" data-testid={`result-${label.split(' ')[0].toLowerCase()}`}>
              {f.integer(n)}
            </dd>
          </div>
        ))}
      </dl>
      {!isFlows(result) && result.removalsPending > 0 && (
        <p className="wizard-notice">
          {countOf(info, result.removalsPending, f.integer)} not in the file kept (removal was not confirmed).
        </p>
      )}
      {created && !isFlows(result) && (
        <section aria-labelledby="created-title">
          <h4 id="created-title" className="wizard-subtitle">
            Created on the way
          </h4>
          <CreatedList created={result.created} testId="created" />
        </section>
      )}
      {result.notes.length > 0 && (
        <ul className="wizard-notes" aria-label="Notes">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <nav className="result-links" aria-label="See the imported data">
        {links.map((l) => (
          <button key={l.label} type="button" className="button button--secondary" onClick={() => void open(info, l.section)}>
            {l.label}
          </button>
        ))}
      </nav>
    </div>
  );
}
