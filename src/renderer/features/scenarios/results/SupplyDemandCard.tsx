// Supply against demand over the horizon, for the organisation or one role, with the P10-P90
// band of each from the Monte Carlo run when there is one for what is on screen.
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonteCarloResult, ScenarioRunResult, SeriesGroup } from '../../../../shared/scenario-types';
import { ChartCard } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { axisNumber, legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { ScenarioWhy } from './Why';

interface SupplyDemandCardProps {
  result: ScenarioRunResult;
  roleId: number | null;
  onRole(roleId: number | null): void;
  /** Monte Carlo result for exactly what is shown, or null. */
  mc: MonteCarloResult | null;
  /** The saved version's run, drawn faintly while the shown figures are an unsaved preview. */
  saved?: ScenarioRunResult | null;
  format: Formatter;
}

/** Roles worth charting: someone in post or wanted at some point. */
export const activeRoles = (result: ScenarioRunResult): SeriesGroup[] =>
  (result.roles ?? []).filter((g) => g.key !== null && (g.values.supply.some((v) => v > 0) || g.values.demand.some((v) => v > 0))).sort((a, b) => a.label.localeCompare(b.label));

export function SupplyDemandCard({ result, roleId, onRole, mc, saved, format: f }: SupplyDemandCardProps) {
  const theme = useChartTheme();
  const roles = activeRoles(result);
  const group = roleId === null ? result.total : roles.find((g) => g.key === roleId);
  const series = group ?? result.total;
  const mcRole = roleId === null ? null : (mc?.roles.find((r) => r.roleId === roleId) ?? null);
  const bands = mc ? (roleId === null ? { supply: mc.totals.supply, demand: mc.totals.demand } : mcRole ? { supply: mcRole.supply, demand: mcRole.demand } : null) : null;
  const name = roleId === null || !group ? 'All roles' : group.label;
  if (!series) return null;
  const T = result.dates.length - 1;
  const before = saved && saved.dates.length === result.dates.length ? (roleId === null ? saved.total : saved.roles?.find((g) => g.key === roleId)) : undefined;
  const data = result.dates.map((d, k) => ({
    date: d,
    supply: series.values.supply[k],
    demand: series.values.demand[k],
    ...(before ? { savedSupply: before.values.supply[k], savedDemand: before.values.demand[k] } : {}),
    ...(bands ? { supplyBand: [bands.supply.p10[k], bands.supply.p90[k]], demandBand: [bands.demand.p10[k], bands.demand.p90[k]] } : {}),
  }));
  const gapEnd = series.values.gap[T];
  const summary = `${name}: supply ${f.decimal(series.values.supply[0], 1)} FTE today to ${f.decimal(series.values.supply[T], 1)} on ${f.date(result.dates[T])}; demand ${f.decimal(series.values.demand[0], 1)} to ${f.decimal(series.values.demand[T], 1)}; ${gapEnd > 0 ? `a shortage of ${f.decimal(gapEnd, 1)}` : gapEnd < 0 ? `a surplus of ${f.decimal(-gapEnd, 1)}` : 'balanced'} FTE at the horizon${before ? ` (saved version: demand ${f.decimal(before.values.demand[T], 1)}, supply ${f.decimal(before.values.supply[T], 1)})` : ''}${bands ? `; P10-P90 bands from ${f.integer(mc!.runs)} Monte Carlo runs` : ''}.`;
  const tip = tooltipStyle(theme);
  const ftes = (v: unknown) => (Array.isArray(v) ? `${f.decimal(Number(v[0]), 1)} – ${f.decimal(Number(v[1]), 1)} FTE` : `${f.decimal(Number(v), 1)} FTE`);
  return (
    <ChartCard
      title="Supply and demand"
      testId="chart-supply-demand"
      span={2}
      summary={summary}
      actions={
        <label className="sc-inline-field">
          <span>Role</span>
          <select className="select select--small" value={roleId ?? ''} onChange={(e) => onRole(e.target.value ? Number(e.target.value) : null)} data-testid="chart-role">
            <option value="">All roles (total)</option>
            {roles.map((g) => (
              <option key={g.key} value={g.key!}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
      }
      why={
        <>
          <p>Supply: people in post projected period by period (stays, moves, exits, hires). Demand: the baseline with growth, minus capacity released by automation, plus new-market ramps. Both in FTE.</p>
          {bands ? <p>Shaded: the 10th to 90th percentile over {f.integer(mc!.runs)} Monte Carlo runs (seed {mc!.seed}).</p> : <p>Run Monte Carlo to see P10-P90 bands.</p>}
          <p className="sc-why__inline">
            Gap at the horizon, explained: <ScenarioWhy label={`Gap of ${name} on ${f.date(result.dates[T])}`} request={{ figure: 'gap', period: T, roleId: roleId ?? undefined }} />
          </p>
        </>
      }
      table={{
        columns: ['Date', 'Supply (FTE)', 'Demand (FTE)', 'Gap (FTE)', ...(bands ? ['Supply P10', 'Supply P90', 'Demand P10', 'Demand P90'] : [])],
        rows: result.dates.map((d, k) => [
          f.date(d),
          f.decimal(series.values.supply[k], 1),
          f.decimal(series.values.demand[k], 1),
          f.decimal(series.values.gap[k], 1),
          ...(bands ? [bands.supply.p10[k], bands.supply.p90[k], bands.demand.p10[k], bands.demand.p90[k]].map((v) => f.decimal(v, 1)) : []),
        ]),
      }}
    >
      {roleId !== null && mc && !mcRole && <p className="muted">No Monte Carlo band for this role.</p>}
      <ResponsiveContainer width="100%" height={300} initialDimension={{ width: 800, height: 300 }}>
        <ComposedChart data={data} margin={{ top: 8, right: 28, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke={theme.grid} vertical={false} />
          <XAxis dataKey="date" tickFormatter={(d: string) => f.date(d)} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(data.length)} />
          <YAxis tickFormatter={axisNumber(f)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={52} domain={['auto', 'auto']} />
          <Tooltip {...tip} labelFormatter={(d) => f.date(String(d))} formatter={(v, n) => [ftes(v), n]} />
          <Legend wrapperStyle={legendStyle(theme)} />
          {bands && <Area type="monotone" dataKey="supplyBand" name="Supply P10–P90" stroke="none" fill={theme.series[0]} fillOpacity={0.16} isAnimationActive={false} className="band band--supply" />}
          {bands && <Area type="monotone" dataKey="demandBand" name="Demand P10–P90" stroke="none" fill={theme.series[2]} fillOpacity={0.18} isAnimationActive={false} className="band band--demand" />}
          {before && <Line type="monotone" dataKey="savedSupply" name="Supply (saved)" stroke={theme.series[0]} strokeOpacity={0.4} strokeWidth={1.5} dot={false} isAnimationActive={false} />}
          {before && <Line type="monotone" dataKey="savedDemand" name="Demand (saved)" stroke={theme.series[2]} strokeOpacity={0.4} strokeWidth={1.5} strokeDasharray="6 3" dot={false} isAnimationActive={false} />}
          <Line type="monotone" dataKey="supply" name="Supply" stroke={theme.series[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="demand" name="Demand" stroke={theme.series[2]} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
