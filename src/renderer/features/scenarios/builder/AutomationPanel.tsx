// An automation change: which roles, how exposed their work is (task profiles, an imported
// index or a manual share), the adoption curve (S-curve with midpoint and steepness, or linear
// to a target by a date), the share realised, the investment, new skill requirements that come
// with it and the objectives it serves. The adoption preview follows every slider.
import type { AutomationChange } from '../../../../shared/domain/scenario';
import { Segmented } from '../../../components/ChartCard';
import { RangeField } from '../../../components/RangeField';
import type { Formatter } from '../../../format';
import type { ScenarioRefs } from '../refs';
import { AdoptionPreview } from './AdoptionPreview';
import { addMonths } from './curves';
import { NumberField, TextField, DateField } from './fields';
import { MultiPicker, RefSelect } from './pickers';

interface AutomationPanelProps {
  change: AutomationChange;
  startDate: string;
  horizonMonths: number;
  refs: ScenarioRefs;
  format: Formatter;
  onChange(update: (c: AutomationChange) => AutomationChange): void;
}

type Exposure = AutomationChange['exposure']['from'];

export function AutomationPanel({ change: ch, startDate, horizonMonths, refs, format: f, onChange }: AutomationPanelProps) {
  const set = (patch: Partial<AutomationChange>) => onChange((c) => ({ ...c, ...patch }));
  const a = ch.adoption;
  const setExposure = (from: Exposure) =>
    set({ exposure: from === 'manual' ? { from, value: ch.exposure.from === 'manual' ? ch.exposure.value : 0.3 } : from === 'index' ? { from, source: refs.exposureSources[0] ?? 'eloundou' } : { from } });
  const setCurve = (curve: 's-curve' | 'linear') => {
    if (curve === a.curve) return;
    set({
      adoption:
        curve === 's-curve'
          ? { curve, target: a.target, midpointMonths: Math.max(1, Math.round(horizonMonths / 2)), steepness: 0.4 }
          : { curve, target: a.target, startDate, byDate: addMonths(startDate, horizonMonths) },
    });
  };
  const pct = (v: number) => f.percent(v, 0);
  const tag = (s: string) => `automation-${ch.id}-${s}`;
  return (
    <div className="change-grid">
      <div className="change-grid__controls">
        <TextField label="Name" value={ch.label} onChange={(label) => set({ label })} testId={tag('label')} />
        <MultiPicker label="Roles automated" kind="roles" refs={refs} value={ch.roleIds} onChange={(roleIds) => set({ roleIds })} emptyText="No role chosen yet" testId={tag('roles')} />
        <div className="field">
          <span className="field__label" id={tag('exposure-label')}>
            Exposure of their work
          </span>
          <Segmented<Exposure>
            label="Exposure of their work"
            value={ch.exposure.from}
            options={[
              { value: 'tasks', label: 'From task profiles' },
              { value: 'index', label: 'Imported index' },
              { value: 'manual', label: 'Manual' },
            ]}
            onChange={setExposure}
          />
          {ch.exposure.from === 'index' && (
            <select className="select" aria-label="Exposure index" value={ch.exposure.source} onChange={(e) => set({ exposure: { from: 'index', source: e.target.value } })}>
              {(refs.exposureSources.includes(ch.exposure.source) ? refs.exposureSources : [ch.exposure.source, ...refs.exposureSources]).map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
          {ch.exposure.from === 'index' && refs.exposureSources.length === 0 && <p className="field__hint">No exposure index imported yet: roles without a figure release nothing.</p>}
          {ch.exposure.from === 'manual' && (
            <RangeField label="Exposure (share of task time)" value={ch.exposure.value} min={0} max={1} step={0.01} format={pct} onChange={(value) => set({ exposure: { from: 'manual', value } })} testId={tag('exposure')} />
          )}
          {ch.taskIds && ch.taskIds.length > 0 && <p className="field__hint">Limited to {f.integer(ch.taskIds.length)} chosen tasks of these roles.</p>}
        </div>
        <div className="field">
          <span className="field__label">Adoption curve</span>
          <Segmented<'s-curve' | 'linear'>
            label="Adoption curve"
            value={a.curve}
            options={[
              { value: 's-curve', label: 'S-curve' },
              { value: 'linear', label: 'Linear to a date' },
            ]}
            onChange={setCurve}
          />
        </div>
        <RangeField label="Adoption target" value={a.target} min={0} max={1} step={0.01} format={pct} onChange={(target) => set({ adoption: { ...a, target } })} hint="Share of the exposed work eventually absorbed." testId={tag('target')} />
        {a.curve === 's-curve' ? (
          <>
            <RangeField
              label="Midpoint"
              value={a.midpointMonths}
              min={0}
              max={Math.max(60, horizonMonths * 2)}
              step={0.5}
              format={(v) => `${f.decimal(v, 1)} months`}
              onChange={(midpointMonths) => set({ adoption: { ...a, midpointMonths } })}
              hint="Months from the start to half the target."
              testId={tag('midpoint')}
            />
            <RangeField label="Steepness" value={a.steepness} min={0.05} max={2} step={0.05} format={(v) => `${f.fixed(v, 2)} / month`} onChange={(steepness) => set({ adoption: { ...a, steepness } })} hint="Larger is a faster switch-over around the midpoint." testId={tag('steepness')} />
          </>
        ) : (
          <div className="field-row">
            <DateField label="Adoption starts" value={a.startDate} onChange={(d) => set({ adoption: { ...a, startDate: d } })} />
            <DateField label="Target reached by" value={a.byDate} onChange={(d) => set({ adoption: { ...a, byDate: d } })} testId={tag('by-date')} />
          </div>
        )}
        <RangeField label="Realisation" value={ch.realisation} min={0} max={1} step={0.01} format={pct} onChange={(realisation) => set({ realisation })} hint="Share of the released capacity actually realised." testId={tag('realisation')} />
        <NumberField label="Investment (one-off)" value={ch.investment} min={0} step={1000} unit={f.currency} onChange={(v) => set({ investment: v ?? 0 })} testId={tag('investment')} />
        <NewRequirements change={ch} refs={refs} startDate={startDate} onChange={set} />
        <MultiPicker label="Objectives served" options={refs.objectives} refs={refs} value={ch.objectiveIds} onChange={(objectiveIds) => set({ objectiveIds })} emptyText="No objective linked" />
      </div>
      <div className="change-grid__preview">
        <AdoptionPreview change={ch} startDate={startDate} horizonMonths={horizonMonths} format={f} />
      </div>
    </div>
  );
}

function NewRequirements({ change: ch, refs, startDate, onChange }: { change: AutomationChange; refs: ScenarioRefs; startDate: string; onChange(p: Partial<AutomationChange>): void }) {
  const rows = ch.newRequirements;
  const update = (i: number, patch: Partial<AutomationChange['newRequirements'][number]>) => onChange({ newRequirements: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const firstSkill = refs.options.skills[0]?.value;
  return (
    <fieldset className="sub-list">
      <legend className="sub-list__legend">New skill requirements</legend>
      {rows.length === 0 && <p className="muted">None: the change adds no requirement.</p>}
      {rows.map((r, i) => (
        <div key={i} className="sub-list__row" data-testid={`automation-${ch.id}-requirement-${i}`}>
          <div className="field">
            <label htmlFor={`${ch.id}-req-role-${i}`}>For</label>
            <select id={`${ch.id}-req-role-${i}`} className="select" value={r.roleId ?? ''} onChange={(e) => update(i, { roleId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">Every automated role</option>
              {ch.roleIds.map((id) => (
                <option key={id} value={id}>
                  {refs.name('roles', id)}
                </option>
              ))}
            </select>
          </div>
          <RefSelect label="Skill" kind="skills" refs={refs} value={r.skillId} onChange={(v) => update(i, { skillId: Number(v) })} />
          <NumberField label="Level" value={r.level} min={0} max={5} step={0.5} onChange={(v) => v !== undefined && update(i, { level: v })} />
          <NumberField label="Weight" value={r.weight} min={0} max={1} step={0.1} onChange={(v) => v !== undefined && update(i, { weight: v })} />
          <DateField label="From" value={r.effectiveDate} onChange={(effectiveDate) => update(i, { effectiveDate })} />
          <button type="button" className="button button--ghost button--small sub-list__remove" aria-label={`Remove requirement ${i + 1}`} onClick={() => onChange({ newRequirements: rows.filter((_, j) => j !== i) })}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={firstSkill === undefined}
        onClick={() => onChange({ newRequirements: [...rows, { roleId: null, skillId: Number(firstSkill), level: 3, weight: 0.5, effectiveDate: ch.adoption.curve === 'linear' ? ch.adoption.byDate : addMonths(startDate, Math.round(ch.adoption.midpointMonths)) }] })}
      >
        Add requirement
      </button>
    </fieldset>
  );
}
