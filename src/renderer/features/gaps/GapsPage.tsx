// The Gaps section (issue 4): where skills fall short of what roles need, today and at a future
// date. Filters and key figures on top; four views: the heatmap (with drill-down to people), the
// soft-skills and leadership lens, the upskill list and reskill candidates. A person opens their
// profile in a dialog from any of them. Every figure explains itself.
import { useRef } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/use-format';
import { FilterBar } from './FilterBar';
import { GapKpis } from './GapKpis';
import { HeatmapView } from './HeatmapView';
import { LeadershipView } from './LeadershipView';
import { PersonProfile } from './PersonProfile';
import { ReskillView } from './ReskillView';
import { UpskillView } from './UpskillView';
import { filterInput, futureInput, useGapView, whenInput, type GapTab } from './store';
import { useGapQuery } from './use-gap-query';
import './gaps.css';

const tabs: { id: GapTab; label: string }[] = [
  { id: 'heatmap', label: 'Heatmap' },
  { id: 'leadership', label: 'Soft skills & leadership' },
  { id: 'upskill', label: 'Upskill' },
  { id: 'reskill', label: 'Reskill' },
];

export function GapsPage() {
  const format = useFormat();
  const options = useGapQuery('getGapOptions', {});
  const { tab, setTab, when, filters, person, openPerson } = useGapView();
  const lens = tab === 'leadership';
  const filter = filterInput(filters, lens);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  function onTabKey(e: React.KeyboardEvent, i: number) {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const j = (next + tabs.length) % tabs.length;
    setTab(tabs[j].id);
    tabRefs.current[j]?.focus();
  }

  const o = options.data;
  return (
    <div className="page gaps-page" data-testid="page-gaps">
      <PageHeader
        title="Gaps"
        description={
          o
            ? `Required against actual skill levels, today (${format.date(o.asOfDate)}) and as future-dated requirements take effect. Unknown levels are shown as unknown, never as zero.`
            : 'Where skills fall short of what roles need, today and at the planning horizon.'
        }
      />
      {options.error && <ErrorNotice error={options.error} onRetry={options.reload} />}
      {!o && !options.error && <Loading label="Loading the gap analysis…" />}
      {o && (
        <>
          <FilterBar options={o} format={format} lens={lens} />
          <GapKpis filter={filter} future={futureInput(when)} format={format} />
          <div className="tabs" role="tablist" aria-label="Gap views">
            {tabs.map((t, i) => (
              <button
                key={t.id}
                ref={(el) => {
                  tabRefs.current[i] = el;
                }}
                type="button"
                role="tab"
                id={`gap-tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`gap-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                className="tabs__tab"
                data-testid={`gap-tab-${t.id}`}
                onClick={() => setTab(t.id)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`gap-panel-${tab}`} aria-labelledby={`gap-tab-${tab}`} className="gaps-page__panel">
            {tab === 'heatmap' && <HeatmapView options={o} when={whenInput(when)} filter={filter} format={format} title="Mean gap" />}
            {tab === 'leadership' && <LeadershipView options={o} when={whenInput(when)} filter={filter} format={format} />}
            {tab === 'upskill' && <UpskillView filter={filter} future={futureInput(when)} format={format} />}
            {tab === 'reskill' && <ReskillView options={o} when={whenInput(when)} filter={filter} format={format} />}
          </div>
          {person !== null && <PersonProfile id={person} future={futureInput(when)} format={format} onClose={() => openPerson(null)} />}
        </>
      )}
    </div>
  );
}
