// Attribution and citation lines for the public sources (see ../shared/data/README.md): shown
// wherever figures derived from them can appear, and with each import report.
import type { ExposureSource } from '../../../../shared/taxonomy-types';

export const onetAttribution = (release: string | null): string =>
  `${release?.trim() || 'O*NET Database'} by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license.`;

export const escoAttribution =
  'ESCO (European Skills, Competences, Qualifications and Occupations), European Commission. Reused with acknowledgement under Commission Decision 2011/833/EU.';

export const exposureCitations: Record<ExposureSource, string> = {
  eloundou: 'Eloundou, T., Manning, S., Mishkin, P., Rock, D. (2024). GPTs are GPTs: Labor market impact potential of LLMs. Science 384:1306. Data under the MIT licence.',
  'frey-osborne': 'Frey, C. B., Osborne, M. A. (2017). The future of employment: How susceptible are jobs to computerisation? Technological Forecasting and Social Change 114:254-280.',
  aioe: 'Felten, E., Raj, M., Seamans, R. (2021). Occupational, industry, and geographic exposure to artificial intelligence: A novel dataset and its potential uses. Strategic Management Journal 42(12):2195-2217.',
  microsoft: 'Tomlinson, K., et al. (2025). Working with AI: Measuring the occupational implications of generative AI. arXiv:2507.07935. Data under CC BY 4.0.',
};

export const exposureLabels: Record<ExposureSource | 'manual', string> = {
  eloundou: 'Eloundou et al. 2024 (GPTs are GPTs)',
  'frey-osborne': 'Frey & Osborne 2017',
  aioe: 'Felten et al. 2021 (AIOE)',
  microsoft: 'Microsoft AI applicability (Tomlinson et al. 2025)',
  manual: 'From the roles’ tasks',
};

/** What each index's file looks like, for the form's hint. */
export const exposureFileHints: Record<ExposureSource, string> = {
  eloundou: 'eloundou_gpts_occ_level.csv: one row per O*NET-SOC occupation with alpha/beta/gamma ratings.',
  'frey-osborne': 'frey_osborne_2017.csv: SOC 2010 codes with the probability of computerisation; give the SOC 2010 to 2018 crosswalk to match newer codes.',
  aioe: 'The AIOE appendix workbook (sheet Appendix A: by SOC occupation, z-scored).',
  microsoft: 'microsoft_ai_applicability.csv: SOC 2018 codes with the AI applicability score.',
};
