// "Why this number": every figure with its formula, the inputs it used and which inputs are
// assumptions (engagement settings, and requirements dated after the engagement's as-of date,
// which are forecasts). Results come from the same code that computed the figure, never a re-derivation.
import { skillCategories } from '../../../shared/domain/entities';
import { dayToIso } from './dates';
import { adjacencyPair, fitFor } from './fit';
import { Kernel, Score, clearScratch, loadScratch, newScratch } from './kernel';
import { slotOf } from './profiles';
import { emptySums, sumsFor, type Sums } from './aggregates';
import { cellEmployees } from './matrix';
import { CATEGORY_COUNT, type CellRef, type ExplainInput, type Explanation, type GapAnalysis, type GapModel, type RoleProfiles } from './types';

const READINESS =
  'readiness = 1 - sum(w x g) / sum(w x L) over assessed requirements, g = max(0, L - p); ' +
  'coverage = sum(w x L, assessed) / sum(w x L, all); null when nothing is assessed, 1 when nothing is required';
const FIT =
  'fit = sum(w x min(p, L)) / sum(w x L) over assessed requirements of the target role (= 1 - sum(w x g) / sum(w x L)); ' +
  'coverage = sum(w x L, assessed) / sum(w x L, all)';
const HOURS = 'gap hours = sum over assessed requirements of max(0, L - p) x hours per level of the skill category';

const nullable = (x: number): number | null => (x === x ? x : null);
const isForecast = (m: GapModel, p: RoleProfiles, k: number): boolean =>
  m.requirements.effectiveDay[p.req[k]] > m.index.asOfDay;

/** One line per requirement of `role` with the person's level (or "not assessed"). */
function requirementInputs(m: GapModel, p: RoleProfiles, role: number, e: number, withMin: boolean): ExplainInput[] {
  const scratch = newScratch(m);
  loadScratch(m, e, scratch);
  const out: ExplainInput[] = [];
  for (let k = p.start[role]; k < p.start[role + 1]; k++) {
    const s = p.skill[k];
    const name = `${m.skills.name[s]} (${skillCategories[m.skills.category[s]]})`;
    const forecast = isForecast(m, p, k);
    const from = dayToIso(m.requirements.effectiveDay[p.req[k]]);
    out.push({ name: `${name}: required level L${from ? ` (from ${from})` : ''}`, value: p.level[k], assumption: forecast });
    out.push({ name: `${name}: weight w`, value: p.weight[k], assumption: forecast });
    const prof = scratch[s];
    out.push({ name: `${name}: proficiency p`, value: prof === prof ? prof : 'not assessed' });
    if (withMin && prof === prof) out.push({ name: `${name}: min(p, L)`, value: Math.min(prof, p.level[k]) });
  }
  clearScratch(m, e, scratch);
  return out;
}

function scoreOf(m: GapModel, p: RoleProfiles, e: number, role: number): Score {
  const s = new Score();
  new Kernel(m, p).scoreEmployee(e, role, s);
  return s;
}

function totals(s: Score): ExplainInput[] {
  return [
    { name: 'sum(w x g), assessed', value: s.swg },
    { name: 'sum(w x L), assessed', value: s.swla },
    { name: 'sum(w x L), all requirements', value: s.swl },
    { name: 'requirements assessed / in force', value: `${s.assessed} / ${s.required}` },
  ];
}

function context(m: GapModel, a: GapAnalysis): ExplainInput[] {
  const out: ExplainInput[] = [{ name: 'requirements in force on', value: a.asOfDate, assumption: a.asOfDate > m.asOfDate }];
  const cats = [...(a.filter.categories ?? []), ...(a.filter.lens === 'soft-leadership' ? ['soft', 'leadership'] : [])];
  if (cats.length) out.push({ name: 'skill categories in scope', value: [...new Set(cats)].join(', ') });
  return out;
}

export function explainReadiness(m: GapModel, a: GapAnalysis, e: number): Explanation {
  const role = m.employees.role[e];
  const s = scoreOf(m, a.profiles, e, role);
  return {
    formula: READINESS,
    inputs: [...context(m, a), ...requirementInputs(m, a.profiles, role, e, false), ...totals(s), { name: 'coverage', value: a.employees.coverage[e] }],
    result: nullable(a.employees.readiness[e]),
  };
}

