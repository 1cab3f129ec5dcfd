// The comparison's headline figures side by side, each with its difference from the baseline
// (on the scenario's own period grid): sign always shown, coloured by whether it is better or
// worse for the plan (more shortage or cost is worse; supply and demand are neither).
import type { ComparisonEntry, ScenarioKpis } from '../../../../shared/scenario-types';
import type { Formatter } from '../../../format';
import { ScenarioWhy, type Figure } from '../results/Why';

type Key = keyof ScenarioKpis;
type Better = 'lower' | 'higher' | null;

const rows: { key: Key; label: string; money?: boolean; better: Better; figure?: Figure; horizon: boolean }[] = [
  { key: 'supply', label: 'Supply (FTE)', better: null, figure: 'supply', horizon: true },
  { key: 'demand', label: 'Demand (FTE)', better: null, figure: 'demand', horizon: true },
  { key: 'gap', label: 'Net gap (FTE)', better: null, figure: 'gap', horizon: true },
  { key: 'shortage', label: 'Shortage (FTE)', better: 'lower', figure: 'gap', horizon: true },
  { key: 'surplus', label: 'Surplus (FTE)', better: 'lower', figure: 'gap', horizon: true },
  { key: 'hires', label: 'Hires', better: null, figure: 'hires', horizon: false },
  { key: 'exits', label: 'Exits', better: null, figure: 'exits', horizon: false },
  { key: 'transfers', label: 'Internal moves', better: null, horizon: false },
  { key: 'payroll', label: 'Payroll', money: true, better: 'lower', horizon: false },
  { key: 'hiringCost', label: 'Hiring cost', money: true, better: 'lower', horizon: false },
  { key: 'investment', label: 'Investment', money: true, better: 'lower', horizon: false },
  { key: 'totalCost', label: 'Total cost', money: true, better: 'lower', figure: 'cost', horizon: false },
];

export function deltaTone(better: Better, d: number): 'better' | 'worse' | 'neutral' {
  if (better === null || Math.abs(d) < 1e-9) return 'neutral';
  return (better === 'lower') === d < 0 ? 'better' : 'worse';
}

export function KpiTable({ entries, format: f }: { entries: ComparisonEntry[]; format: Formatter }) {
  const show = (money: boolean | undefined, v: number) => (money ? f.moneyCompact(v) : f.fixed(v, 1));
  const signed = (money: boolean | undefined, v: number) => (Math.abs(v) < 1e-9 ? '±0' : `${v > 0 ? '+' : '\u2212'}${show(money, Math.abs(v))}`);
  return (
    <div className="table-wrap">
      <table className="table compare-kpis" data-testid="compare-kpis">
        <caption className="sr-only">Key figures of each scenario and their difference from the baseline</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {entries.map((e) => (
              <th key={`${e.scenario.id}@${e.scenario.version}`} scope="col" className="num">
                {e.scenario.id === 'baseline' ? 'Baseline' : e.scenario.name}
                {e.scenario.version !== null && <span className="muted"> v{e.scenario.version}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`compare-row-${r.key}`}>
              <th scope="row">
                {r.label}
                <span className="muted compare-kpis__when">{r.horizon ? ' at the horizon' : ' over the horizon'}</span>
              </th>
              {entries.map((e) => {
                const d = e.deltas[r.key];
                const tone = deltaTone(r.better, d);
                const T = e.dates.length - 1;
                return (
                  <td key={`${e.scenario.id}@${e.scenario.version}`} className="num compare-kpis__cell">
                    <span className="compare-kpis__value">
                      {show(r.money, e.kpis[r.key])}
                      {r.figure && (
                        <ScenarioWhy
                          label={`${r.label}, ${e.scenario.id === 'baseline' ? 'baseline' : e.scenario.name}`}
                          request={{ figure: r.figure, period: T }}
                          target={e.scenario.version === null ? { scenarioId: e.scenario.id } : { scenarioId: e.scenario.id, version: e.scenario.version }}
                          intro={r.horizon ? undefined : `Summed over the ${T} periods; the last period is explained below.`}
                        />
                      )}
                    </span>
                    {e.scenario.id !== 'baseline' && (
                      <span className={`compare-delta compare-delta--${tone}`} data-testid={`delta-${r.key}-${e.scenario.id}`}>
                        {signed(r.money, d)}
                        <span className="sr-only"> against the baseline{tone !== 'neutral' ? `, ${tone}` : ''}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
