// Levers: the scalar assumptions a planner can move (sliders, tornado, goal-seek), each with
// how to read it from and write it into a scenario body or the compile options, and the range
// it may take. Applying a lever returns a new body/options; nothing is mutated.
import { AppError } from '../../../shared/result';
import type { ScenarioBody, ScenarioChange } from '../../../shared/domain/scenario';
import { addRealMonths, monthsBetween } from './calendar';
import type { CompileOptions } from './types';

export type Lever =
  | { kind: 'adoption-target' | 'realisation' | 'adoption-time' | 'exposure'; changeId: string }
  | { kind: 'demand-growth' | 'attrition-override'; changeId: string }
  | { kind: 'ramp-scale' | 'ramp-length-scale' | 'internal-share'; changeId: string }
  | { kind: 'salary-inflation' | 'attrition-scale' | 'time-to-fill-scale' | 'hiring-capacity-scale' | 'recruiting-share' };

export interface LeverInfo {
  lever: Lever;
  label: string;
  value: number;
  min: number;
  max: number;
  unit: string;
}

export interface Setting {
  body: ScenarioBody;
  options: CompileOptions;
  /** Engagement defaults some levers start from. */
  defaults: { salaryInflation: number; recruitingShare: number };
}

type Change<T extends ScenarioChange['type']> = Extract<ScenarioChange, { type: T }>;

function find<T extends ScenarioChange['type']>(s: Setting, id: string, type: T): Change<T> {
  const ch = s.body.changes.find((c) => c.id === id && c.type === type);
  if (!ch) throw new AppError('not-found', `No ${type} change with id ${id} in this scenario.`);
  return ch as Change<T>;
}

function replace<T extends ScenarioChange['type']>(s: Setting, id: string, type: T, f: (ch: Change<T>) => Change<T>): Setting {
  return { ...s, body: { ...s.body, changes: s.body.changes.map((c) => (c.id === id && c.type === type ? f(c as Change<T>) : c)) } };
}

/** Current value, range and label of a lever in a setting. */
export function leverInfo(s: Setting, lever: Lever): LeverInfo {
  const opt = (v: number | undefined) => v ?? 1;
  switch (lever.kind) {
    case 'adoption-target':
      return { lever, label: `${find(s, lever.changeId, 'automation').label}: adoption target`, value: find(s, lever.changeId, 'automation').adoption.target, min: 0, max: 1, unit: 'share' };
    case 'realisation':
      return { lever, label: `${find(s, lever.changeId, 'automation').label}: realisation`, value: find(s, lever.changeId, 'automation').realisation, min: 0, max: 1, unit: 'share' };
    case 'exposure': {
      const ch = find(s, lever.changeId, 'automation');
      if (ch.exposure.from !== 'manual') throw new AppError('validation', `${ch.label}: exposure comes from ${ch.exposure.from}, not a manual value.`);
      return { lever, label: `${ch.label}: exposure`, value: ch.exposure.value, min: 0, max: 1, unit: 'share' };
    }
    case 'adoption-time': {
      const ch = find(s, lever.changeId, 'automation');
      const a = ch.adoption;
      const value = a.curve === 's-curve' ? a.midpointMonths : monthsBetween(a.startDate, a.byDate);
      return { lever, label: `${ch.label}: ${a.curve === 's-curve' ? 'adoption midpoint' : 'months to target'}`, value, min: 0, max: 240, unit: 'months' };
    }
    case 'demand-growth':
      return { lever, label: `Demand growth ${lever.changeId}`, value: find(s, lever.changeId, 'demand').annualGrowth, min: -1, max: 5, unit: 'per year' };
    case 'attrition-override':
      return { lever, label: `Attrition ${lever.changeId}`, value: find(s, lever.changeId, 'attrition').annualRate, min: 0, max: 1, unit: 'per year' };
    case 'ramp-scale':
      return { lever, label: `${find(s, lever.changeId, 'new-market').label}: ramp targets x`, value: 1, min: 0, max: 10, unit: 'x' };
    case 'ramp-length-scale':
      return { lever, label: `${find(s, lever.changeId, 'new-market').label}: ramp length x`, value: 1, min: 0, max: 10, unit: 'x' };
    case 'internal-share':
      return { lever, label: `${find(s, lever.changeId, 'new-market').label}: internal share`, value: find(s, lever.changeId, 'new-market').internalShare, min: 0, max: 1, unit: 'share' };
    case 'salary-inflation': {
      const ch = s.body.changes.filter((c) => c.type === 'salary-inflation').pop();
      return { lever, label: 'Salary inflation', value: ch?.annualRate ?? s.defaults.salaryInflation, min: -0.5, max: 1, unit: 'per year' };
    }
    case 'attrition-scale':
      return { lever, label: 'Attrition rates x', value: opt(s.options.attritionScale), min: 0, max: 5, unit: 'x' };
    case 'time-to-fill-scale':
      return { lever, label: 'Time-to-fill x', value: opt(s.options.timeToFillScale), min: 0, max: 10, unit: 'x' };
    case 'hiring-capacity-scale':
      return { lever, label: 'Hiring capacity x', value: opt(s.options.hiringCapacityScale), min: 0, max: 10, unit: 'x' };
    case 'recruiting-share':
      return { lever, label: 'Recruiting cost (share of salary)', value: s.options.recruitingShare ?? s.defaults.recruitingShare, min: 0, max: 2, unit: 'share' };
  }
}

