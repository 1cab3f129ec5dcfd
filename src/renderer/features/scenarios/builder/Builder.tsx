// The builder: the grid, hiring policy and assumptions on top, then one panel per change in the
// draft (automation, new market, demand, attrition, hiring freeze, time-to-fill, salary
// inflation) with their live previews, and a row to add changes. Every edit goes to the draft
// store; the results above follow as an unsaved preview.
import type { ScenarioBody, ScenarioChange } from '../../../../shared/domain/scenario';
import type { Formatter } from '../../../format';
import { useDraftStore } from '../draft-store';
import type { ScenarioRefs } from '../refs';
import { AutomationPanel } from './AutomationPanel';
import { ChangePanel } from './ChangePanel';
import { changeTitle, changeTypes, draftProblems, newChange, type ChangeType } from './changes';
import { MONTHS_PER_PERIOD } from './curves';
import { AttritionPanel, DemandPanel, HiringFreezePanel, SalaryInflationPanel, TimeToFillPanel } from './LeverPanels';
import { NewMarketPanel } from './NewMarketPanel';
import { AssumptionsPanel, SettingsPanel } from './SettingsPanels';
import './builder.css';

interface BuilderProps {
  body: ScenarioBody;
  refs: ScenarioRefs;
  format: Formatter;
}

export function Builder({ body, refs, format: f }: BuilderProps) {
  const { setBody, updateChange, addChange, removeChange } = useDraftStore.getState();
  const problems = draftProblems(body);
  const horizonMonths = body.periods * MONTHS_PER_PERIOD[body.periodUnit];
  const firstLocation = refs.options.locations[0] ? Number(refs.options.locations[0].value) : null;

  const panel = (ch: ScenarioChange) => {
    const on = <C extends ScenarioChange>(u: (c: C) => C) => updateChange<C>(ch.id, u);
    switch (ch.type) {
      case 'automation':
        return <AutomationPanel change={ch} startDate={body.startDate} horizonMonths={horizonMonths} refs={refs} format={f} onChange={on} />;
      case 'new-market':
        return <NewMarketPanel change={ch} startDate={body.startDate} horizonMonths={horizonMonths} refs={refs} format={f} onChange={on} />;
      case 'demand':
        return <DemandPanel change={ch} refs={refs} format={f} onChange={on} />;
      case 'attrition':
        return <AttritionPanel change={ch} refs={refs} format={f} onChange={on} />;
      case 'hiring-freeze':
        return <HiringFreezePanel change={ch} refs={refs} format={f} onChange={on} />;
      case 'time-to-fill':
        return <TimeToFillPanel change={ch} refs={refs} format={f} onChange={on} />;
      case 'salary-inflation':
        return <SalaryInflationPanel change={ch} refs={refs} format={f} onChange={on} />;
    }
  };

  const general = problems.filter((p) => p.changeId === null);
  return (
    <div className="builder" data-testid="scenario-builder">
      <div className="builder__top" aria-label="Scenario settings" role="group">
        <SettingsPanel body={body} format={f} onChange={setBody} />
        <AssumptionsPanel assumptions={body.assumptions} onChange={(assumptions) => setBody((b) => ({ ...b, assumptions }))} />
      </div>
      {general.length > 0 && (
        <ul className="notice notice--error builder__problems" role="alert">
          {general.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {body.changes.length === 0 && (
        <section className="card builder-card">
          <p className="muted">No changes: this is the baseline&rsquo;s workforce on this grid. Add a change below.</p>
        </section>
      )}
      {body.changes.map((ch) => (
        <ChangePanel
          key={ch.id}
          type={ch.type}
          title={changeTitle(ch, f)}
          changeId={ch.id}
          problems={problems.filter((p) => p.changeId === ch.id)}
          readOnly={false}
          onRemove={() => removeChange(ch.id)}
        >
          {panel(ch)}
        </ChangePanel>
      ))}
      <section className="card builder-card add-change" aria-labelledby="sc-add-change">
        <h3 id="sc-add-change" className="builder-card__title">
          Add a change
        </h3>
        <div className="add-change__buttons">
          {changeTypes.map((t) => (
            <button key={t.type} type="button" className="button button--secondary button--small" title={t.description} data-testid={`add-change-${t.type}`} onClick={() => addChange(newChange(t.type as ChangeType, body, firstLocation))}>
              + {t.label}
            </button>
          ))}
        </div>
      </section>
    </div>
  );
}
