// Budget burn: program fees spent per period and cumulated, against the total learning budget
// and the per-period budget when the plan has them (a what-if sets them).
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '../../../../shared/plan-types';
import { ChartCard } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { periodLabel } from '../plan-labels';

export function BudgetCard({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const theme = useChartTheme();
  const burn = result.learning.budget;
  const rows = burn.map((b) => {
    const p = result.periods.find((x) => x.period === b.period);
    return { ...b, label: p ? periodLabel(f, p.startDate) : String(b.period) };
  });
  const budget = burn.find((b) => b.budget !== null)?.budget ?? null;
  const spent = burn.length > 0 ? burn[burn.length - 1].cumulative : 0;
  const hasPeriodBudget = burn.some((b) => b.periodBudget !== null);
  const tip = tooltipStyle(theme);
  const money = (v: unknown) => f.money(Number(v));
  return (
    <ChartCard
      title="Budget burn"
      testId="chart-budget"
      summary={`Program fees: ${f.money(spent)} spent over the plan${budget === null ? ', no budget cap' : ` against a budget of ${f.money(budget)} (${f.percent(budget > 0 ? spent / budget : 0, 0)} used)`}.`}
      why={
        <p>
          Spend is the fees of the enrolments starting in each period; the cumulative line adds them up. The learning budget caps the fees over the plan; the per-period budget caps each period (when learning starts only every few periods, a start date may spend the budget of each period up to the next one).
          Salary while learning is part of the build cost, not of this budget.
        </p>
      }
      table={{
        columns: ['Period', 'Spend', 'Cumulative', 'Budget', 'Per-period budget'],
        rows: rows.map((r) => [r.label, f.money(r.spend), f.money(r.cumulative), r.budget === null ? 'none' : f.money(r.budget), r.periodBudget === null ? 'none' : f.money(r.periodBudget)]),
      }}
    >
      <p className="plan-burn__lead num" data-testid="budget-spent">
        {f.money(spent)} {budget === null ? 'spent, no cap' : `of ${f.money(budget)}`}
      </p>
      <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 520, height: 240 }}>
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke={theme.grid} vertical={false} />
          <XAxis dataKey="label" tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(rows.length, 10)} />
          <YAxis tickFormatter={(v: number) => f.moneyCompact(v)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={64} />
          <Tooltip {...tip} formatter={(v, n) => [money(v), n]} />
          <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
          <Bar dataKey="spend" name="Spend in the period" fill={theme.series[1]} isAnimationActive={false} />
          <Line dataKey="cumulative" name="Cumulative spend" type="monotone" stroke={theme.series[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
          {hasPeriodBudget && <Line dataKey="periodBudget" name="Per-period budget" type="stepAfter" stroke={theme.series[2]} strokeDasharray="4 3" dot={false} isAnimationActive={false} />}
          {budget !== null && <ReferenceLine y={budget} ifOverflow="extendDomain" stroke={theme.series[4]} strokeDasharray="6 4" label={{ value: `Budget ${f.moneyCompact(budget)}`, fill: theme.text, fontSize: 12, position: 'insideTopRight' }} />}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
