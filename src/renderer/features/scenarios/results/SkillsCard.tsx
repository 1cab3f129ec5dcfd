// Skills gap over time for the skills demand needs: FTE short of each skill's required level,
// period by period (the five largest at the horizon charted), every needed skill in a table with
// what the scenario adds, and the new requirements that come with its changes.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScenarioRunResult } from '../../../../shared/scenario-types';
import { ChartCard } from '../../../components/ChartCard';
import type { Formatter } from '../../../format';
import { categoryLabel } from '../../../labels';
import { useChartTheme } from '../../../lib/use-chart-theme';
import { axisNumber, legendStyle, tickInterval, tickStyle, tooltipStyle } from '../../../lib/chart-style';

const CHARTED = 5;

export function SkillsCard({ result, format: f }: { result: ScenarioRunResult; format: Formatter }) {
  const theme = useChartTheme();
  const skills = [...(result.skills ?? [])];
  const T = result.dates.length - 1;
  skills.sort((a, b) => b.shortageFte[T] - a.shortageFte[T] || b.demandFte[T] - a.demandFte[T] || a.skill.localeCompare(b.skill));
  const top = skills.filter((s) => s.shortageFte.some((v) => v > 0)).slice(0, CHARTED);
  const data = result.dates.map((d, k) => Object.fromEntries([['date', d], ...top.map((s) => [`s${s.skillId}`, s.shortageFte[k]])]));
  const tip = tooltipStyle(theme);
  const requirements = result.requirements ?? [];
  return (
    <ChartCard
      title="Skills gap over time"
      testId="chart-skills"
      span={2}
      summary={top.length > 0 ? `FTE short of the required level, largest at the horizon: ${top.map((s) => `${s.skill} ${f.decimal(s.shortageFte[T], 1)}`).join(', ')}.` : 'No skill shortage in this scenario.'}
      why={
        <>
          <p>For each skill a role requires: the FTE of demand needing it, and how many of those FTE the people in post do not cover at the required level (shortage FTE), period by period as supply, demand and requirements change.</p>
          <p>&ldquo;Added&rdquo;: FTE in post who must acquire a skill the scenario&rsquo;s changes add (new requirements from their effective date).</p>
        </>
      }
      table={{
        columns: ['Date', ...top.map((s) => `${s.skill} (shortage FTE)`)],
        rows: result.dates.map((d, k) => [f.date(d), ...top.map((s) => f.decimal(s.shortageFte[k], 1))]),
      }}
    >
      {top.length > 0 && (
        <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 800, height: 240 }}>
          <LineChart data={data} margin={{ top: 8, right: 28, bottom: 0, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke={theme.grid} vertical={false} />
            <XAxis dataKey="date" tickFormatter={(d: string) => f.date(d)} tick={tickStyle(theme)} tickLine={false} axisLine={{ stroke: theme.axis }} interval={tickInterval(data.length)} />
            <YAxis tickFormatter={axisNumber(f)} tick={tickStyle(theme)} tickLine={false} axisLine={false} width={44} />
            <Tooltip {...tip} labelFormatter={(d) => f.date(String(d))} formatter={(v, n) => [`${f.decimal(Number(v), 1)} FTE short`, n]} />
            <Legend wrapperStyle={legendStyle(theme)} />
            {top.map((s, i) => (
              <Line key={s.skillId} type="monotone" dataKey={`s${s.skillId}`} name={s.skill} stroke={theme.series[i % theme.series.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      )}
      <div className="table-wrap sc-skills__table">
        <table className="table table--single-line" data-testid="skills-table">
          <caption className="sr-only">Skills demand needs, today and at the horizon</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Category</th>
              <th scope="col" className="num">Demand FTE today → horizon</th>
              <th scope="col" className="num">Shortage FTE today → horizon</th>
              <th scope="col" className="num">Added by the scenario</th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.skillId}>
                <th scope="row">{s.skill}</th>
                <td>{categoryLabel(s.category)}</td>
                <td className="num">
                  {f.decimal(s.demandFte[0], 1)} → {f.decimal(s.demandFte[T], 1)}
                </td>
                <td className={`num${s.shortageFte[T] > s.shortageFte[0] + 0.05 ? ' sc-worse' : ''}`}>
                  {f.decimal(s.shortageFte[0], 1)} → {f.decimal(s.shortageFte[T], 1)}
                </td>
                <td className="num">{s.addedFte[T] > 0 ? `${f.decimal(s.addedFte[T], 1)} FTE` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {requirements.length > 0 && (
        <details className="sc-requirements">
          <summary>
            {f.integer(requirements.length)} requirements added by the scenario&rsquo;s changes
          </summary>
          <ul>
            {requirements.map((r, i) => (
              <li key={i}>
                {r.role}
                {r.location ? ` (${r.location})` : ''}: {r.skill} level {f.decimal(r.level, 1)} from {f.date(r.effectiveDate)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </ChartCard>
  );
}
