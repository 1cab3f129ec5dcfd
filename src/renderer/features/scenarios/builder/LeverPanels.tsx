// The other levers a planner expects: demand growth or cut, attrition override, hiring freeze,
// time-to-fill override (each for a scope of roles, org units and locations; empty means
// everyone) and salary inflation.
import type { Scope, ScenarioChange } from '../../../../shared/domain/scenario';
import { RangeField } from '../../../components/RangeField';
import type { Formatter } from '../../../format';
import type { ScenarioRefs } from '../refs';
import { DateField } from './fields';
import { MultiPicker } from './pickers';

type Of<T extends ScenarioChange['type']> = Extract<ScenarioChange, { type: T }>;

interface PanelProps<T extends ScenarioChange['type']> {
  change: Of<T>;
  refs: ScenarioRefs;
  format: Formatter;
  onChange(update: (c: Of<T>) => Of<T>): void;
}

function ScopeFields({ scope, refs, onChange, id }: { scope: Scope; refs: ScenarioRefs; onChange(s: Scope): void; id: string }) {
  const everyone = scope.roleIds.length + scope.orgUnitIds.length + scope.locationIds.length === 0;
  return (
    <div className="scope" data-testid={`scope-${id}`}>
      <p className="scope__summary">{everyone ? 'Applies to everyone. Narrow it by role, org unit or location:' : 'Applies where all the chosen lists match:'}</p>
      <div className="scope__pickers">
        <MultiPicker label="Roles" kind="roles" refs={refs} value={scope.roleIds} onChange={(roleIds) => onChange({ ...scope, roleIds })} emptyText="all roles" />
        <MultiPicker label="Org units" kind="orgUnits" refs={refs} value={scope.orgUnitIds} onChange={(orgUnitIds) => onChange({ ...scope, orgUnitIds })} emptyText="all units" />
        <MultiPicker label="Locations" kind="locations" refs={refs} value={scope.locationIds} onChange={(locationIds) => onChange({ ...scope, locationIds })} emptyText="all locations" />
      </div>
    </div>
  );
}

export function DemandPanel({ change: ch, refs, format: f, onChange }: PanelProps<'demand'>) {
  return (
    <div className="lever-panel">
      <RangeField
        label="Demand change a year"
        value={ch.annualGrowth}
        min={-0.5}
        max={0.5}
        step={0.005}
        format={(v) => `${v > 0 ? '+' : ''}${f.percent(v, 1)}`}
        onChange={(annualGrowth) => onChange((c) => ({ ...c, annualGrowth }))}
        hint="Compounded: +5% a year is 1.05 x the baseline after a year."
        testId={`demand-${ch.id}-growth`}
      />
      <ScopeFields id={ch.id} scope={ch.scope} refs={refs} onChange={(scope) => onChange((c) => ({ ...c, scope }))} />
    </div>
  );
}

export function AttritionPanel({ change: ch, refs, format: f, onChange }: PanelProps<'attrition'>) {
  return (
    <div className="lever-panel">
      <RangeField
        label="Attrition a year"
        value={ch.annualRate}
        min={0}
        max={0.6}
        step={0.005}
        format={(v) => f.percent(v, 1)}
        onChange={(annualRate) => onChange((c) => ({ ...c, annualRate }))}
        hint="Replaces the exit rate from rates, moves history or the family default."
        testId={`attrition-${ch.id}-rate`}
      />
      <ScopeFields id={ch.id} scope={ch.scope} refs={refs} onChange={(scope) => onChange((c) => ({ ...c, scope }))} />
    </div>
  );
}

export function HiringFreezePanel({ change: ch, refs, onChange }: PanelProps<'hiring-freeze'>) {
  return (
    <div className="lever-panel">
      <div className="field-row">
        <DateField label="Freeze from" value={ch.from} onChange={(from) => onChange((c) => ({ ...c, from }))} testId={`freeze-${ch.id}-from`} />
        <DateField label="Freeze until" value={ch.to} onChange={(to) => onChange((c) => ({ ...c, to }))} testId={`freeze-${ch.id}-to`} />
      </div>
      <ScopeFields id={ch.id} scope={ch.scope} refs={refs} onChange={(scope) => onChange((c) => ({ ...c, scope }))} />
    </div>
  );
}

export function TimeToFillPanel({ change: ch, refs, format: f, onChange }: PanelProps<'time-to-fill'>) {
  return (
    <div className="lever-panel">
      <RangeField
        label="Days to fill a vacancy"
        value={ch.days}
        min={0}
        max={365}
        step={1}
        format={(v) => `${f.integer(v)} days`}
        onChange={(days) => onChange((c) => ({ ...c, days }))}
        testId={`ttf-${ch.id}-days`}
      />
      <ScopeFields id={ch.id} scope={ch.scope} refs={refs} onChange={(scope) => onChange((c) => ({ ...c, scope }))} />
    </div>
  );
}

export function SalaryInflationPanel({ change: ch, format: f, onChange }: PanelProps<'salary-inflation'>) {
  return (
    <div className="lever-panel">
      <RangeField
        label="Salary inflation a year"
        value={ch.annualRate}
        min={-0.1}
        max={0.2}
        step={0.0025}
        format={(v) => f.percent(v, 2)}
        onChange={(annualRate) => onChange((c) => ({ ...c, annualRate }))}
        hint="Applies to payroll and hiring cost from the start; replaces the engagement default."
        testId={`inflation-${ch.id}-rate`}
      />
    </div>
  );
}
