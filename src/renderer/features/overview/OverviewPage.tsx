// The Overview dashboard: headline figures and breakdowns straight from the engagement, each
// with the formula and inputs behind it one click away.
import type { Overview } from '../../../shared/api-types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { KpiCard } from '../../components/KpiCard';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { WhyInputs } from '../../components/WhyButton';
import { formatterFor, type Formatter } from '../../format';
import { useEngagementData } from '../../lib/use-engagement-data';
import { BreakdownCard, ExposureCard, SkillsByCategoryCard } from './OverviewCharts';
import { useOverviewStore } from './store';

export function OverviewPage() {
  useEngagementData(useOverviewStore);
  const { data, error, status, load, revision } = useOverviewStore();
  // The overview carries its own locale and currency, so its figures always match each other.
  const format = data ? formatterFor(data.locale, data.currency) : null;

  return (
    <div className="page" data-testid="page-overview">
      <PageHeader
        title="Overview"
        description={data && format ? `The workforce as of ${format.date(data.asOfDate)}, from the engagement file.` : 'The workforce at a glance.'}
      />
      {error && <ErrorNotice error={error} onRetry={() => void load(revision ?? 0)} />}
      {!data && status !== 'error' && <Loading label="Loading the overview…" />}
      {data && format && (
        <>
          <KpiRow data={data} format={format} />
          <div className="chart-grid overview-grid">
            <BreakdownCard title="By org unit" testId="chart-by-unit" rows={data.byUnit} dimension="org unit" format={format} costFormula={data.costFormula} privacy={data.privacy} />
            <BreakdownCard title="By location" testId="chart-by-location" rows={data.byLocation} dimension="location" format={format} costFormula={data.costFormula} privacy={data.privacy} />
            <ExposureCard bands={data.exposureBands} source={data.exposureSource} format={format} />
            <SkillsByCategoryCard rows={data.skillsByCategory} format={format} />
          </div>
        </>
      )}
    </div>
  );
}

function KpiRow({ data, format }: { data: Overview; format: Formatter }) {
  const { assessment } = data;
  const perFte = data.fte > 0 ? data.annualCost / data.fte : 0;
  const planned = data.plannedLocations;
  return (
    <div className="kpi-grid" role="list" aria-label="Key figures">
      <div role="listitem">
        <KpiCard
          id="headcount"
          label="Headcount"
          value={format.integer(data.headcount)}
          detail="People on the books"
          why={
            <>
              <p>Count of employee records in the engagement, as of {format.date(data.asOfDate)}.</p>
              <WhyInputs items={[['Employees', format.integer(data.headcount)]]} />
            </>
          }
        />
      </div>
      <div role="listitem">
        <KpiCard
          id="fte"
          label="FTE"
          value={format.decimal(data.fte, 1)}
          detail={data.headcount > 0 ? `${format.decimal(data.fte / data.headcount, 2)} FTE per person` : undefined}
          why={
            <>
              <p>Sum of each person&rsquo;s full-time equivalent (1 = full time).</p>
              <WhyInputs items={[['Headcount', format.integer(data.headcount)], ['Sum of FTE', format.decimal(data.fte, 2)]]} />
            </>
          }
        />
      </div>
      <div role="listitem">
        <KpiCard
          id="annual-cost"
          label="Annual cost"
          value={format.moneyCompact(data.annualCost)}
          detail={`${format.money(perFte)} per FTE`}
          why={
            <>
              <p>{data.costFormula}, summed over everyone.</p>
              <WhyInputs
                items={[
                  ['Annual cost', format.money(data.annualCost)],
                  ['FTE', format.decimal(data.fte, 1)],
                  ['Cost per FTE', format.money(perFte)],
                  ['Currency', data.currency],
                ]}
              />
            </>
          }
        />
      </div>
      <div role="listitem">
        <KpiCard
          id="skills-assessed"
          label="Skills assessed"
          value={format.percent(assessment.share)}
          detail={`${format.integer(assessment.assessed)} of ${format.integer(assessment.required)} required skills`}
          why={
            <>
              <p>
                Share of the current requirements of each person&rsquo;s role for which a proficiency is known. A skill
                nobody assessed counts as unknown, never as level 0.
              </p>
              <WhyInputs
                items={[
                  ['Assessed', format.integer(assessment.assessed)],
                  ['Required (person × role skill)', format.integer(assessment.required)],
                  ['Share', format.percent(assessment.share, 2)],
                ]}
              />
            </>
          }
        />
      </div>
      <div role="listitem">
        <KpiCard
          id="planned-markets"
          label="Planned markets"
          value={format.integer(planned.length)}
          detail={planned.length > 0 ? planned.map((p) => p.name).join(', ') : 'No new market planned'}
          why={
            <>
              <p>Locations marked as planned, with their launch dates.</p>
              <WhyInputs items={planned.length ? planned.map((p) => [p.name, p.launchDate ? format.date(p.launchDate) : 'no date']) : [['Planned locations', '0']]} />
            </>
          }
        />
      </div>
    </div>
  );
}
