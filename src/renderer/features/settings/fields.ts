// The settings form as data: one entry per editable value, keyed by the path the API uses in
// its validation errors (`settings.costs.contractorPremium`), so an error lands on its field.
import type { SettingsView } from '../../../shared/api-types';
import { skillCategories } from '../../../shared/domain/entities';
import { categoryLabel } from '../../labels';

export type FieldKind = 'text' | 'number' | 'integer' | 'share' | 'boolean' | 'date' | 'month';
export type FieldGroup = 'engagement' | 'learning' | 'costs' | 'privacy';

export interface FieldSpec {
  path: string;
  label: string;
  kind: FieldKind;
  group: FieldGroup;
  hint?: string;
  /** Unit shown after the input. */
  unit?: string;
}

export const groupTitles: Record<FieldGroup, { title: string; description: string }> = {
  engagement: { title: 'Engagement', description: 'Who the engagement is for and how its figures are shown.' },
  learning: { title: 'Learning', description: 'How long it takes to gain a proficiency level, and how much time people can spend learning.' },
  costs: { title: 'Cost defaults', description: 'Assumptions the build / buy / borrow / release cost model starts from.' },
  privacy: { title: 'Privacy', description: 'How personal data is handled in imports, roll-ups and exports.' },
};

export const fields: FieldSpec[] = [
  { path: 'meta.name', label: 'Engagement name', kind: 'text', group: 'engagement' },
  { path: 'meta.currency', label: 'Currency', kind: 'text', group: 'engagement', hint: 'ISO 4217 code, e.g. EUR' },
  { path: 'meta.locale', label: 'Number and date format', kind: 'text', group: 'engagement', hint: 'Locale, e.g. en-GB or de-DE' },
  { path: 'meta.horizonMonths', label: 'Planning horizon', kind: 'integer', group: 'engagement', unit: 'months' },
  { path: 'meta.fiscalStartMonth', label: 'Fiscal year starts in', kind: 'month', group: 'engagement' },
  { path: 'meta.asOfDate', label: 'As-of date', kind: 'date', group: 'engagement', hint: 'The date the analysis counts as today' },
  ...skillCategories.map(
    (c): FieldSpec => ({ path: `settings.hoursPerLevel.${c}`, label: `${categoryLabel(c)} skills`, kind: 'number', group: 'learning', unit: 'hours / level' }),
  ),
  { path: 'settings.learningHoursPerMonth', label: 'Learning time per person', kind: 'number', group: 'learning', unit: 'hours / month' },
  { path: 'settings.costs.recruitingShareOfSalary', label: 'Recruiting cost', kind: 'share', group: 'costs', hint: 'Share of annual salary' },
  { path: 'settings.costs.onboardingMonths', label: 'Onboarding ramp', kind: 'number', group: 'costs', unit: 'months' },
  { path: 'settings.costs.contractorPremium', label: 'Contractor premium', kind: 'share', group: 'costs', hint: 'Over the loaded cost of an employee' },
  { path: 'settings.costs.productivityLossWhileLearning', label: 'Productivity lost while learning', kind: 'share', group: 'costs' },
  { path: 'settings.costs.severanceWeeksPerYear', label: 'Severance per year of tenure', kind: 'number', group: 'costs', unit: 'weeks' },
  { path: 'settings.costs.severanceMinWeeks', label: 'Severance minimum', kind: 'number', group: 'costs', unit: 'weeks' },
  { path: 'settings.costs.severanceCapWeeks', label: 'Severance cap', kind: 'number', group: 'costs', unit: 'weeks' },
  { path: 'settings.costs.salaryInflation', label: 'Salary inflation', kind: 'share', group: 'costs', hint: 'Per year' },
  { path: 'settings.costs.defaultAttritionRate', label: 'Attrition rate', kind: 'share', group: 'costs', hint: 'Per year, where no better figure exists' },
  { path: 'settings.privacy.pseudonymise', label: 'Pseudonymise people', kind: 'boolean', group: 'privacy', hint: 'Drop names and client ids on import; keep stable pseudonyms only' },
  { path: 'settings.privacy.minGroupSize', label: 'Minimum group size', kind: 'integer', group: 'privacy', unit: 'people', hint: 'Roll-ups fold smaller groups into “Other”' },
];

export type Draft = Record<string, string | boolean>;

function getAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]] = value;
}

/** Form values from the API's view: numbers become the text in their inputs. */
export function toDraft(view: SettingsView): Draft {
  const draft: Draft = {};
  for (const f of fields) {
    const v = getAt(view, f.path);
    draft[f.path] = f.kind === 'boolean' ? Boolean(v) : v === undefined || v === null ? '' : String(v);
  }
  return draft;
}

/**
 * The updateSettings payload from the form. Values are converted but not judged: an empty or
 * non-numeric entry is sent as is so the API's validation error explains it, one rule in one place.
 */
export function toPayload(draft: Draft): { meta: Record<string, unknown>; settings: Record<string, unknown> } {
  const out: Record<string, unknown> = { meta: {}, settings: {} };
  for (const f of fields) {
    const raw = draft[f.path];
    let value: unknown = raw;
    if (f.kind === 'boolean') value = Boolean(raw);
    else if (f.kind === 'text' || f.kind === 'date') value = String(raw).trim();
    else {
      const text = String(raw).trim().replace(',', '.');
      value = text === '' ? null : Number.isFinite(Number(text)) ? Number(text) : text;
    }
    setAt(out, f.path, value);
  }
  return out as { meta: Record<string, unknown>; settings: Record<string, unknown> };
}
