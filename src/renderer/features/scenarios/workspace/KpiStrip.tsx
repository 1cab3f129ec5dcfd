// Headline figures of the scenario on screen at its horizon (supply, demand, gap, shortage,
// surplus), over the horizon (hires, exits) and its total cost. While the draft has unsaved
// edits they are a preview, each with its difference from the saved version. Every figure
// explains itself through the host.
import type { ScenarioKpis, ScenarioRunResult } from '../../../../shared/scenario-types';
import type { Formatter } from '../../../format';
import { ScenarioWhy, type Figure } from '../results/Why';

interface KpiStripProps {
  result: ScenarioRunResult;
  /** The saved version's figures, when the shown ones are a preview. */
  saved: ScenarioRunResult | null;
  preview: boolean;
  updating: boolean;
  format: Formatter;
}

type Key = keyof ScenarioKpis;

export function KpiStrip({ result, saved, preview, updating, format: f }: KpiStripProps) {
  const k = result.kpis;
  const T = result.settings.periods;
  const horizon = f.date(result.dates[T]);
  const fte = (v: number) => f.fixed(v, 1);
  const signed = (v: number, show: (x: number) => string) => `${v > 0 ? '+' : v < 0 ? '\u2212' : '\u00b1'}${show(Math.abs(v))}`;
  const cards: { id: Key; label: string; value: string; detail: string; figure: Figure; show(v: number): string; intro?: string }[] = [
    { id: 'supply', label: 'Supply', value: fte(k.supply), detail: `FTE on ${horizon}`, figure: 'supply', show: (v) => f.decimal(v, 1) },
    { id: 'demand', label: 'Demand', value: fte(k.demand), detail: `FTE on ${horizon}`, figure: 'demand', show: (v) => f.decimal(v, 1) },
    {
      id: 'gap',
      label: 'Net gap',
      value: fte(k.gap),
      detail: `FTE, ${k.gap > 0 ? 'short overall' : k.gap < 0 ? 'surplus overall' : 'balanced'}`,
      figure: 'gap',
      show: (v) => f.decimal(v, 1),
    },
    {
      id: 'shortage',
      label: 'Shortage',
      value: fte(k.shortage),
      detail: 'FTE where demand exceeds supply',
      figure: 'gap',
      show: (v) => f.decimal(v, 1),
      intro: 'Shortage adds up demand \u2212 supply wherever it is positive, cell by cell (role, site, unit), so a surplus in one place does not hide a shortage in another. The net gap it is built from:',
    },
    {
      id: 'surplus',
      label: 'Surplus',
      value: fte(k.surplus),
      detail: 'FTE where supply exceeds demand',
      figure: 'gap',
      show: (v) => f.decimal(v, 1),
      intro: 'Surplus adds up supply \u2212 demand wherever it is positive, cell by cell. The net gap it is built from:',
    },
    { id: 'hires', label: 'Hires', value: f.decimal(k.hires, 0), detail: `external, over ${T} ${result.settings.periodUnit}s`, figure: 'hires', show: (v) => f.decimal(v, 0), intro: `The sum over the ${T} periods of the hires each period; the last period:` },
    { id: 'exits', label: 'Exits', value: f.decimal(k.exits, 0), detail: `leavers, over ${T} ${result.settings.periodUnit}s`, figure: 'exits', show: (v) => f.decimal(v, 0), intro: `The sum over the ${T} periods of each period\u2019s exits; the last period:` },
    {
      id: 'totalCost',
      label: 'Total cost',
      value: f.moneyCompact(k.totalCost),
      detail: `of which hiring ${f.moneyCompact(k.hiringCost)}${k.investment > 0 ? `, investment ${f.moneyCompact(k.investment)}` : ''}`,
      figure: 'cost',
      show: (v) => f.moneyCompact(v),
      intro: `Total cost = payroll ${f.money(k.payroll)} + hiring ${f.money(k.hiringCost)} + investment ${f.money(k.investment)} (one-off), over the horizon. Each period\u2019s payroll and hiring cost is computed as below (the last period):`,
    },
  ];
  return (
    <div className={`kpi-grid sc-kpis${preview ? ' sc-kpis--preview' : ''}`} role="list" aria-label="Key figures of the scenario" aria-busy={updating || undefined} data-testid="scenario-kpis">
      {cards.map((c) => {
        const delta = preview && saved ? k[c.id] - saved.kpis[c.id] : null;
        return (
          <div role="listitem" key={c.id}>
            <section className="kpi card sc-kpi" aria-labelledby={`sc-kpi-${c.id}`} data-testid={`scenario-kpi-${c.id}`}>
              <div className="kpi__head">
                <h3 id={`sc-kpi-${c.id}`} className="kpi__label">
                  {c.label}
                </h3>
                <ScenarioWhy label={c.label} request={{ figure: c.figure, period: T }} intro={c.intro} />
              </div>
              <p className="kpi__value num sc-kpi__value" data-testid={`scenario-kpi-${c.id}-value`}>
                {c.value}
              </p>
              <p className="kpi__detail">{c.detail}</p>
              {delta !== null && c.show(Math.abs(delta)) !== c.show(0) && (
                <p className={`sc-kpi__delta num ${delta > 0 ? 'is-up' : 'is-down'}`} data-testid={`scenario-kpi-${c.id}-delta`}>
                  {signed(delta, c.show)} vs saved
                </p>
              )}
            </section>
          </div>
        );
      })}
    </div>
  );
}
