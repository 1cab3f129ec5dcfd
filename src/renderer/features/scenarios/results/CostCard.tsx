// Cost over the horizon: payroll and hiring cost per period, or cumulated with the one-off
// investment booked at the start (the model holds no timing for it).
import { useState } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioRunResult } from '../../../../shared/scenario-types';
import { ChartCard, Segmented } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { ScenarioWhy } from './Why';

type View = 'period' | 'cumulative';

export function costRows(result: ScenarioRunResult) {
  const t = result.total!;
  let payroll = 0;
  let hiring = 0;
  return result.dates.map((d, k) => {
    payroll += t.values.payroll[k];
    hiring += t.values.hiringCost[k];
    return { date: d, payroll: t.values.payroll[k], hiring: t.values.hiringCost[k], cumPayroll: payroll, cumHiring: hiring, investment: result.kpis.investment };
  });
}

export function CostCard({ result, format: f }: { result: ScenarioRunResult; format: Formatter }) {
  const theme = useChartTheme();
  const [view, setView] = useState<View>('period');
  if (!result.total) return null;
  const rows = costRows(result).slice(1);
  const k = result.kpis;
  const T = result.dates.length - 1;
  const tip = tooltipStyle(theme);
  const money = (v: unknown) => f.money(Number(v));
  return (
    <ChartCard
      title="Cost"
      testId="chart-cost"
      summary={`Over the horizon: payroll ${f.money(k.payroll)}, hiring ${f.money(k.hiringCost)}, investment ${f.money(k.investment)}; total ${f.money(k.totalCost)}.`}
      actions={<Segmented<View> label="Cost view" value={view} options={[{ value: 'period', label: 'Per period' }, { value: 'cumulative', label: 'Cumulative' }]} onChange={setView} />}
      why={
        <>
          <p>Payroll = supply FTE x cost per FTE x (1 + salary inflation)^years, per period. Hiring cost = hires x cost per FTE x recruiting share of salary. Investment: the automation changes&rsquo; one-off amounts{view === 'cumulative' ? ', shown at the start' : ''}.</p>
          <p className="sc-why__inline">
            The last period, explained: <ScenarioWhy label={`Cost on ${f.date(result.dates[T])}`} request={{ figure: 'cost', period: T }} />
          </p>
        </>
      }
      table={{
        columns: ['Period ending', 'Payroll', 'Hiring', 'Cumulative incl. investment'],
        rows: rows.map((r) => [f.date(r.date), f.money(r.payroll), f.money(r.hiring), f.money(r.cumPayroll + r.cumHiring + r.investment)]),
      }}
    >
      <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 520, height: 260 }}>
        {view === 'period' ? (
          <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke={theme.grid} vertical={false} />
            <XAxis dataKey="date" tickFormatter={(d: string) => f.date(d)} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(rows.length)} />
            <YAxis tickFormatter={(v: number) => f.moneyCompact(v)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={64} />
            <Tooltip {...tip} labelFormatter={(d) => f.date(String(d))} formatter={(v, n) => [money(v), n]} />
            <Legend wrapperStyle={legendStyle(theme)} />
            <Bar dataKey="payroll" name="Payroll" stackId="c" fill={theme.series[0]} isAnimationActive={false} />
            <Bar dataKey="hiring" name="Hiring" stackId="c" fill={theme.series[2]} isAnimationActive={false} />
          </BarChart>
        ) : (
          <AreaChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke={theme.grid} vertical={false} />
            <XAxis dataKey="date" tickFormatter={(d: string) => f.date(d)} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(rows.length)} />
            <YAxis tickFormatter={(v: number) => f.moneyCompact(v)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={64} />
            <Tooltip {...tip} labelFormatter={(d) => f.date(String(d))} formatter={(v, n) => [money(v), n]} />
            <Legend wrapperStyle={legendStyle(theme)} />
            <Area dataKey="investment" name="Investment (one-off)" stackId="c" stroke={theme.series[3]} fill={theme.series[3]} fillOpacity={0.3} isAnimationActive={false} />
            <Area dataKey="cumPayroll" name="Payroll" stackId="c" stroke={theme.series[0]} fill={theme.series[0]} fillOpacity={0.3} isAnimationActive={false} />
            <Area dataKey="cumHiring" name="Hiring" stackId="c" stroke={theme.series[2]} fill={theme.series[2]} fillOpacity={0.3} isAnimationActive={false} />
          </AreaChart>
        )}
      </ResponsiveContainer>
    </ChartCard>
  );
}