function hoursInputs(m: GapModel, p: RoleProfiles, role: number, e: number): ExplainInput[] {
  const f = fitFor(m, p, e, role, { programs: false });
  const cats = new Set<number>();
  const out: ExplainInput[] = f.missing.map((x) => {
    cats.add(m.skills.category[x.skill]);
    return { name: `${m.skills.name[x.skill]}: gap g = L - p`, value: x.gap };
  });
  for (const c of [...cats].sort()) {
    out.push({ name: `hours per level, ${skillCategories[c]}`, value: m.hoursPerLevel[c], assumption: true });
  }
  if (f.unknown.length) out.push({ name: 'requirements not assessed (not counted)', value: f.unknown.map((s) => m.skills.name[s]).join(', ') });
  return out;
}

export function explainGapHours(m: GapModel, a: GapAnalysis, e: number): Explanation {
  const role = m.employees.role[e];
  return { formula: HOURS, inputs: [...context(m, a), ...hoursInputs(m, a.profiles, role, e)], result: a.employees.gapHours[e], unit: 'h' };
}

export function explainFit(m: GapModel, p: RoleProfiles, e: number, role: number): Explanation {
  const f = fitFor(m, p, e, role, { programs: false });
  const s = scoreOf(m, p, e, role);
  return {
    formula: FIT,
    inputs: [
      { name: 'target role', value: m.roles.title[role] },
      ...requirementInputs(m, p, role, e, true),
      { name: 'sum(w x min(p, L)), assessed', value: s.swla - s.swg },
      ...totals(s),
      { name: 'coverage', value: f.coverage },
    ],
    result: f.fit,
  };
}

/** Months to proficiency in `role` (the person's own role for an upskill path). */
export function explainMonths(m: GapModel, p: RoleProfiles, e: number, role: number): Explanation {
  const f = fitFor(m, p, e, role, { programs: false });
  return {
    formula: 'months = gap hours / learning hours per month',
    inputs: [
      { name: 'gap hours', value: f.gapHours },
      ...hoursInputs(m, p, role, e),
      { name: 'learning hours per month', value: m.learningHoursPerMonth, assumption: true },
    ],
    result: f.months,
    unit: 'months',
  };
}

export function explainAdjacency(m: GapModel, p: RoleProfiles, from: number, to: number): Explanation {
  const inputs: ExplainInput[] = [];
  for (let k = p.start[to]; k < p.start[to + 1]; k++) {
    const s = p.skill[k];
    const j = slotOf(p, from, s);
    const have = j < 0 ? 0 : p.level[j];
    inputs.push({ name: `${m.skills.name[s]}: L in ${m.roles.title[to]}, w`, value: `${p.level[k]}, ${p.weight[k]}`, assumption: isForecast(m, p, k) });
    inputs.push({ name: `${m.skills.name[s]}: level in ${m.roles.title[from]} (0 if not required)`, value: have });
  }
  return {
    formula: `adjacency = sum(w x min(L_from, L_to)) / sum(w x L_to) over ${m.roles.title[to]}'s requirements`,
    inputs,
    result: adjacencyPair(m, p, from, to).fit,
  };
}

export type AggregateMetric =
  | 'people'
  | 'meetingShare'
  | 'fteMeetingShare'
  | 'meanGap'
  | 'totalGapLevels'
  | 'gapHours'
  | 'unknownShare'
  | 'meanReadiness'
  | 'fteMeanReadiness';

/** Level-gap per category among the people behind a cell (for the hours breakdown). */
function categoryGaps(m: GapModel, a: GapAnalysis, ref: CellRef): Float64Array {
  const out = new Float64Array(CATEGORY_COUNT);
  const p = a.profiles;
  const scratch = newScratch(m);
  const only = ref.kind === 'role-skill' ? ref.skill : ref.kind === 'group' && ref.by === 'skill' ? ref.index : -1;
  const onlyCat = ref.kind === 'unit-category' ? ref.category : ref.kind === 'group' && ref.by === 'category' ? ref.index : -1;
  for (const e of cellEmployees(m, a, ref)) {
    loadScratch(m, e, scratch);
    const r = m.employees.role[e];
    for (let k = p.start[r]; k < p.start[r + 1]; k++) {
      const s = p.skill[k];
      const c = m.skills.category[s];
      if ((only >= 0 && s !== only) || (onlyCat >= 0 && c !== onlyCat)) continue;
      const g = p.level[k] - scratch[s];
      if (g > 0) out[c] += g;
    }
    clearScratch(m, e, scratch);
  }
  return out;
}

