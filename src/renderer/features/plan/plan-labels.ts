// Names, colours and wording shared by the plan screens: the five options (with build split into
// upskill and reskill), person recommendations, binding constraints with what would loosen them,
// and the cost parameters that can be overridden.
import type { CostOverrideField, PersonAction, PlanOptionKind } from '../../../shared/plan-types';
import type { Formatter } from '../../format';

/** Build is split in two everywhere it is drawn: the split is what HR asks about. */
export type MixSeries = 'upskill' | 'reskill' | Exclude<PlanOptionKind, 'build'>;
export const mixSeries: MixSeries[] = ['upskill', 'reskill', 'buy', 'borrow', 'bot', 'release'];

export const optionLabels: Record<PlanOptionKind | MixSeries, string> = {
  build: 'Build',
  upskill: 'Build: upskill',
  reskill: 'Build: reskill',
  buy: 'Buy (hire)',
  borrow: 'Borrow (contractors)',
  bot: 'Bot (automation)',
  release: 'Release',
};

/** Index into the chart theme's series colours (tokens --chart-1..7). */
export const optionColour: Record<MixSeries, number> = { upskill: 0, reskill: 1, buy: 2, borrow: 3, bot: 5, release: 4 };

export const actionLabels: Record<PersonAction, string> = {
  upskill: 'Upskill in role',
  reskill: 'Reskill to another role',
  none: 'No action',
  'at-risk': 'At risk',
};

export const constraintLabels: Record<string, string> = {
  'hiring-capacity': 'Hiring capacity',
  'time-to-fill': 'Time to fill',
  'contractor-cap': 'Contractor cap',
  'learning-budget': 'Learning budget',
  'period-budget': 'Learning budget per period',
  seats: 'Training seats',
  'min-fit': 'Minimum fit',
  'time-to-proficiency': 'Time to proficiency',
  'internal-share': 'Internal share of a new market',
};
export const constraintLabel = (c: string): string => constraintLabels[c] ?? c.replace(/-/g, ' ');

/** What would loosen a binding constraint; `lever` names a what-if the screen can apply at once. */
export interface Suggestion {
  text: string;
  lever?: 'budget' | 'period-budget' | 'seats' | 'min-fit' | 'costs';
}

export const suggestions: Record<string, Suggestion> = {
  'learning-budget': { text: 'Raise the learning budget (or remove the cap) so more people can be trained in time.', lever: 'budget' },
  'period-budget': { text: 'Raise or remove the per-period learning budget, or let learning start in later periods.', lever: 'period-budget' },
  seats: { text: 'Add training seats for the full programs (more cohorts or another provider).', lever: 'seats' },
  'min-fit': { text: 'Lower the minimum fit for reskilling: more people become candidates, with longer learning.', lever: 'min-fit' },
  'contractor-cap': { text: 'Allow a larger contractor share for the role (a cost override) to bridge the early periods.', lever: 'costs' },
  'time-to-fill': { text: 'Hires cannot arrive in time: bridge with contractors (raise the contractor cap) or accept the gap until the first hire arrives.', lever: 'costs' },
  'hiring-capacity': { text: 'Raise the hiring capacity of the location (engagement settings) or use contractors meanwhile.' },
  'time-to-proficiency': { text: 'Start learning earlier or use shorter programs; the demand comes before anyone can be ready.' },
  'internal-share': { text: 'Lower the internal share in the scenario, or free seats and budget for the reskilling it needs.', lever: 'seats' },
};

export interface CostFieldSpec {
  label: string;
  unit: 'share' | 'months' | 'weeks';
  hint: string;
}

export const costFields: Record<CostOverrideField, CostFieldSpec> = {
  recruitingShareOfSalary: { label: 'Recruiting cost', unit: 'share', hint: 'share of the salary of a hire' },
  onboardingMonths: { label: 'Onboarding', unit: 'months', hint: 'months to full productivity after a hire arrives' },
  vacancyCostShare: { label: 'Vacancy cost', unit: 'share', hint: 'share of loaded cost per month the seat is empty' },
  contractorPremium: { label: 'Contractor premium', unit: 'share', hint: 'over the loaded cost per FTE' },
  contractorCapShare: { label: 'Contractor cap', unit: 'share', hint: "largest share of the role's demand contractors may cover" },
  productivityLossWhileLearning: { label: 'Productivity lost while learning', unit: 'share', hint: 'share of salary during the time to proficiency' },
  severanceWeeksPerYear: { label: 'Severance per year of service', unit: 'weeks', hint: 'weeks of pay per year of service' },
  severanceMinWeeks: { label: 'Minimum severance', unit: 'weeks', hint: 'weeks of pay at least' },
  severanceCapWeeks: { label: 'Severance cap', unit: 'weeks', hint: 'weeks of pay at most' },
};

export function costFieldValue(field: CostOverrideField, v: number, f: Formatter): string {
  const unit = costFields[field].unit;
  if (unit === 'share') return f.percent(v, 1);
  return `${f.decimal(v, 1)} ${unit}`;
}

/** Short label of a period for axes and column heads: its first month, e.g. "Oct 26". */
export function periodLabel(f: Formatter, startDate: string): string {
  const d = new Date(`${startDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return startDate;
  return new Intl.DateTimeFormat(f.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(d);
}

/** A role's display name with its location unless the title already names it. */
export function roleAt(role: string, location: string): string {
  return !location || role.includes(location) ? role : `${role} · ${location}`;
}

export const fte = (f: Formatter, v: number): string => `${f.decimal(v, 1)} FTE`;

/** A signed difference, "+1.2" / "−€3.4K" / "±0". */
export function signed(v: number, show: (x: number) => string): string {
  const s = show(Math.abs(v));
  if (s === show(0)) return `\u00b1${s}`;
  return `${v > 0 ? '+' : '\u2212'}${s}`;
}
