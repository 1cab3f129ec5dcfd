// The Mix view: for each role and period, the build (upskill / reskill), buy, borrow, bot and
// release the plan chooses, as a stacked chart for one role or all, the upskill-vs-reskill split,
// the cost by option, and the table by role and period.
import { useId } from 'react';
import type { PlanResult } from '../../../../shared/plan-types';
import { ChartCard } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { usePlanPeople } from '../people/people-store';
import { mixSeries, optionLabels } from '../plan-labels';
import { usePlanView } from '../view';
import { MixChart } from './MixChart';
import { MixTable } from './MixTable';
import { OptionBars } from './OptionBars';
import { mixCells, mixTotals } from './mix-data';
import { SplitCard } from './SplitCard';

export function MixPanel({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const selectId = useId();
  const selected = usePlanView((s) => s.mixCell);
  const cells = mixCells(result);
  const cell = cells.find((c) => c.key === selected) ?? null;
  const key = cell?.key ?? null;
  const label = cell?.label ?? 'all roles';
  const totals = mixTotals(result, key);
  const byOption = mixSeries.map((s) => ({ option: s, value: totals.cost[s] }));
  const showPeople = () => {
    if (!cell) return;
    usePlanPeople.getState().setRole(cell.roleId);
    usePlanView.getState().setTab('people');
  };
  return (
    <div className="plan-panel" data-testid="plan-mix">
      <div className="plan-toolbar card">
        <div className="field plan-toolbar__field">
          <label htmlFor={selectId}>Role</label>
          <select id={selectId} className="select" value={key ?? ''} onChange={(e) => usePlanView.getState().setMixCell(e.target.value || null)} data-testid="mix-role">
            <option value="">All roles</option>
            <optgroup label="Roles the plan acts on">
              {cells
                .filter((c) => c.active)
                .map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
            </optgroup>
            <optgroup label="Roles without action">
              {cells
                .filter((c) => !c.active)
                .map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
            </optgroup>
          </select>
        </div>
        <p className="plan-toolbar__total num" data-testid="mix-total">
          {label}: {f.money(totals.cost.total)} over the plan
        </p>
        {cell && (
          <button type="button" className="button button--secondary button--small" onClick={showPeople}>
            People in this role
          </button>
        )}
      </div>
      <div className="chart-grid">
        <MixChart result={result} cell={key} cellLabel={label} format={f} />
        <SplitCard result={result} cell={key} cellLabel={label} format={f} />
        <ChartCard
          title={`Cost by option: ${label}`}
          testId="chart-cost-by-option"
          summary={byOption.map((b) => `${optionLabels[b.option]} ${f.money(b.value)}`).join(', ')}
          table={{ columns: ['Option', 'Cost', 'FTE'], rows: mixSeries.map((s) => [optionLabels[s], f.money(totals.cost[s]), f.decimal(totals.fte[s], 1)]) }}
          why={<p>Costs of each option summed over the periods of the plan for {label}. Bot is the scenario&rsquo;s automation investment, not a choice of the plan.</p>}
        >
          <OptionBars data={byOption} show={(v) => f.money(v)} tick={(v) => f.moneyCompact(v)} name="Cost" />
        </ChartCard>
      </div>
      <MixTable result={result} format={f} />
    </div>
  );
}
