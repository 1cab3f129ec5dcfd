// The Overview's chart cards: headcount/FTE/cost by unit and location, roles by automation
// exposure band, and the skills catalogue by category.
import { useState } from 'react';
import type { Breakdown, ExposureBand, Overview } from '../../../shared/api-types';
import { BarChartView } from '../../components/BarChartView';
import { ChartCard, Segmented } from '../../components/ChartCard';
import type { Formatter } from '../../format';
import { categoryLabel } from '../../labels';

type Measure = 'headcount' | 'fte' | 'cost';
const measureLabels: Record<Measure, string> = { headcount: 'Headcount', fte: 'FTE', cost: 'Annual cost' };

interface BreakdownCardProps {
  title: string;
  testId: string;
  rows: Breakdown[];
  dimension: string;
  format: Formatter;
  costFormula: string;
  privacy: Overview['privacy'];
}

export function BreakdownCard({ title, testId, rows, dimension, format, costFormula, privacy }: BreakdownCardProps) {
  const [measure, setMeasure] = useState<Measure>('headcount');
  const full = (v: number) => (measure === 'cost' ? format.money(v) : measure === 'fte' ? format.decimal(v, 1) : format.integer(v));
  const tick = (v: number) => (measure === 'cost' ? format.moneyCompact(v) : format.compact(v));
  const top = rows[0];
  return (
    <ChartCard
      title={title}
      testId={testId}
      summary={`${measureLabels[measure]} by ${dimension}, ${rows.length} groups.${top ? ` Largest by headcount: ${top.label}, ${format.integer(top.headcount)} people.` : ''}`}
      actions={
        <Segmented<Measure>
          label={`Measure for ${title.toLowerCase()}`}
          value={measure}
          options={(Object.keys(measureLabels) as Measure[]).map((m) => ({ value: m, label: measureLabels[m] }))}
          onChange={setMeasure}
        />
      }
      why={
        <>
          <p>People grouped by their {dimension}. Headcount counts people, FTE sums their full-time equivalent.</p>
          <p>Annual cost: {costFormula}.</p>
          <p>
            {privacy.pseudonymise
              ? `Pseudonymisation is on: groups under ${privacy.minGroupSize} people are combined into "Other".`
              : `Pseudonymisation is off: every group is shown, however small (minimum group size ${privacy.minGroupSize} applies when it is on).`}
          </p>
        </>
      }
      table={{
        columns: [dimension, 'Headcount', 'FTE', 'Annual cost'],
        rows: rows.map((r) => [r.label, format.integer(r.headcount), format.decimal(r.fte, 1), format.money(r.cost)]),
      }}
    >
      <BarChartView
        data={rows.map((r) => ({ label: r.label, value: r[measure] }))}
        formatValue={full}
        formatTick={tick}
        seriesName={measureLabels[measure]}
        colourIndex={measure === 'headcount' ? 0 : measure === 'fte' ? 1 : 2}
      />
    </ChartCard>
  );
}

type ExposureMeasure = 'roles' | 'headcount';

export function ExposureCard({ bands, source, format }: { bands: ExposureBand[]; source: string; format: Formatter }) {
  const [measure, setMeasure] = useState<ExposureMeasure>('roles');
  const label = measure === 'roles' ? 'Roles' : 'People in those roles';
  const high = bands.filter((b) => b.from >= 0.6);
  const highRoles = high.reduce((s, b) => s + b.roles, 0);
  const highPeople = high.reduce((s, b) => s + b.headcount, 0);
  const rated = bands.reduce((s, b) => s + b.roles, 0);
  return (
    <ChartCard
      title="Roles by automation exposure"
      testId="chart-exposure"
      summary={`${format.integer(rated)} roles with an exposure figure, in ${bands.length} bands; ${format.integer(highRoles)} roles (${format.integer(highPeople)} people) at 60% exposure or more.`}
      actions={
        <Segmented<ExposureMeasure>
          label="Measure for roles by automation exposure"
          value={measure}
          options={[
            { value: 'roles', label: 'Roles' },
            { value: 'headcount', label: 'People' },
          ]}
          onChange={setMeasure}
        />
      }
      why={
        <>
          <p>{source}.</p>
          <p>Exposure is the share of a role&rsquo;s task time that technology could absorb; roles without tasks have no figure and are left out.</p>
        </>
      }
      table={{
        columns: ['Exposure band', 'Roles', 'People'],
        rows: bands.map((b) => [b.band, format.integer(b.roles), format.integer(b.headcount)]),
      }}
    >
      <BarChartView
        orientation="vertical"
        data={bands.map((b) => ({ label: b.band, value: b[measure] }))}
        formatValue={format.integer}
        formatTick={format.compact}
        seriesName={label}
        colourIndex={3}
      />
    </ChartCard>
  );
}

export function SkillsByCategoryCard({ rows, format }: { rows: Overview['skillsByCategory']; format: Formatter }) {
  const total = rows.reduce((s, r) => s + r.skills, 0);
  return (
    <ChartCard
      title="Skills by category"
      testId="chart-skills-by-category"
      summary={`${format.integer(total)} skills in the catalogue across ${rows.length} categories.`}
      why={<p>Count of skills in the engagement&rsquo;s catalogue, by category.</p>}
      table={{ columns: ['Category', 'Skills'], rows: rows.map((r) => [categoryLabel(r.category), format.integer(r.skills)]) }}
    >
      <BarChartView
        data={rows.map((r) => ({ label: categoryLabel(r.category), value: r.skills }))}
        formatValue={format.integer}
        formatTick={format.compact}
        seriesName="Skills"
        multicolour
      />
    </ChartCard>
  );
}
