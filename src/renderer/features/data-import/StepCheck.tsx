// Step 4: the whole file checked without committing. Counts of valid and invalid rows, the
// problems grouped and paged (row, column, value, problem), the choices (skip invalid rows,
// create missing references with the list of what would be created) and the merge diff.
import { useShallow } from 'zustand/react/shallow';
import type { CreatedRefs, ImportReport } from '../../../shared/import-types';
import { useFormat } from '../../lib/use-format';
import { cancelRun, setChoice } from './actions';
import { FlowsCheck } from './FlowsCheck';
import { ImportError } from './ImportError';
import { isFlowKind } from './kinds';
import { MergeDiff } from './MergeDiff';
import { issueLabel, ProblemsTable } from './ReportTables';
import { StepHeading } from './StepHeading';
import { TaskProgress } from './TaskProgress';
import { useImportStore } from './store';

export const createdLabels: Record<keyof CreatedRefs, string> = {
  roles: 'Roles',
  orgUnits: 'Org units',
  locations: 'Locations',
  skills: 'Skills',
  managers: 'Managers',
};

export function CreatedList({ created, testId }: { created: CreatedRefs; testId: string }) {
  const groups = (Object.keys(createdLabels) as (keyof CreatedRefs)[]).filter((k) => created[k].length > 0);
  if (groups.length === 0) return null;
  return (
    <dl className="created-list" data-testid={testId}>
      {groups.map((k) => (
        <div key={k} className="created-list__group">
          <dt>
            {createdLabels[k]} ({created[k].length})
          </dt>
          <dd>{created[k].join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}

function Counts({ report }: { report: ImportReport }) {
  const f = useFormat();
  const { rows, invalid } = report.counts;
  return (
    <dl className="report-counts" data-testid="report-counts">
      <div>
        <dt>Rows read</dt>
        <dd className="num">{f.integer(rows)}</dd>
      </div>
      <div className="is-good">
        <dt>Valid</dt>
        <dd className="num" data-testid="count-valid">
          {f.integer(rows - invalid)}
        </dd>
      </div>
      <div className={invalid > 0 ? 'is-bad' : undefined}>
        <dt>Invalid</dt>
        <dd className="num" data-testid="count-invalid">
          {f.integer(invalid)}
        </dd>
      </div>
      <div>
        <dt>Problems</dt>
        <dd className="num">{f.integer(report.errorCount)}</dd>
      </div>
    </dl>
  );
}

function Choices({ report }: { report: ImportReport }) {
  const f = useFormat();
  const choices = useImportStore((s) => s.choices);
  const busy = useImportStore((s) => s.busy !== null);
  const unknownRefs = report.errorSummary.filter((e) => e.code === 'unknown-reference').reduce((n, e) => n + e.count, 0);
  const wouldCreate = Object.values(report.created).some((l) => l.length > 0);
  return (
    <fieldset className="wizard-fieldset choices">
      <legend className="wizard-legend">How to import</legend>
      <label className="field--check">
        <input type="checkbox" className="checkbox" checked={choices.createMissing} disabled={busy} onChange={(e) => setChoice('createMissing', e.target.checked)} data-testid="choice-create" />
        <span>
          Create the roles, org units, locations, skills and managers the file names but the engagement lacks
          <span className="field__hint">
            {choices.createMissing
              ? wouldCreate
                ? ' These would be created:'
                : ' Nothing is missing.'
              : unknownRefs > 0
                ? ` Off: ${f.integer(unknownRefs)} unknown reference${unknownRefs === 1 ? ' is' : 's are'} reported as problems.`
                : ' Off: unknown references are reported as problems.'}
          </span>
        </span>
      </label>
      {choices.createMissing && <CreatedList created={report.created} testId="would-create" />}
      <label className="field--check">
        <input type="checkbox" className="checkbox" checked={choices.skipInvalid} disabled={busy} onChange={(e) => setChoice('skipInvalid', e.target.checked)} data-testid="choice-skip" />
        <span>
          Skip the invalid rows and import the rest
          <span className="field__hint">
            {report.counts.invalid > 0
              ? ` ${f.integer(report.counts.invalid)} row${report.counts.invalid === 1 ? '' : 's'} would be left out; the report keeps them for you to fix.`
              : ' No row is invalid.'}
          </span>
        </span>
      </label>
    </fieldset>
  );
}

export function StepCheck() {
  const { kind, staged, report, busy, taskId, error, notice, choices } = useImportStore(
    useShallow((s) => ({ kind: s.kind, staged: s.staged, report: s.report, busy: s.busy, taskId: s.taskId, error: s.error, notice: s.notice, choices: s.choices })),
  );
  const f = useFormat();
  if (!staged) return null;
  if (isFlowKind(kind)) return <FlowsCheck />;
  const canCommit = report !== null && (report.counts.invalid === 0 || choices.skipInvalid);
  return (
    <div className="wizard-step">
      <StepHeading description="The whole file is checked as it would be imported; nothing is written yet.">Check {staged.fileName}</StepHeading>
      {notice && (
        <p className="wizard-notice" role="status" data-testid="wizard-notice">
          {notice}
        </p>
      )}
      {error && <ImportError error={error} />}
      {busy === 'validating' && <TaskProgress taskId={taskId} label={`Checking ${staged.fileName}`} onCancel={() => void cancelRun()} cancelLabel="Stop checking" />}
      {report && (
        <div className="report" aria-busy={busy === 'validating' || undefined}>
          <Counts report={report} />
          {report.errorCount > 0 ? (
            <section aria-labelledby="problems-title" data-testid="problems">
              <h4 id="problems-title" className="wizard-subtitle">
                Problems
              </h4>
              <ul className="problem-summary" aria-label="Problems by column">
                {report.errorSummary.map((e) => (
                  <li key={`${e.column}:${e.code}`}>
                    <strong>{e.column ?? 'Row'}</strong>: {f.integer(e.count)} × {issueLabel(e.code)}
                  </li>
                ))}
              </ul>
              <ProblemsTable stagingId={report.stagingId} version={report} />
            </section>
          ) : (
            <p className="wizard-success" role="status" data-testid="no-problems">
              No problems: every row can be imported.
            </p>
          )}
          <Choices report={report} />
          <MergeDiff report={report} canCommit={canCommit} />
          {report.notes.length > 0 && (
            <ul className="wizard-notes" aria-label="Notes">
              {report.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
