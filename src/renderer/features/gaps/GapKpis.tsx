// Headline figures of the selection today against the future date: mean readiness, how much of
// it rests on assessments, people below the readiness threshold, hours to close, and how many
// requirements the future profiles add or raise. Each explains itself for both dates.
import type { GapFilterInput, GapKpis as Kpis, GapSummary, SummaryMetric } from '../../../shared/gap-types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { WhyButton, WhyInputs } from '../../components/WhyButton';
import type { Formatter } from '../../format';
import { Explain } from './Explain';
import { useGapQuery } from './use-gap-query';

interface GapKpisProps {
  filter: GapFilterInput;
  future: { futureMonths?: number; futureDate?: string };
  format: Formatter;
}

export function GapKpis({ filter, future, format: f }: GapKpisProps) {
  const { data, error, loading, reload } = useGapQuery('getGapSummary', { filter, ...future });
  if (error) return <ErrorNotice error={error} onRetry={reload} />;
  if (!data) return loading ? <Loading label="Loading the key figures…" /> : null;
  const s: GapSummary = data;
  const later = f.date(s.future.asOfDate);
  const why = (metric: SummaryMetric, label: string) => (
    <Explain
      label={label}
      requests={[
        { title: `Today (${f.date(s.now.asOfDate)})`, request: { filter, target: { kind: 'summary', metric, threshold: s.threshold } } },
        { title: `On ${later}`, request: { filter, asOf: s.future.asOfDate, target: { kind: 'summary', metric, threshold: s.threshold } } },
      ]}
    />
  );
  const pct = (x: number | null) => (x === null ? 'unknown' : f.percent(x, 1));
  const pair = (now: Kpis, fut: Kpis, show: (k: Kpis) => string) => ({ value: show(now), detail: `${show(fut)} on ${later}` });
  const hidden = s.now.suppressed ? s.now.reason : null;
  const cards: { id: string; label: string; metric: SummaryMetric | null; value: string; detail: string }[] = [
    { id: 'readiness', label: 'Mean readiness', metric: 'meanReadiness', ...pair(s.now, s.future, (k) => pct(k.meanReadiness)) },
    { id: 'assessed', label: 'Assessed', metric: 'assessedShare', ...pair(s.now, s.future, (k) => pct(k.assessedShare)) },
    {
      id: 'below',
      label: `Below ${f.percent(s.threshold, 0)} readiness`,
      metric: 'peopleBelow',
      ...pair(s.now, s.future, (k) => (k.peopleBelow === null ? '—' : `${f.integer(k.peopleBelow)} of ${f.integer(k.people ?? 0)}`)),
    },
    { id: 'hours', label: 'Hours to close', metric: 'gapHours', ...pair(s.now, s.future, (k) => (k.gapHours === null ? '—' : `${f.compact(k.gapHours)} h`)) },
    {
      id: 'changes',
      label: 'Requirement changes',
      metric: null,
      value: f.integer(s.profileChanges.added + s.profileChanges.changed),
      detail: `${f.integer(s.profileChanges.added)} added, ${f.integer(s.profileChanges.changed)} raised or reweighted by ${later}`,
    },
  ];
  return (
    <div className="kpi-grid gap-kpis" role="list" aria-label="Key gap figures" aria-busy={loading || undefined}>
      {cards.map((c) => (
        <div role="listitem" key={c.id}>
          <section className="kpi card" aria-labelledby={`gap-kpi-${c.id}`} data-testid={`gap-kpi-${c.id}`}>
            <div className="kpi__head">
              <h2 id={`gap-kpi-${c.id}`} className="kpi__label">
                {c.label}
              </h2>
              {c.metric && !hidden && why(c.metric, c.label)}
              {c.id === 'changes' && (
                <WhyButton label={c.label}>
                  <p>Each role&rsquo;s requirements in force on {later} compared with today&rsquo;s, skill by skill. Future-dated requirements are forecasts (assumptions).</p>
                  <WhyInputs
                    items={[
                      ['Added (a skill the role will newly need)', f.integer(s.profileChanges.added)],
                      ['Raised or reweighted', f.integer(s.profileChanges.changed)],
                      ['Dropped', f.integer(s.profileChanges.removed)],
                    ]}
                  />
                </WhyButton>
              )}
            </div>
            <p className="kpi__value num" data-testid={`gap-kpi-${c.id}-value`}>
              {hidden && c.metric ? 'hidden' : c.value}
            </p>
            <p className="kpi__detail">{hidden && c.metric ? `Privacy mode: ${hidden}` : c.detail}</p>
          </section>
        </div>
      ))}
    </div>
  );
}