/** The setting with the lever at `value` (clamped to its range). */
export function withLever(s: Setting, lever: Lever, value: number): Setting {
  const info = leverInfo(s, lever);
  const v = Math.min(info.max, Math.max(info.min, value));
  switch (lever.kind) {
    case 'adoption-target':
      return replace(s, lever.changeId, 'automation', (ch) => ({ ...ch, adoption: { ...ch.adoption, target: v } }));
    case 'realisation':
      return replace(s, lever.changeId, 'automation', (ch) => ({ ...ch, realisation: v }));
    case 'exposure':
      return replace(s, lever.changeId, 'automation', (ch) => ({ ...ch, exposure: { from: 'manual', value: v } }));
    case 'adoption-time':
      return replace(s, lever.changeId, 'automation', (ch) => {
        const a = ch.adoption;
        return { ...ch, adoption: a.curve === 's-curve' ? { ...a, midpointMonths: v } : { ...a, byDate: addRealMonths(a.startDate, v) } };
      });
    case 'demand-growth':
      return replace(s, lever.changeId, 'demand', (ch) => ({ ...ch, annualGrowth: v }));
    case 'attrition-override':
      return replace(s, lever.changeId, 'attrition', (ch) => ({ ...ch, annualRate: v }));
    case 'ramp-scale':
      return replace(s, lever.changeId, 'new-market', (ch) => ({ ...ch, ramp: ch.ramp.map((r) => ({ ...r, target: r.target * v })) }));
    case 'ramp-length-scale':
      // Ramp lengths are whole months in the schema; the engine reads real months, so keep the
      // fraction (sliders and goal-seek need a continuous lever).
      return replace(s, lever.changeId, 'new-market', (ch) => ({ ...ch, ramp: ch.ramp.map((r) => ({ ...r, rampMonths: r.rampMonths * v })) }));
    case 'internal-share':
      return replace(s, lever.changeId, 'new-market', (ch) => ({ ...ch, internalShare: v }));
    case 'salary-inflation': {
      const others = s.body.changes.filter((c) => c.type !== 'salary-inflation');
      return { ...s, body: { ...s.body, changes: [...others, { type: 'salary-inflation', id: 'lever-inflation', annualRate: v }] } };
    }
    case 'attrition-scale':
      return { ...s, options: { ...s.options, attritionScale: v } };
    case 'time-to-fill-scale':
      return { ...s, options: { ...s.options, timeToFillScale: v } };
    case 'hiring-capacity-scale':
      return { ...s, options: { ...s.options, hiringCapacityScale: v } };
    case 'recruiting-share':
      return { ...s, options: { ...s.options, recruitingShare: v } };
  }
}

/** Every lever the scenario offers: its changes' own, then the engagement-wide ones. */
export function listLevers(s: Setting): LeverInfo[] {
  const levers: Lever[] = [];
  for (const ch of s.body.changes) {
    if (ch.type === 'automation') {
      levers.push({ kind: 'adoption-target', changeId: ch.id }, { kind: 'realisation', changeId: ch.id }, { kind: 'adoption-time', changeId: ch.id });
      if (ch.exposure.from === 'manual') levers.push({ kind: 'exposure', changeId: ch.id });
    } else if (ch.type === 'new-market') {
      levers.push({ kind: 'ramp-scale', changeId: ch.id }, { kind: 'ramp-length-scale', changeId: ch.id }, { kind: 'internal-share', changeId: ch.id });
    } else if (ch.type === 'demand') levers.push({ kind: 'demand-growth', changeId: ch.id });
    else if (ch.type === 'attrition') levers.push({ kind: 'attrition-override', changeId: ch.id });
  }
  levers.push({ kind: 'attrition-scale' }, { kind: 'time-to-fill-scale' }, { kind: 'hiring-capacity-scale' }, { kind: 'salary-inflation' }, { kind: 'recruiting-share' });
  return levers.map((l) => leverInfo(s, l));
}
