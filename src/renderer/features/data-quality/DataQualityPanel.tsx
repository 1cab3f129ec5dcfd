// The data-quality panel: each finding with its rule, its count and a link to the rows, and the
// share of required proficiencies nobody has assessed, overall and by unit.
import type { DataQualityReport, Finding } from '../../../shared/data-quality-types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Meter } from '../../components/Meter';
import type { Formatter } from '../../format';
import { useEngagementData } from '../../lib/use-engagement-data';
import { useFormat } from '../../lib/use-format';
import { showFinding, useDataQualityStore } from './store';
import '../../styles/editing-panels.css';

const groups: { id: Finding['group']; title: string }[] = [
  { id: 'orphans', title: 'Broken links' },
  { id: 'people', title: 'People' },
  { id: 'roles', title: 'Roles' },
  { id: 'outliers', title: 'Outliers' },
  { id: 'assessment', title: 'Assessment' },
  { id: 'catalogue', title: 'Skills and programs' },
];

const tableNoun = { people: 'people', roles: 'roles', skills: 'skills', programs: 'programs' } as const;

function FindingCard({ finding, format }: { finding: Finding; format: Formatter }) {
  const clean = finding.count === 0;
  return (
    <article className="card finding" data-severity={finding.severity} data-clean={clean} data-testid={`finding-${finding.id}`} aria-labelledby={`finding-${finding.id}-title`}>
      <div className="finding__head">
        <h3 id={`finding-${finding.id}-title`} className="finding__title">
          {finding.title}
        </h3>
        <span className="finding__count num" data-testid={`finding-${finding.id}-count`}>
          {format.integer(finding.count)}
        </span>
      </div>
      <p className="finding__rule">{finding.rule}</p>
      {finding.examples.length > 0 && <p className="finding__examples">e.g. {finding.examples.join(', ')}</p>}
      {finding.target && !clean && (
        <button type="button" className="button button--secondary button--small" onClick={() => showFinding(finding.target!)}>
          Show in {tableNoun[finding.target.table]}
        </button>
      )}
    </article>
  );
}

function Coverage({ report, format }: { report: DataQualityReport; format: Formatter }) {
  const a = report.assessment;
  return (
    <section className="card" aria-labelledby="dq-coverage">
      <header className="card__header">
        <h2 id="dq-coverage" className="card__title">
          Required proficiencies not assessed
        </h2>
        <span className="count num" data-testid="dq-not-assessed-share">
          {format.percent(a.share)}
        </span>
      </header>
      <Meter label="Not assessed" share={a.share} text={`${format.integer(a.notAssessed)} of ${format.integer(a.required)}`} />
      <p className="finding__rule">{a.rule}</p>
      <table className="skill-grid" aria-label="Not assessed by org unit">
        <thead>
          <tr>
            <th scope="col">Org unit</th>
            <th scope="col" className="num">Required</th>
            <th scope="col" className="num">Not assessed</th>
            <th scope="col" className="num">Share</th>
            <th scope="col">
              <span className="sr-only">Show</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {a.byUnit.map((u) => (
            <tr key={u.orgUnitId ?? 'none'}>
              <td>{u.unit}</td>
              <td className="num">{format.integer(u.required)}</td>
              <td className="num">{format.integer(u.notAssessed)}</td>
              <td className="num">{format.percent(u.share)}</td>
              <td>
                {u.notAssessed > 0 && u.orgUnitId !== null && (
                  <button type="button" className="row-button" onClick={() => showFinding({ table: 'people', filters: { orgUnitId: u.orgUnitId!, issue: 'not-assessed' } })}>
                    Show people
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function DataQualityPanel() {
  useEngagementData(useDataQualityStore);
  const format = useFormat();
  const { data, error, status, load, revision } = useDataQualityStore();
  if (error) return <ErrorNotice error={error} onRetry={() => void load(revision ?? 0)} />;
  if (!data) return status === 'error' ? null : <Loading label="Checking the data…" />;
  const open = data.findings.filter((f) => f.count > 0 && f.severity !== 'info').length;
  return (
    <div className="dq" data-testid="data-quality">
      <p className="page-header__description" role="status">
        {open === 0 ? 'No errors or warnings.' : `${open} ${open === 1 ? 'check needs' : 'checks need'} attention.`} Each check says its rule; “Show” opens the rows it found, filtered.
      </p>
      {groups.map((g) => {
        const findings = data.findings.filter((f) => f.group === g.id);
        if (findings.length === 0) return null;
        return (
          <section key={g.id} className="dq__group" aria-labelledby={`dq-${g.id}`}>
            <h2 id={`dq-${g.id}`} className="dq__group-title">
              {g.title}
            </h2>
            <div className="dq__findings">
              {findings.map((f) => (
                <FindingCard key={f.id} finding={f} format={format} />
              ))}
            </div>
          </section>
        );
      })}
      <Coverage report={data} format={format} />
    </div>
  );
}