function cellSums(m: GapModel, a: GapAnalysis, ref: CellRef): Sums {
  if (ref.kind === 'group') return sumsFor(m, a, ref.by, ref.index);
  const s = emptySums();
  const st = ref.kind === 'role-skill' ? a.slots : a.unitCategory;
  const i =
    ref.kind === 'role-skill'
      ? slotOf(a.profiles, ref.role, ref.skill)
      : (ref.unit < 0 ? m.orgUnits.id.length : ref.unit) * CATEGORY_COUNT + ref.category;
  if (i < 0) return s;
  s.people = ref.kind === 'role-skill' ? a.byRole.people[ref.role] : a.unitCategory.people[i];
  s.fte = ref.kind === 'role-skill' ? a.byRole.fte[ref.role] : a.unitCategory.fte[i];
  s.pairs = st.pairs[i];
  s.assessed = st.assessed[i];
  s.met = st.met[i];
  s.fteAssessed = st.fteAssessed[i];
  s.fteMet = st.fteMet[i];
  s.gapSum = st.gapSum[i];
  const cat = ref.kind === 'role-skill' ? m.skills.category[ref.skill] : ref.category;
  s.gapHours = s.gapSum * m.hoursPerLevel[cat];
  return s;
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** Explains one figure of an aggregate row or a heatmap cell. */
export function explainAggregate(m: GapModel, a: GapAnalysis, ref: CellRef, metric: AggregateMetric): Explanation {
  const s = cellSums(m, a, ref);
  const ctx = context(m, a);
  const v = (name: string, value: number): ExplainInput => ({ name, value });
  switch (metric) {
    case 'people':
      return { formula: 'people = eligible people with at least one requirement in scope in this group', inputs: ctx, result: s.people };
    case 'meetingShare':
      return { formula: 'meeting share = pairs with p >= L / assessed pairs', inputs: [...ctx, v('pairs meeting the requirement', s.met), v('assessed pairs', s.assessed)], result: ratio(s.met, s.assessed) };
    case 'fteMeetingShare':
      return { formula: 'FTE meeting share = sum(FTE x met) / sum(FTE x assessed)', inputs: [...ctx, v('sum(FTE x met)', s.fteMet), v('sum(FTE x assessed)', s.fteAssessed)], result: ratio(s.fteMet, s.fteAssessed) };
    case 'meanGap':
      return { formula: 'mean gap = total level-gap / assessed pairs', inputs: [...ctx, v('total level-gap', s.gapSum), v('assessed pairs', s.assessed)], result: ratio(s.gapSum, s.assessed) };
    case 'totalGapLevels':
      return { formula: 'total level-gap = sum of max(0, L - p) over assessed pairs', inputs: [...ctx, v('assessed pairs', s.assessed), ...byCategory(m, a, ref, false)], result: s.gapSum, unit: 'levels' };
    case 'gapHours':
      return { formula: 'gap hours = sum over categories of level-gap x hours per level', inputs: [...ctx, ...byCategory(m, a, ref, true)], result: s.gapHours, unit: 'h' };
    case 'unknownShare':
      return { formula: 'unknown share = (pairs - assessed pairs) / pairs', inputs: [...ctx, v('pairs', s.pairs), v('assessed pairs', s.assessed)], result: ratio(s.pairs - s.assessed, s.pairs) };
    case 'meanReadiness':
      return { formula: 'mean readiness = sum(readiness) / people with a readiness', inputs: [...ctx, v('sum(readiness)', s.readinessSum), v('people with a readiness', s.readinessCount)], result: ratio(s.readinessSum, s.readinessCount) };
    case 'fteMeanReadiness':
      return { formula: 'FTE-weighted readiness = sum(FTE x readiness) / sum(FTE)', inputs: [...ctx, v('sum(FTE x readiness)', s.readinessFteSum), v('sum(FTE), people with a readiness', s.readinessFte)], result: ratio(s.readinessFteSum, s.readinessFte) };
  }
}

function byCategory(m: GapModel, a: GapAnalysis, ref: CellRef, withHours: boolean): ExplainInput[] {
  const gaps = categoryGaps(m, a, ref);
  const out: ExplainInput[] = [];
  gaps.forEach((g, c) => {
    if (g === 0) return;
    out.push({ name: `level-gap, ${skillCategories[c]}`, value: g });
    if (withHours) out.push({ name: `hours per level, ${skillCategories[c]}`, value: m.hoursPerLevel[c], assumption: true });
  });
  return out;
}
