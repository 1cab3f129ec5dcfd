// "Why this number" for every gap figure: the formula, the inputs it used (settings and
// future-dated requirements flagged as assumptions) and the result, computed by the same code
// as the figure. Explaining a roll-up that privacy mode hides is refused like its drill-down.
import type { GapExplainTarget, GapExplanation, GapFilterInput, SummaryMetric } from '../../../shared/gap-types';
import { AppError } from '../../../shared/result';
import {
  cellEmployees,
  explainAdjacency,
  explainAggregate,
  explainFit,
  explainGapHours,
  explainMonths,
  explainReadiness,
  type Explanation,
  type GapAnalysis,
} from '../../engine/gaps';
import type { GapState } from './cache';
import { refuseIfHidden } from './drill';
import { kpiSums } from './rollups';
import { cellRefOf, employeeIndex, filterOf, roleIndex } from './scope';

type Target = GapExplainTarget;

function json(x: Explanation): GapExplanation {
  return {
    formula: x.formula,
    inputs: x.inputs.map((i) => ({
      name: i.name,
      value: typeof i.value === 'number' && i.value !== i.value ? null : i.value,
      assumption: i.assumption === true,
    })),
    result: x.result === null || x.result !== x.result ? null : x.result,
    unit: x.unit ?? null,
  };
}

function context(s: GapState, a: GapAnalysis): GapExplanation['inputs'] {
  const out: GapExplanation['inputs'] = [{ name: 'requirements in force on', value: a.asOfDate, assumption: a.asOfDate > s.meta.asOfDate }];
  const f = a.filter;
  if (f.orgUnits?.length) out.push({ name: 'org units (with sub-units)', value: f.orgUnits.map((u) => s.model.orgUnits.name[u]).join(', '), assumption: false });
  if (f.locations?.length) out.push({ name: 'locations', value: f.locations.map((l) => s.model.locations.name[l]).join(', '), assumption: false });
  if (f.categories?.length || f.lens) out.push({ name: 'skill categories', value: [...(f.categories ?? []), ...(f.lens ? ['soft', 'leadership'] : [])].join(', '), assumption: false });
  if (f.managersOnly) out.push({ name: 'people', value: 'managers only', assumption: false });
  return out;
}

/** The KPI cards' figures, from the same sums the cards show (rollups.ts kpiSums). */
function explainSummary(s: GapState, a: GapAnalysis, metric: SummaryMetric, threshold: number): GapExplanation {
  const k = kpiSums(a, threshold);
  refuseIfHidden(s, k.people, 'This selection');
  const ctx = context(s, a);
  const v = (name: string, value: number) => ({ name, value, assumption: false });
  const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
  const hpl = Object.entries(s.settings.hoursPerLevel).map(([c, h]) => ({ name: `hours per level, ${c}`, value: h, assumption: true }));
  const people = 'people in scope = people with a role and at least one requirement in scope, after the filters';
  switch (metric) {
    case 'people':
      return { formula: people, inputs: ctx, result: k.people, unit: null };
    case 'meanReadiness':
      return {
        formula: 'mean readiness = sum(readiness) / people with a readiness; readiness = 1 - sum(w x g) / sum(w x L) over assessed requirements',
        inputs: [...ctx, v('sum(readiness)', k.readinessSum), v('people with a readiness', k.readinessCount), v('people with nothing assessed (left out, not counted as 0)', k.unknown)],
        result: ratio(k.readinessSum, k.readinessCount),
        unit: null,
      };
    case 'assessedShare':
      return { formula: 'assessed share = assessed (person, requirement) pairs / all pairs', inputs: [...ctx, v('assessed pairs', k.assessed), v('pairs', k.pairs)], result: ratio(k.assessed, k.pairs), unit: null };
    case 'meetingShare':
      return { formula: 'meeting share = pairs with p >= L / assessed pairs', inputs: [...ctx, v('pairs meeting the requirement', k.met), v('assessed pairs', k.assessed)], result: ratio(k.met, k.assessed), unit: null };
    case 'totalGapLevels':
      return { formula: 'total level-gap = sum of max(0, L - p) over assessed pairs', inputs: [...ctx, v('assessed pairs', k.assessed)], result: k.gapSum, unit: 'levels' };
    case 'gapHours':
      return { formula: 'gap hours = sum over assessed pairs of max(0, L - p) x hours per level of the skill category', inputs: [...ctx, v('total level-gap', k.gapSum), ...hpl], result: k.gapHours, unit: 'h' };
    case 'peopleBelow':
      return {
        formula: `people below = people in scope whose readiness is below ${threshold}`,
        inputs: [...ctx, { name: 'threshold', value: threshold, assumption: true }, v('people with a readiness', k.readinessCount)],
        result: k.below,
        unit: null,
      };
  }
}

export function explainGap(s: GapState, asOf: string, filterInput: GapFilterInput, target: Target): GapExplanation {
  const m = s.model;
  const a = s.analysis(asOf, filterOf(m, filterInput));
  switch (target.kind) {
    case 'readiness':
      return json(explainReadiness(m, a, employeeIndex(s, target.employee)));
    case 'gapHours':
      return json(explainGapHours(m, a, employeeIndex(s, target.employee)));
    case 'fit':
      return json(explainFit(m, a.profiles, employeeIndex(s, target.employee), roleIndex(m, target.roleId)));
    case 'months': {
      const e = employeeIndex(s, target.employee);
      const role = target.roleId === undefined ? m.employees.role[e] : roleIndex(m, target.roleId);
      if (role < 0) throw new AppError('validation', `${m.employees.ref[e]} has no role; name the target role to explain months to proficiency.`);
      return json(explainMonths(m, a.profiles, e, role));
    }
    case 'adjacency':
      return json(explainAdjacency(m, a.profiles, roleIndex(m, target.fromRoleId), roleIndex(m, target.toRoleId)));
    case 'cell': {
      const { ref, title } = cellRefOf(m, target.cell);
      refuseIfHidden(s, cellEmployees(m, a, ref).length, title);
      return json(explainAggregate(m, a, ref, target.metric));
    }
    case 'summary':
      return explainSummary(s, a, target.metric, target.threshold ?? 0.8);
  }
}
