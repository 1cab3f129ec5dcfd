// Required (today and at the future date) vs current level per skill, as grouped bars. Loaded
// lazily with the person profile: recharts is most of the bundle. A skill nobody assessed has no
// "current" bar (and says so in the table beside it): unknown is not drawn as zero.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GapProfileSkill } from '../../../shared/gap-types';
import type { Formatter } from '../../format';
import { useChartTheme } from '../../lib/use-chart-theme';

export default function ProfileChart({ skills, format, futureLabel }: { skills: GapProfileSkill[]; format: Formatter; futureLabel: string }) {
  const theme = useChartTheme();
  const data = skills.map((s) => ({ label: s.name, now: s.requiredNow, future: s.requiredFuture, current: s.proficiency }));
  const height = Math.max(180, skills.length * 34 + 60);
  const tick = { fill: theme.text, fontSize: 12 };
  const longest = skills.reduce((m, s) => Math.max(m, s.name.length), 0);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} barCategoryGap={6} accessibilityLayer={false}>
        <CartesianGrid stroke={theme.grid} horizontal={false} />
        <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={tick} axisLine={false} tickLine={false} />
        <YAxis type="category" dataKey="label" width={Math.min(200, Math.max(80, longest * 7 + 12))} tick={tick} axisLine={{ stroke: theme.axis }} tickLine={false} interval={0} />
        <Tooltip
          formatter={(v, name) => [v === null || v === undefined ? 'not assessed' : format.decimal(Number(v), 1), name]}
          contentStyle={{ background: theme.tooltipBg, border: `1px solid ${theme.tooltipBorder}`, borderRadius: 6, fontSize: 12 }}
          labelStyle={{ color: theme.text, fontWeight: 600 }}
          itemStyle={{ color: theme.text }}
        />
        <Legend wrapperStyle={{ fontSize: 12, color: theme.text }} />
        <Bar dataKey="now" name="Required today" fill={theme.series[6]} maxBarSize={8} isAnimationActive={false} />
        <Bar dataKey="future" name={`Required ${futureLabel}`} fill={theme.series[2]} maxBarSize={8} isAnimationActive={false} />
        <Bar dataKey="current" name="Current level" fill={theme.series[0]} maxBarSize={8} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
