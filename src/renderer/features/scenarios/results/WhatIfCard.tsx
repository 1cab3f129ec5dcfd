// Instant what-if: the scenario's main levers as sliders over the results. Moving one edits the
// draft (nothing is saved); the figures follow as a preview a moment later.
import type { ScenarioBody, ScenarioChange } from '../../../../shared/domain/scenario';
import { RangeField } from '../../../components/RangeField';
import type { Formatter } from '../../../format';
import { useDraftStore } from '../draft-store';

interface Slider {
  key: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format(v: number): string;
  set(c: ScenarioChange, v: number): ScenarioChange;
  changeId: string;
}

export function whatIfSliders(body: ScenarioBody, f: Formatter): Slider[] {
  const pct = (v: number) => f.percent(v, 0);
  const out: Slider[] = [];
  for (const ch of body.changes) {
    const base = { changeId: ch.id };
    if (ch.type === 'automation') {
      out.push(
        { ...base, key: `${ch.id}:target`, label: `${ch.label}: adoption target`, value: ch.adoption.target, min: 0, max: 1, step: 0.01, format: pct, set: (c, v) => (c.type === 'automation' ? { ...c, adoption: { ...c.adoption, target: v } } : c) },
        { ...base, key: `${ch.id}:realisation`, label: `${ch.label}: realisation`, value: ch.realisation, min: 0, max: 1, step: 0.01, format: pct, set: (c, v) => (c.type === 'automation' ? { ...c, realisation: v } : c) },
      );
    } else if (ch.type === 'new-market') {
      out.push({ ...base, key: `${ch.id}:internal`, label: `${ch.label}: internal share`, value: ch.internalShare, min: 0, max: 1, step: 0.01, format: pct, set: (c, v) => (c.type === 'new-market' ? { ...c, internalShare: v } : c) });
    } else if (ch.type === 'attrition') {
      out.push({ ...base, key: `${ch.id}:rate`, label: `Attrition override (${ch.id})`, value: ch.annualRate, min: 0, max: 0.6, step: 0.005, format: (v) => f.percent(v, 1), set: (c, v) => (c.type === 'attrition' ? { ...c, annualRate: v } : c) });
    } else if (ch.type === 'demand') {
      out.push({ ...base, key: `${ch.id}:growth`, label: `Demand change a year (${ch.id})`, value: ch.annualGrowth, min: -0.5, max: 0.5, step: 0.005, format: (v) => f.percent(v, 1), set: (c, v) => (c.type === 'demand' ? { ...c, annualGrowth: v } : c) });
    } else if (ch.type === 'salary-inflation') {
      out.push({ ...base, key: `${ch.id}:inflation`, label: 'Salary inflation', value: ch.annualRate, min: -0.1, max: 0.2, step: 0.0025, format: (v) => f.percent(v, 2), set: (c, v) => (c.type === 'salary-inflation' ? { ...c, annualRate: v } : c) });
    }
  }
  return out;
}

export function WhatIfCard({ body, preview, updating, format: f }: { body: ScenarioBody; preview: boolean; updating: boolean; format: Formatter }) {
  const sliders = whatIfSliders(body, f);
  const { updateChange, discard } = useDraftStore.getState();
  return (
    <section className="card sc-whatif chart-card--span-2" aria-labelledby="sc-whatif-title" data-testid="what-if">
      <header className="card__header">
        <h3 id="sc-whatif-title" className="card__title">
          What if…
        </h3>
        <div className="card__tools">
          <span className={`sc-status${preview ? ' sc-status--dirty' : ''}`} role="status" data-testid="what-if-state">
            {preview ? (updating ? 'Updating the preview…' : 'Unsaved preview') : 'Showing the saved version'}
          </span>
          {preview && (
            <button type="button" className="button button--ghost button--small" onClick={discard}>
              Back to saved
            </button>
          )}
        </div>
      </header>
      {sliders.length === 0 ? (
        <p className="muted">This scenario has no lever to slide yet: add an automation, market, attrition, demand or inflation change in Build.</p>
      ) : (
        <div className="sc-whatif__sliders">
          {sliders.map((s) => (
            <RangeField key={s.key} label={s.label} value={s.value} min={s.min} max={s.max} step={s.step} format={s.format} onChange={(v) => updateChange(s.changeId, (c) => s.set(c, v))} testId={`what-if-${s.key}`} />
          ))}
        </div>
      )}
    </section>
  );
}
