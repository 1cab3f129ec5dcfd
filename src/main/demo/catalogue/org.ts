// Meridian Mutual: a fictional Irish-headquartered insurer (motor, home and SME lines) with a
// UK operation in Manchester, a shared-service centre in Lisbon and a planned entry into
// Poland. Cost indices are relative to Dublin (1.00) and follow the broad gap in financial
// services pay between these cities; costs are kept in the engagement currency (EUR).

export const DEMO_META = {
  name: 'Meridian Mutual (demo)',
  currency: 'EUR',
  locale: 'en-GB',
  horizonMonths: 18,
  fiscalStartMonth: 1,
  asOfDate: '2026-10-01',
} as const;

/** Future-dated requirements come into force 12 and 18 months after the as-of date. */
export const FUTURE_12M = '2027-10-01';
export const FUTURE_18M = '2028-04-01';
export const WARSAW_LAUNCH = '2027-07-01';

export type LocationKey = 'dublin' | 'manchester' | 'lisbon' | 'warsaw';

export interface LocationSpec {
  key: LocationKey;
  clientId: string;
  name: string;
  country: string;
  currency: string;
  labourCostIndex: number;
  /** Employer on-costs (social insurance, pension, benefits) on top of salary. */
  onCost: number;
  /** Multiplier on the family's base time-to-fill: tighter or looser labour markets. */
  timeToFillFactor: number;
  planned: boolean;
  launchDate: string | null;
  /** Share of required skills never assessed: assessment campaigns reached sites unevenly. */
  unassessedShare: number;
}

export const LOCATIONS: readonly LocationSpec[] = [
  { key: 'dublin', clientId: 'LOC-IE-DUB', name: 'Dublin', country: 'IE', currency: 'EUR', labourCostIndex: 1, onCost: 1.24, timeToFillFactor: 1, planned: false, launchDate: null, unassessedShare: 0.12 },
  { key: 'manchester', clientId: 'LOC-GB-MAN', name: 'Manchester', country: 'GB', currency: 'GBP', labourCostIndex: 0.88, onCost: 1.22, timeToFillFactor: 0.9, planned: false, launchDate: null, unassessedShare: 0.2 },
  { key: 'lisbon', clientId: 'LOC-PT-LIS', name: 'Lisbon', country: 'PT', currency: 'EUR', labourCostIndex: 0.58, onCost: 1.3, timeToFillFactor: 0.8, planned: false, launchDate: null, unassessedShare: 0.15 },
  { key: 'warsaw', clientId: 'LOC-PL-WAW', name: 'Warsaw', country: 'PL', currency: 'PLN', labourCostIndex: 0.52, onCost: 1.25, timeToFillFactor: 1.25, planned: true, launchDate: WARSAW_LAUNCH, unassessedShare: 0.15 },
];

export type UnitKey =
  | 'group'
  | 'exec'
  | 'claims'
  | 'motorClaims'
  | 'propertyClaims'
  | 'claimsOps'
  | 'underwriting'
  | 'actuarial'
  | 'customerOps'
  | 'contactCentre'
  | 'policyAdmin'
  | 'distribution'
  | 'technology'
  | 'dataAi'
  | 'infosec'
  | 'finance'
  | 'risk'
  | 'people'
  | 'poland';

export interface UnitSpec {
  key: UnitKey;
  name: string;
  parent: UnitKey | null;
  costCentre: string;
}

/** Parents come before children so ids can be assigned in one pass. */
export const UNITS: readonly UnitSpec[] = [
  { key: 'group', name: 'Meridian Mutual Group', parent: null, costCentre: 'CC-1000' },
  { key: 'exec', name: 'Executive Office', parent: 'group', costCentre: 'CC-1100' },
  { key: 'claims', name: 'Claims', parent: 'group', costCentre: 'CC-2000' },
  { key: 'motorClaims', name: 'Motor Claims', parent: 'claims', costCentre: 'CC-2100' },
  { key: 'propertyClaims', name: 'Property Claims', parent: 'claims', costCentre: 'CC-2200' },
  { key: 'claimsOps', name: 'Claims Operations', parent: 'claims', costCentre: 'CC-2300' },
  { key: 'underwriting', name: 'Underwriting & Pricing', parent: 'group', costCentre: 'CC-3000' },
  { key: 'actuarial', name: 'Actuarial & Analytics', parent: 'underwriting', costCentre: 'CC-3100' },
  { key: 'customerOps', name: 'Customer Operations', parent: 'group', costCentre: 'CC-4000' },
  { key: 'contactCentre', name: 'Contact Centre', parent: 'customerOps', costCentre: 'CC-4100' },
  { key: 'policyAdmin', name: 'Policy Administration', parent: 'customerOps', costCentre: 'CC-4200' },
  { key: 'distribution', name: 'Distribution & Marketing', parent: 'group', costCentre: 'CC-5000' },
  { key: 'technology', name: 'Technology', parent: 'group', costCentre: 'CC-6000' },
  { key: 'dataAi', name: 'Data & AI', parent: 'technology', costCentre: 'CC-6100' },
  { key: 'infosec', name: 'Information Security', parent: 'technology', costCentre: 'CC-6200' },
  { key: 'finance', name: 'Finance', parent: 'group', costCentre: 'CC-7000' },
  { key: 'risk', name: 'Risk, Legal & Compliance', parent: 'group', costCentre: 'CC-8000' },
  { key: 'people', name: 'People & Culture', parent: 'group', costCentre: 'CC-9000' },
  { key: 'poland', name: 'Poland Branch (planned)', parent: 'group', costCentre: 'CC-9500' },
];

/** Role families with the typical days to fill a vacancy in Dublin. */
export const FAMILY_TIME_TO_FILL = {
  Executive: 150,
  Claims: 45,
  Underwriting: 60,
  'Actuarial & Analytics': 90,
  'Customer Service': 30,
  Operations: 35,
  'Sales & Distribution': 45,
  Marketing: 50,
  Technology: 65,
  'Data & AI': 75,
  'Information Security': 85,
  Finance: 55,
  'Risk & Compliance': 70,
  Legal: 80,
  'People & Culture': 50,
} as const;

export type Family = keyof typeof FAMILY_TIME_TO_FILL;
