// A new-market change: the planned location and its launch date, local labour cost index and
// time-to-fill per role family, the headcount ramp per role (target, length, curve), extra
// requirements there (language, local regulation) and the share filled by internal transfers.
// The ramp preview follows every edit.
import type { NewMarketChange } from '../../../../shared/domain/scenario';
import { RangeField } from '../../../components/RangeField';
import type { Formatter } from '../../../format';
import type { ScenarioRefs } from '../refs';
import { DateField, NumberField, SelectField, TextField } from './fields';
import { MultiPicker, RefSelect } from './pickers';
import { RampPreview } from './RampPreview';

interface NewMarketPanelProps {
  change: NewMarketChange;
  startDate: string;
  horizonMonths: number;
  refs: ScenarioRefs;
  format: Formatter;
  onChange(update: (c: NewMarketChange) => NewMarketChange): void;
}

type Ramp = NewMarketChange['ramp'][number];
const curves: { value: Ramp['curve']; label: string }[] = [
  { value: 'linear', label: 'Linear' },
  { value: 's-curve', label: 'S-curve' },
  { value: 'step', label: 'Step at launch' },
];

export function NewMarketPanel({ change: ch, startDate, horizonMonths, refs, format: f, onChange }: NewMarketPanelProps) {
  const set = (patch: Partial<NewMarketChange>) => onChange((c) => ({ ...c, ...patch }));
  const tag = (s: string) => `market-${ch.id}-${s}`;
  const setRamp = (i: number, patch: Partial<Ramp>) => set({ ramp: ch.ramp.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const unused = refs.options.roles.find((o) => !ch.ramp.some((r) => r.roleId === o.value));
  const families = Object.entries(ch.timeToFillDays);
  const freeFamily = refs.options.families.find((o) => !(String(o.value) in ch.timeToFillDays));
  return (
    <div className="change-grid">
      <div className="change-grid__controls">
        <TextField label="Name" value={ch.label} onChange={(label) => set({ label })} testId={tag('label')} />
        <div className="field-row">
          <RefSelect label="Location" kind="locations" refs={refs} value={ch.locationId > 0 ? ch.locationId : null} onChange={(v) => set({ locationId: Number(v) })} testId={tag('location')} />
          <DateField label="Launch date" value={ch.launchDate} onChange={(launchDate) => set({ launchDate })} testId={tag('launch')} />
        </div>
        <RangeField
          label="Filled by internal transfers"
          value={ch.internalShare}
          min={0}
          max={1}
          step={0.01}
          format={(v) => f.percent(v, 0)}
          onChange={(internalShare) => set({ internalShare })}
          hint="Transfers leave their home roles, which then need replacing."
          testId={tag('internal-share')}
        />
        <div className="field-row">
          <NumberField label="Labour cost index" value={ch.labourCostIndex} min={0.01} max={10} step={0.01} optional onChange={(labourCostIndex) => set({ labourCostIndex })} testId={tag('cost-index')} />
          <NumberField
            label="Transfers a month, at most"
            value={ch.transferSharePerMonth === undefined ? undefined : Math.round(ch.transferSharePerMonth * 1000) / 10}
            min={0}
            max={100}
            step={0.5}
            unit="% of a home role"
            optional
            onChange={(v) => set({ transferSharePerMonth: v === undefined ? undefined : v / 100 })}
          />
        </div>
        <fieldset className="sub-list" data-testid={tag('ramp')}>
          <legend className="sub-list__legend">Headcount ramp</legend>
          {ch.ramp.length === 0 ? (
            <p className="muted">Add the roles to build up there.</p>
          ) : (
            <div className="ramp-grid__head" aria-hidden="true">
              <span>Role</span>
              <span>Target FTE</span>
              <span>Months</span>
              <span>Curve</span>
              <span />
            </div>
          )}
          {ch.ramp.map((r, i) => {
            const role = refs.name('roles', r.roleId);
            return (
              <div key={i} className="ramp-grid__row" data-testid={tag(`ramp-${i}`)}>
                <RefSelect label={`Role ${i + 1} of the ramp`} hideLabel kind="roles" refs={refs} value={r.roleId} onChange={(v) => setRamp(i, { roleId: Number(v) })} />
                <NumberField label={`Target FTE, ${role}`} hideLabel value={r.target} min={0} max={100000} step={1} onChange={(v) => v !== undefined && setRamp(i, { target: v })} testId={tag(`ramp-${i}-target`)} />
                <NumberField label={`Ramp length in months, ${role}`} hideLabel value={r.rampMonths} min={0} max={120} step={1} onChange={(v) => v !== undefined && Number.isInteger(v) && setRamp(i, { rampMonths: v })} testId={tag(`ramp-${i}-months`)} />
                <SelectField label={`Curve, ${role}`} hideLabel value={r.curve} options={curves} onChange={(curve) => setRamp(i, { curve })} />
                <button type="button" className="icon-button" aria-label={`Remove ${role} from the ramp`} onClick={() => set({ ramp: ch.ramp.filter((_, j) => j !== i) })}>
                  <span aria-hidden="true">×</span>
                </button>
              </div>
            );
          })}
          <button type="button" className="button button--secondary button--small" disabled={!unused} onClick={() => unused && set({ ramp: [...ch.ramp, { roleId: Number(unused.value), target: 5, rampMonths: 12, curve: 'linear' }] })}>
            Add role
          </button>
        </fieldset>
        <fieldset className="sub-list">
          <legend className="sub-list__legend">Time-to-fill there, by role family</legend>
          {families.length === 0 && <p className="muted">The location&rsquo;s own figure for every family.</p>}
          {families.map(([family, days]) => (
            <div key={family} className="sub-list__row">
              <span className="sub-list__name">{family}</span>
              <NumberField label={`Days to fill, ${family}`} hideLabel value={days} min={0} max={730} unit="days" onChange={(v) => v !== undefined && set({ timeToFillDays: { ...ch.timeToFillDays, [family]: v } })} />
              <button
                type="button"
                className="button button--ghost button--small sub-list__remove"
                aria-label={`Remove the time-to-fill of ${family}`}
                onClick={() => set({ timeToFillDays: Object.fromEntries(families.filter(([x]) => x !== family)) })}
              >
                Remove
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary button--small" disabled={!freeFamily} onClick={() => freeFamily && set({ timeToFillDays: { ...ch.timeToFillDays, [String(freeFamily.value)]: 60 } })}>
            Add family
          </button>
        </fieldset>
        <fieldset className="sub-list">
          <legend className="sub-list__legend">Extra requirements there</legend>
          {ch.extraRequirements.length === 0 && <p className="muted">None (for example a language or local regulation).</p>}
          {ch.extraRequirements.map((r, i) => (
            <div key={i} className="sub-list__row">
              <RefSelect label="Skill" kind="skills" refs={refs} value={r.skillId} onChange={(v) => set({ extraRequirements: ch.extraRequirements.map((x, j) => (j === i ? { ...x, skillId: Number(v) } : x)) })} />
              <NumberField label="Level" value={r.level} min={0} max={5} step={0.5} onChange={(v) => v !== undefined && set({ extraRequirements: ch.extraRequirements.map((x, j) => (j === i ? { ...x, level: v } : x)) })} />
              <NumberField label="Weight" value={r.weight} min={0} max={1} step={0.1} onChange={(v) => v !== undefined && set({ extraRequirements: ch.extraRequirements.map((x, j) => (j === i ? { ...x, weight: v } : x)) })} />
              <button type="button" className="button button--ghost button--small sub-list__remove" aria-label={`Remove extra requirement ${i + 1}`} onClick={() => set({ extraRequirements: ch.extraRequirements.filter((_, j) => j !== i) })}>
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={refs.options.skills.length === 0}
            onClick={() => set({ extraRequirements: [...ch.extraRequirements, { skillId: Number(refs.options.skills[0].value), level: 3, weight: 0.5 }] })}
          >
            Add requirement
          </button>
        </fieldset>
        <MultiPicker label="Objectives served" options={refs.objectives} refs={refs} value={ch.objectiveIds} onChange={(objectiveIds) => set({ objectiveIds })} emptyText="No objective linked" />
      </div>
      <div className="change-grid__preview">
        <RampPreview change={ch} startDate={startDate} horizonMonths={horizonMonths} refs={refs} format={f} />
      </div>
    </div>
  );
}
