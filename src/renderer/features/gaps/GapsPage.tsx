// Gaps is not built yet: it says what it will hold and shows the assessment coverage that the
// gap figures will rest on (a gap against an unknown proficiency is itself unknown).
import { ComingNext } from '../../components/ComingNext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Meter } from '../../components/Meter';
import { PageHeader } from '../../components/PageHeader';
import { WhyButton, WhyInputs } from '../../components/WhyButton';
import { formatterFor } from '../../format';
import { categoryLabel } from '../../labels';
import { useEngagementData } from '../../lib/use-engagement-data';
import { useAppStore } from '../../app/store';
import { useOverviewStore } from '../overview/store';

export function GapsPage() {
  useEngagementData(useOverviewStore);
  const { data, error, status, load, revision } = useOverviewStore();
  const horizon = useAppStore((s) => s.summary?.horizonMonths ?? 18);
  const format = formatterFor(data?.locale, data?.currency);

  return (
    <div className="page" data-testid="page-gaps">
      <PageHeader title="Gaps" description="Where skills fall short of what roles need, today and at the planning horizon." />
      <ComingNext
        items={[
          `A heatmap of roles × skills: the gap between required and actual proficiency now and in ${horizon} months, from current and future-dated requirements.`,
          'Readiness per person and role, hours to close each gap (by skill category), and the share of incumbents meeting each requirement.',
          'Roll-ups by skill, role, org unit, location and category, with unknown proficiencies shown as unknown.',
          'Upskill (deepen skills for the current role) and reskill (fit for another role, with hours and months to proficiency and the programs that cover it).',
        ]}
      />
      {error && <ErrorNotice error={error} onRetry={() => void load(revision ?? 0)} />}
      {!data && status !== 'error' && <Loading label="Loading assessment coverage…" />}
      {data && (
        <div className="two-col">
          <section className="card" aria-labelledby="coverage-title" data-testid="assessment-coverage">
            <header className="card__header">
              <h2 id="coverage-title" className="card__title">
                Assessment coverage
              </h2>
              <WhyButton label="Assessment coverage">
                <p>Each person&rsquo;s current role requirements with a known proficiency, out of all of them. Gaps can only be measured where a proficiency is known.</p>
                <WhyInputs
                  items={[
                    ['Assessed', format.integer(data.assessment.assessed)],
                    ['Required', format.integer(data.assessment.required)],
                    ['Share', format.percent(data.assessment.share, 2)],
                  ]}
                />
              </WhyButton>
            </header>
            <Meter label="Required skills with a known proficiency" share={data.assessment.share} text={format.percent(data.assessment.share)} />
            <dl className="stat-list">
              <div>
                <dt>Assessed</dt>
                <dd className="num">{format.integer(data.assessment.assessed)}</dd>
              </div>
              <div>
                <dt>Unknown (not assessed)</dt>
                <dd className="num">{format.integer(data.assessment.required - data.assessment.assessed)}</dd>
              </div>
              <div>
                <dt>Required (person × role skill)</dt>
                <dd className="num">{format.integer(data.assessment.required)}</dd>
              </div>
            </dl>
          </section>
          <section className="card" aria-labelledby="catalogue-title">
            <header className="card__header">
              <h2 id="catalogue-title" className="card__title">
                Skills catalogue the gaps will cover
              </h2>
            </header>
            <ul className="bar-list">
              {data.skillsByCategory.map((c) => (
                <li key={c.category}>
                  <span>{categoryLabel(c.category)}</span>
                  <span className="num">{format.integer(c.skills)}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </div>
  );
}
