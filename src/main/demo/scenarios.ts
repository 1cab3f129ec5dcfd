// The demo's two scenarios, written as version 1 of each. Bodies are parsed with the shared
// ScenarioBody schema before they are stored, so the demo can never ship a scenario the app
// would refuse to load.
import { ScenarioBody } from '../../shared/domain/scenario';
import type { WritableDB } from '../db/types';
import type { Structure } from './catalogue';
import { DEMO_META, FUTURE_12M, WARSAW_LAUNCH } from './catalogue/org';
import type { CatalogueIds } from './write-catalogue';

/** Pinned like the as-of date, so the file's content depends only on the seed and size. */
const CREATED_AT = `${DEMO_META.asOfDate}T09:00:00.000Z`;
const DEMO_BASE_SIZE = 2000;

export interface DemoScenario {
  name: string;
  kind: 'automation' | 'new-market';
  description: string;
  body: ScenarioBody;
}

export function demoScenarios(s: Structure, ids: CatalogueIds, employees: number): DemoScenario[] {
  const roleIds = (...keys: string[]) => keys.flatMap((k) => (s.rolesBySpec.get(k) ?? []).map((r) => r.id));
  const roleId = (key: string) => roleIds(key)[0];
  // The Warsaw ramp grows with the company so large benchmark engagements stay proportionate.
  const scaled = (target: number) => Math.max(1, Math.round((target * employees) / DEMO_BASE_SIZE));

  const automation = ScenarioBody.parse({
    startDate: DEMO_META.asOfDate,
    periodUnit: 'month',
    periods: 18,
    hiring: 'replace',
    assumptions: [
      'AI claims triage and estimating go live in pilot teams in early 2027, then roll out to all motor and property claims teams.',
      'Intelligent document processing replaces most manual keying and indexing of claim and policy documents by March 2028.',
      'Released capacity is absorbed by not replacing leavers before any redundancy is considered.',
      'Exposure per role comes from its task profile (share of task time the tools can absorb).',
    ],
    changes: [
      {
        type: 'automation',
        id: 'ai-claims',
        label: 'AI-assisted claims triage and estimating',
        roleIds: roleIds('motorHandler', 'propertyHandler', 'damageAssessor'),
        exposure: { from: 'tasks' },
        adoption: { curve: 's-curve', target: 0.6, midpointMonths: 9, steepness: 0.5 },
        realisation: 0.7,
        investment: 1_800_000,
        newRequirements: [
          { roleId: null, skillId: s.skillId.aiClaimsTools, level: 3, weight: 0.8, effectiveDate: FUTURE_12M },
          { roleId: roleId('tlMotor'), skillId: s.skillId.changeManagement, level: 3, weight: 0.7, effectiveDate: FUTURE_12M },
        ],
        objectiveIds: [ids.objectiveId.cycleTime, ids.objectiveId.expenseRatio],
      },
      {
        type: 'automation',
        id: 'idp-back-office',
        label: 'Intelligent document processing in the back office',
        roleIds: roleIds('claimsClerk', 'docIntakeClerk', 'policyAdministrator', 'uwAssistant'),
        exposure: { from: 'tasks' },
        adoption: { curve: 'linear', target: 0.5, startDate: '2027-01-01', byDate: '2028-03-31' },
        realisation: 0.8,
        investment: 900_000,
        newRequirements: [{ roleId: null, skillId: s.skillId.rpa, level: 2, weight: 0.5, effectiveDate: FUTURE_12M }],
        objectiveIds: [ids.objectiveId.expenseRatio],
      },
      { type: 'salary-inflation', id: 'pay-2027', annualRate: 0.035 },
    ],
  });

  const newMarket = ScenarioBody.parse({
    startDate: DEMO_META.asOfDate,
    periodUnit: 'month',
    periods: 18,
    hiring: 'fill',
    assumptions: [
      'The Warsaw branch opens on 1 July 2027 under the EU freedom of establishment, selling motor and home insurance direct.',
      'Polish-speaking staff are scarce internally: about 15% of roles are filled by transfers, the rest hired locally.',
      'Customer-facing roles need Polish at level 4 or above and working knowledge of KNF rules from day one.',
    ],
    changes: [
      {
        type: 'new-market',
        id: 'warsaw',
        label: 'Poland market entry (Warsaw branch)',
        locationId: s.locationId.warsaw,
        launchDate: WARSAW_LAUNCH,
        labourCostIndex: 0.52,
        timeToFillDays: { 'Customer Service': 35, Claims: 50, Underwriting: 75, 'Risk & Compliance': 90, Executive: 120 },
        ramp: [
          { roleId: roleId('plCountryManager'), target: 1, rampMonths: 0, curve: 'step' },
          { roleId: roleId('plTeamLeader'), target: scaled(6), rampMonths: 12, curve: 'linear' },
          { roleId: roleId('plCsr'), target: scaled(60), rampMonths: 12, curve: 's-curve' },
          { roleId: roleId('plClaims'), target: scaled(25), rampMonths: 12, curve: 's-curve' },
          { roleId: roleId('plUnderwriter'), target: scaled(8), rampMonths: 9, curve: 'linear' },
          { roleId: roleId('plCompliance'), target: scaled(3), rampMonths: 3, curve: 'step' },
        ],
        extraRequirements: [
          { skillId: s.skillId.polish, level: 4, weight: 0.9 },
          { skillId: s.skillId.polishInsuranceLaw, level: 3, weight: 0.6 },
        ],
        internalShare: 0.15,
        objectiveIds: [ids.objectiveId.poland],
      },
    ],
  });

  return [
    {
      name: 'AI-assisted claims and back office',
      kind: 'automation',
      description: 'AI triage and estimating in claims plus document automation in the back office, over 18 months.',
      body: automation,
    },
    {
      name: 'Poland market entry',
      kind: 'new-market',
      description: 'Open a Warsaw branch in July 2027 and ramp up local customer service, claims and underwriting.',
      body: newMarket,
    },
  ];
}

export function writeScenarios(db: WritableDB, scenarios: readonly DemoScenario[]): void {
  const scenario = db.prepare('INSERT INTO scenarios (id, name, kind, description, created_at) VALUES (?, ?, ?, ?, ?)');
  const version = db.prepare(
    'INSERT INTO scenario_versions (scenario_id, version, created_at, note, body) VALUES (?, 1, ?, ?, ?)',
  );
  scenarios.forEach((sc, i) => {
    scenario.run(i + 1, sc.name, sc.kind, sc.description, CREATED_AT);
    version.run(i + 1, CREATED_AT, 'Demo scenario as generated', JSON.stringify(sc.body));
  });
}
