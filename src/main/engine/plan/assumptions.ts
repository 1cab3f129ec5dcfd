// The modelling choices a plan rests on, stated once in plain sentences so a consultant can put
// them in front of a client (the plan screen and the deck's appendix show them).
import { DEFAULT_CONTRACTOR_CAP_SHARE, DEFAULT_VACANCY_COST_SHARE, ONBOARDING_LOSS, TERMINAL_MONTHS } from './costs';
import { MAX_START_DATES, TARGET_FACTOR, TARGET_SLACK } from './pruning';
import type { PlanProblem } from './types';

export function planAssumptions(pr: PlanProblem, step: number): string[] {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [
    "Demand is the scenario's; natural supply is today's people after the scenario's attrition and internal moves with no hiring. Every hire, move and contractor is a decision of the plan.",
    'Costs are incremental to paying the demanded FTE at loaded cost: a seat is paid whoever fills it, so options differ by learning, recruiting, contractor premium and severance.',
    `Build = program fees + salary x months to proficiency / 12 x productivity lost while learning. Months to proficiency = the longer of learning hours / learning hours per month and the longest program.`,
    `Buy = recruiting share x salary + vacancy cost (${pct(DEFAULT_VACANCY_COST_SHARE)} of loaded cost per month of time-to-fill unless overridden) + onboarding (${pct(ONBOARDING_LOSS)} of loaded cost over the onboarding months: a linear ramp). A hire arrives time-to-fill after it is requested (requests start in period 1), priced at today's pay levels, requested as late as it can arrive in time.`,
    `Borrow = contractor premium x loaded cost per period, available at once, at most ${pct(DEFAULT_CONTRACTOR_CAP_SHARE)} of a role's demand unless overridden; contractors still needed at the horizon are costed for ${TERMINAL_MONTHS} more months, since the need does not end with the plan.`,
    'Bot = the scenario\'s automation: the demand it absorbs and its investment, not a decision of the plan.',
    'Release = weeks of pay per year of service (between the minimum and the cap), tenure at the plan start. Natural attrition absorbs surplus first: only heads above demand at the horizon are released, each as soon as the role stays above demand without them.',
    'People whose role profile adds requirements before the horizon count for the role only once upskilled (from the date the new requirements apply); people are expected to stay with the per-period exit rate of their role.',
    `A reskilled person counts in the new role from the period they are proficient, needs fit >= min fit (${pct(pr.minFit)}), and leaves a role with spare people, a role they cannot be upskilled for in time, or goes to a new market.`,
    `Each role considers its ${TARGET_FACTOR} x peak need + ${TARGET_SLACK} cheapest candidates; learning starts ${step === 1 ? 'in any period' : `every ${step} periods`} (at most ${MAX_START_DATES} start dates); seats limit enrolments per start date to the program's seats per month x the months up to the next start date; the learning budget caps program fees.`,
    "New markets: at least the scenario's internal share of the role's demand at the horizon is filled by reskilled people.",
    'The optimiser is a linear program (HiGHS) over all candidates and start dates, solved by column generation; people half-chosen by the LP are rounded (at least 1/2 and resources allow) and the rest re-covered by hires and contractors. Ties go to the lower person, option and start period.',
  ];
}
