// Engagement-level settings. Stored as one validated JSON document per engagement so a file
// written before a setting existed still opens: missing keys take the defaults below.
import { z } from 'zod';
import { IsoDate, skillCategories } from './entities';

const HoursPerLevel = z
  .object(
    Object.fromEntries(skillCategories.map((c) => [c, z.number().positive().max(1000)])) as Record<
      (typeof skillCategories)[number],
      z.ZodNumber
    >,
  )
  .strict();

const Costs = z
  .object({
    recruitingShareOfSalary: z.number().min(0).max(2),
    onboardingMonths: z.number().min(0).max(24),
    contractorPremium: z.number().min(0).max(5),
    productivityLossWhileLearning: z.number().min(0).max(1),
    severanceWeeksPerYear: z.number().min(0).max(52),
    severanceMinWeeks: z.number().min(0).max(104),
    severanceCapWeeks: z.number().min(0).max(260),
    salaryInflation: z.number().min(-0.5).max(1),
    defaultAttritionRate: z.number().min(0).max(1),
  })
  .strict();

const Privacy = z
  .object({
    /** Drop names and client ids on import, keeping only stable pseudonyms. */
    pseudonymise: z.boolean(),
    /** Roll-ups hide groups smaller than this. */
    minGroupSize: z.number().int().min(1).max(100),
  })
  .strict();

export const EngagementSettings = z
  .object({
    /** Learning hours needed to gain one proficiency level, by skill category. */
    hoursPerLevel: HoursPerLevel,
    /** Hours a person can spend learning per month alongside their job. */
    learningHoursPerMonth: z.number().positive().max(200),
    costs: Costs,
    privacy: Privacy,
  })
  .strict();
export type EngagementSettings = z.infer<typeof EngagementSettings>;

export const defaultSettings = (): EngagementSettings => ({
  hoursPerLevel: { technical: 40, digital: 40, domain: 40, language: 40, regulatory: 40, soft: 60, leadership: 60 },
  learningHoursPerMonth: 16,
  costs: {
    recruitingShareOfSalary: 0.2,
    onboardingMonths: 3,
    contractorPremium: 0.35,
    productivityLossWhileLearning: 0.2,
    severanceWeeksPerYear: 2,
    severanceMinWeeks: 4,
    severanceCapWeeks: 52,
    salaryInflation: 0.03,
    defaultAttritionRate: 0.1,
  },
  privacy: { pseudonymise: true, minGroupSize: 5 },
});

/** A change to some settings: any key at any depth may be left out. */
export const SettingsPatch = z
  .object({
    hoursPerLevel: HoursPerLevel.partial(),
    learningHoursPerMonth: EngagementSettings.shape.learningHoursPerMonth,
    costs: Costs.partial(),
    privacy: Privacy.partial(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/**
 * Applies a patch over `base`, one level deep. Also reads stored settings: a file written
 * before a setting existed gets the default for it.
 */
export function applySettingsPatch(base: EngagementSettings, patch: SettingsPatch): EngagementSettings {
  return EngagementSettings.parse({
    hoursPerLevel: { ...base.hoursPerLevel, ...patch.hoursPerLevel },
    learningHoursPerMonth: patch.learningHoursPerMonth ?? base.learningHoursPerMonth,
    costs: { ...base.costs, ...patch.costs },
    privacy: { ...base.privacy, ...patch.privacy },
  });
}

/** The engagement's identity: one row per file. */
export const EngagementMeta = z.object({
  name: z.string().trim().min(1).max(200),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as EUR'),
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'expected a locale such as en-GB'),
  horizonMonths: z.number().int().min(1).max(120),
  fiscalStartMonth: z.number().int().min(1).max(12),
  /** The date the analysis counts as "today"; the demo pins it so results are reproducible. */
  asOfDate: IsoDate,
});
export type EngagementMeta = z.infer<typeof EngagementMeta>;
