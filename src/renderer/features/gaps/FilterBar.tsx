// The Gaps section's filters: the date requirements are resolved on (today, +12 and +18 months
// or a chosen date), org unit (with its sub-units), location and skill category.
import { useId } from 'react';
import { skillCategories, type SkillCategory } from '../../../shared/domain/entities';
import type { GapOptions } from '../../../shared/gap-types';
import { Segmented } from '../../components/ChartCard';
import type { Formatter } from '../../format';
import { categoryLabel } from '../../labels';
import { addMonthsIso } from './dates';
import { useGapView, type When } from './store';

type WhenKey = 'now' | '12' | 'horizon' | 'date';

export function FilterBar({ options, format: f, lens }: { options: GapOptions; format: Formatter; lens: boolean }) {
  const { when, filters, setWhen, setFilter } = useGapView();
  const ids = { unit: useId(), location: useId(), category: useId(), date: useId() };
  const horizon = options.horizonMonths;
  const key: WhenKey = when.kind === 'now' ? 'now' : when.kind === 'date' ? 'date' : when.months === 12 && horizon !== 12 ? '12' : 'horizon';
  const choices: { value: WhenKey; label: string }[] = [
    { value: 'now', label: 'Today' },
    ...(horizon !== 12 ? [{ value: '12' as const, label: '+12 months' }] : []),
    { value: 'horizon', label: `+${horizon} months` },
    { value: 'date', label: 'Date…' },
  ];
  const lastFuture = options.futureDates[options.futureDates.length - 1] ?? addMonthsIso(options.asOfDate, 24);
  const pick = (k: WhenKey): When =>
    k === 'now' ? { kind: 'now' } : k === '12' ? { kind: 'months', months: 12 } : k === 'horizon' ? { kind: 'months', months: horizon } : { kind: 'date', date: lastFuture };
  const shownDate = when.kind === 'now' ? options.asOfDate : when.kind === 'date' ? when.date : addMonthsIso(options.asOfDate, when.months);
  return (
    <div className="gap-filters card" role="group" aria-label="Gap analysis filters" data-testid="gap-filters">
      <div className="gap-filters__when">
        <Segmented<WhenKey> label="Requirements as of" value={key} options={choices} onChange={(k) => setWhen(pick(k))} />
        {when.kind === 'date' ? (
          <label htmlFor={ids.date} className="gap-filters__date">
            <span className="sr-only">Requirements in force on</span>
            <input
              id={ids.date}
              type="date"
              className="input input--date"
              value={when.date}
              min={options.asOfDate}
              onChange={(e) => e.target.value && setWhen({ kind: 'date', date: e.target.value })}
            />
          </label>
        ) : (
          <span className="gap-filters__note" data-testid="gap-as-of">
            Requirements in force on {f.date(shownDate)}
            {shownDate > options.asOfDate && <span className="tag">forecast</span>}
          </span>
        )}
      </div>
      <div className="gap-filters__selects">
        <label htmlFor={ids.unit}>Org unit</label>
        <select id={ids.unit} className="select select--small" value={filters.unitId ?? ''} onChange={(e) => setFilter('unitId', e.target.value ? Number(e.target.value) : null)}>
          <option value="">All org units</option>
          {options.units.map((u) => (
            <option key={u.id} value={u.id}>
              {'\u00a0\u00a0'.repeat(u.depth)}
              {u.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.location}>Location</label>
        <select id={ids.location} className="select select--small" value={filters.locationId ?? ''} onChange={(e) => setFilter('locationId', e.target.value ? Number(e.target.value) : null)}>
          <option value="">All locations</option>
          {options.locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.category}>Skill category</label>
        <select
          id={ids.category}
          className="select select--small"
          value={lens ? '' : (filters.category ?? '')}
          disabled={lens}
          title={lens ? 'The leadership lens shows soft and leadership skills' : undefined}
          onChange={(e) => setFilter('category', (e.target.value || null) as SkillCategory | null)}
        >
          <option value="">{lens ? 'Soft + leadership' : 'All categories'}</option>
          {skillCategories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
