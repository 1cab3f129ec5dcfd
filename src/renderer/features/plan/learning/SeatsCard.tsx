// Training seats used per period against each program's capacity: the chosen program (by
// default the one closest to its limit) as columns with its capacity as a line, and every
// program's peak use in a list.
import { useId } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanResult } from '../../../../shared/plan-types';
import { ChartCard } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';
import { periodLabel } from '../plan-labels';
import { usePlanView } from '../view';

export interface ProgramUse {
  programId: number;
  program: string;
  peak: number;
  seats: number | null;
  /** Peak use / seats (null: unlimited). */
  utilisation: number | null;
  full: number;
}

export function programUse(result: PlanResult): ProgramUse[] {
  const by = new Map<number, ProgramUse>();
  for (const s of result.learning.seats) {
    const u = by.get(s.programId) ?? { programId: s.programId, program: s.program, peak: 0, seats: s.seats, utilisation: null, full: 0 };
    u.peak = Math.max(u.peak, s.seatsUsed);
    u.seats = s.seats;
    if (s.seats !== null && s.seatsUsed >= s.seats && s.seats > 0) u.full++;
    by.set(s.programId, u);
  }
  for (const u of by.values()) u.utilisation = u.seats ? u.peak / u.seats : null;
  return [...by.values()].sort((a, b) => (b.utilisation ?? -1) - (a.utilisation ?? -1) || b.peak - a.peak);
}

export function SeatsCard({ result, format: f }: { result: PlanResult; format: Formatter }) {
  const theme = useChartTheme();
  const selectId = useId();
  const chosen = usePlanView((s) => s.seatsProgram);
  const uses = programUse(result);
  const use = uses.find((u) => u.programId === chosen) ?? uses[0] ?? null;
  if (!use) {
    return (
      <section className="card" data-testid="chart-seats">
        <h2 className="card__title">Seats used per period</h2>
        <p className="muted">No program seats are used by this plan.</p>
      </section>
    );
  }
  const rows = result.periods.map((p) => {
    const s = result.learning.seats.find((x) => x.programId === use.programId && x.period === p.period);
    return { label: periodLabel(f, p.startDate), used: s?.seatsUsed ?? 0, seats: s?.seats ?? use.seats };
  });
  const tip = tooltipStyle(theme);
  const capacity = use.seats === null ? 'unlimited seats' : `${f.integer(use.seats)} seats per start date`;
  return (
    <ChartCard
      title="Seats used per period"
      testId="chart-seats"
      summary={`${use.program}: at most ${f.integer(use.peak)} enrolments start in a period against ${capacity}${use.full > 0 ? `; full in ${use.full} periods` : ''}.`}
      actions={
        <>
          <label htmlFor={selectId} className="sr-only">
            Program
          </label>
          <select id={selectId} className="select select--small" value={use.programId} onChange={(e) => usePlanView.getState().setSeatsProgram(Number(e.target.value))} data-testid="seats-program">
            {uses.map((u) => (
              <option key={u.programId} value={u.programId}>
                {u.program}
              </option>
            ))}
          </select>
        </>
      }
      why={<p>Enrolments starting in each period against the seats available to them: the program's seats per month (set in Edit programs, or changed by a what-if) times the months up to the next start date. A full program pushes learners to later starts or to hiring.</p>}
      table={{ columns: ['Period', 'Seats used', 'Seats'], rows: rows.map((r) => [r.label, r.used, r.seats === null ? 'unlimited' : r.seats]) }}
    >
      <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 520, height: 240 }}>
        <ComposedChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke={theme.grid} vertical={false} />
          <XAxis dataKey="label" tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(rows.length, 10)} />
          <YAxis tick={tickStyle(theme)} tickLine={false} axisLine={false} width={44} allowDecimals={false} />
          <Tooltip {...tip} />
          <Legend wrapperStyle={legendStyle(theme)} itemSorter={null} />
          <Bar dataKey="used" name="Seats used" fill={theme.series[0]} isAnimationActive={false} />
          {use.seats !== null && <Line dataKey="seats" name="Seats available" type="stepAfter" stroke={theme.series[4]} strokeWidth={2} dot={false} isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
      <ul className="plan-seat-list" aria-label="Peak use of each program">
        {uses.slice(0, 6).map((u) => (
          <li key={u.programId}>
            <span>{u.program}</span>
            <span className="num">
              {f.integer(u.peak)} / {u.seats === null ? '∞' : f.integer(u.seats)}
              {u.full > 0 && <span className="tag plan-tag--warn">full {u.full}×</span>}
            </span>
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
