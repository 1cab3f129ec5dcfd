// Meridian Mutual's roles. Every occupation code is an O*NET-SOC 29.2 code that has skill
// ratings in the official Skills.xlsx (a test checks each one), so the taxonomy and exposure
// importers can join on them. A role spec with several locations becomes one role per
// location, as in an HRIS where a job is costed per site.
//
// Headcount: `per2k` is the share of a 2,000-person company; `fixed` roles (executives) stay
// at that count at any size. Warsaw roles have no staff yet: the new-market scenario ramps them.
import type { Family, LocationKey, UnitKey } from './org';
import { FUTURE_12M as M12, FUTURE_18M as M18 } from './org';
import type { SkillKey } from './skills';
import type { TaskProfile } from './tasks';

export type Req = readonly [SkillKey, level: number, weight: number];
export type FutureReq = readonly [SkillKey, level: number, weight: number, effectiveDate: string];

export interface RoleSpec {
  key: string;
  title: string;
  code: string;
  family: Family;
  level: number;
  manager?: boolean;
  unit: UnitKey;
  at: readonly (readonly [LocationKey, number])[];
  /** Annual base salary of a full-time Dublin incumbent, EUR. */
  salary: number;
  per2k?: number;
  fixed?: number;
  tasks: TaskProfile;
  reqs: readonly Req[];
  future?: readonly FutureReq[];
  /** Role key of the usual line manager, where the unit structure alone would pick wrongly. */
  reportsTo?: string;
}

export const DUB = [['dublin', 1]] as const;
export const LIS = [['lisbon', 1]] as const;
export const WAW = [['warsaw', 1]] as const;
export const IE_GB = [['dublin', 0.4], ['manchester', 0.6]] as const;
export const PT_GB = [['lisbon', 0.6], ['manchester', 0.4]] as const;
export const IE_PT = [['dublin', 0.5], ['lisbon', 0.5]] as const;

export const BUSINESS_ROLES: readonly RoleSpec[] = [
  // Executive team
  { key: 'ceo', title: 'Chief Executive Officer', code: '11-1011.00', family: 'Executive', level: 8, manager: true, unit: 'group', at: DUB, salary: 320000, fixed: 1, tasks: 'executive',
    reqs: [['strategicThinking', 5, 1], ['stakeholderMgmt', 5, 0.9], ['decisionMaking', 5, 0.9], ['peopleManagement', 4, 0.7], ['budgetManagement', 4, 0.6], ['changeManagement', 4, 0.7], ['solvency2', 3, 0.5], ['genAiLiteracy', 2, 0.3]],
    future: [['genAiLiteracy', 3, 0.5, M12], ['aiAct', 2, 0.4, M12]] },
  { key: 'coo', title: 'Chief Operating Officer', code: '11-1021.00', family: 'Executive', level: 7, manager: true, unit: 'group', at: DUB, salary: 230000, fixed: 1, tasks: 'executive', reportsTo: 'ceo',
    reqs: [['strategicThinking', 4, 0.9], ['peopleManagement', 5, 0.9], ['budgetManagement', 4, 0.8], ['changeManagement', 5, 0.9], ['decisionMaking', 4, 0.8], ['dataLiteracy', 3, 0.5], ['consumerProtection', 3, 0.5], ['stakeholderMgmt', 4, 0.7]],
    future: [['genAiLiteracy', 3, 0.6, M12], ['aiAct', 2, 0.4, M18]] },
  { key: 'cfo', title: 'Chief Financial Officer', code: '11-3031.00', family: 'Executive', level: 7, manager: true, unit: 'finance', at: DUB, salary: 225000, fixed: 1, tasks: 'executive', reportsTo: 'ceo',
    reqs: [['financialReporting', 5, 1], ['ifrs17', 4, 0.9], ['solvency2', 4, 0.8], ['budgetManagement', 5, 0.9], ['strategicThinking', 4, 0.8], ['stakeholderMgmt', 4, 0.7], ['peopleManagement', 4, 0.6]] },
  { key: 'cio', title: 'Chief Information Officer', code: '11-3021.00', family: 'Executive', level: 7, manager: true, unit: 'technology', at: DUB, salary: 220000, fixed: 1, tasks: 'executive', reportsTo: 'ceo',
    reqs: [['strategicThinking', 4, 0.9], ['cloud', 3, 0.6], ['cyberOps', 3, 0.6], ['dora', 4, 0.8], ['budgetManagement', 4, 0.8], ['peopleManagement', 4, 0.7], ['changeManagement', 4, 0.7], ['stakeholderMgmt', 4, 0.7]],
    future: [['aiAct', 3, 0.6, M12], ['genAiLiteracy', 4, 0.7, M12]] },
  { key: 'cro', title: 'Chief Risk Officer', code: '11-9199.02', family: 'Executive', level: 7, manager: true, unit: 'risk', at: DUB, salary: 210000, fixed: 1, tasks: 'executive', reportsTo: 'ceo',
    reqs: [['solvency2', 5, 1], ['consumerProtection', 4, 0.8], ['aml', 4, 0.7], ['dora', 3, 0.6], ['stakeholderMgmt', 4, 0.8], ['decisionMaking', 5, 0.9], ['strategicThinking', 4, 0.7]],
    future: [['aiAct', 4, 0.8, M12]] },
  { key: 'cpo', title: 'Chief People Officer', code: '11-3121.00', family: 'Executive', level: 7, manager: true, unit: 'people', at: DUB, salary: 190000, fixed: 1, tasks: 'executive', reportsTo: 'ceo',
    reqs: [['talentManagement', 5, 1], ['peopleManagement', 5, 0.9], ['changeManagement', 5, 0.9], ['strategicThinking', 4, 0.8], ['stakeholderMgmt', 4, 0.7], ['gdpr', 3, 0.6], ['coaching', 4, 0.6]],
    future: [['dataLiteracy', 3, 0.6, M12], ['genAiLiteracy', 3, 0.5, M12]] },
  { key: 'execAssistant', title: 'Executive Assistant', code: '43-6011.00', family: 'Executive', level: 2, unit: 'exec', at: DUB, salary: 48000, per2k: 6, tasks: 'execAssistant', reportsTo: 'ceo',
    reqs: [['timeManagement', 4, 1], ['communication', 4, 0.8], ['collaboration', 4, 0.7], ['spreadsheets', 3, 0.5], ['gdpr', 2, 0.4], ['stakeholderMgmt', 2, 0.4]],
    future: [['genAiLiteracy', 2, 0.5, M12], ['promptEng', 2, 0.4, M18]] },

  // Claims
  { key: 'headClaims', title: 'Director of Claims', code: '11-1021.00', family: 'Claims', level: 6, manager: true, unit: 'claims', at: DUB, salary: 165000, fixed: 1, tasks: 'seniorManager', reportsTo: 'coo',
    reqs: [['claimsInvestigation', 4, 0.8], ['fraudDetection', 3, 0.6], ['peopleManagement', 5, 0.9], ['budgetManagement', 4, 0.8], ['changeManagement', 4, 0.8], ['consumerProtection', 4, 0.7], ['dataLiteracy', 3, 0.5], ['decisionMaking', 4, 0.8]],
    future: [['aiClaimsTools', 3, 0.6, M12], ['aiAct', 3, 0.5, M18]] },
  { key: 'motorManager', title: 'Claims Manager, Motor', code: '11-1021.00', family: 'Claims', level: 5, manager: true, unit: 'motorClaims', at: IE_GB, salary: 88000, per2k: 3, tasks: 'seniorManager',
    reqs: [['peopleManagement', 4, 0.9], ['coaching', 3, 0.7], ['budgetManagement', 3, 0.7], ['changeManagement', 3, 0.7], ['motorDamage', 4, 0.7], ['consumerProtection', 3, 0.7], ['dataLiteracy', 3, 0.5]],
    future: [['aiClaimsTools', 3, 0.6, M12], ['genAiLiteracy', 3, 0.5, M12]] },
  { key: 'tlMotor', title: 'Team Leader, Motor Claims', code: '43-1011.00', family: 'Claims', level: 4, manager: true, unit: 'motorClaims', at: IE_GB, salary: 54000, per2k: 18, tasks: 'teamLeader',
    reqs: [['coaching', 3, 0.9], ['peopleManagement', 3, 0.9], ['claimsTriage', 4, 0.8], ['motorDamage', 3, 0.6], ['consumerProtection', 3, 0.7], ['dataLiteracy', 2, 0.5], ['complaintHandling', 3, 0.6]],
    future: [['aiClaimsTools', 3, 0.8, M12], ['changeManagement', 3, 0.7, M12]] },
  { key: 'motorHandler', title: 'Motor Claims Handler', code: '13-1031.00', family: 'Claims', level: 2, unit: 'motorClaims', at: IE_GB, salary: 43000, per2k: 210, tasks: 'claimsHandler',
    reqs: [['claimsTriage', 3, 1], ['productKnowledge', 3, 0.8], ['motorDamage', 2, 0.6], ['negotiation', 3, 0.7], ['empathy', 3, 0.7], ['communication', 3, 0.6], ['fraudDetection', 2, 0.5], ['consumerProtection', 2, 0.6], ['gdpr', 2, 0.4], ['policyAdminSystem', 3, 0.5]],
    future: [['aiClaimsTools', 3, 0.8, M12], ['claimsTriage', 4, 0.9, M12], ['promptEng', 2, 0.4, M18], ['dataLiteracy', 2, 0.4, M18]] },
  { key: 'damageAssessor', title: 'Motor Damage Assessor', code: '13-1032.00', family: 'Claims', level: 2, unit: 'motorClaims', at: [['manchester', 0.6], ['dublin', 0.4]], salary: 46000, per2k: 35, tasks: 'damageAssessor',
    reqs: [['motorDamage', 4, 1], ['negotiation', 3, 0.7], ['productKnowledge', 2, 0.5], ['communication', 2, 0.5], ['fraudDetection', 2, 0.5], ['timeManagement', 3, 0.5]],
    future: [['aiClaimsTools', 3, 0.8, M12]] },
  { key: 'propertyManager', title: 'Claims Manager, Property', code: '11-1021.00', family: 'Claims', level: 5, manager: true, unit: 'propertyClaims', at: [['dublin', 0.5], ['manchester', 0.5]], salary: 90000, per2k: 2, tasks: 'seniorManager',
    reqs: [['peopleManagement', 4, 0.9], ['coaching', 3, 0.7], ['budgetManagement', 3, 0.7], ['changeManagement', 3, 0.7], ['propertyLoss', 4, 0.7], ['consumerProtection', 3, 0.7], ['dataLiteracy', 3, 0.5]],
    future: [['aiClaimsTools', 3, 0.6, M12], ['genAiLiteracy', 3, 0.5, M12]] },
  { key: 'tlProperty', title: 'Team Leader, Property Claims', code: '43-1011.00', family: 'Claims', level: 4, manager: true, unit: 'propertyClaims', at: [['dublin', 0.5], ['manchester', 0.5]], salary: 56000, per2k: 12, tasks: 'teamLeader',
    reqs: [['coaching', 3, 0.9], ['peopleManagement', 3, 0.9], ['propertyLoss', 4, 0.8], ['claimsTriage', 3, 0.6], ['consumerProtection', 3, 0.7], ['complaintHandling', 3, 0.6]],
    future: [['aiClaimsTools', 3, 0.8, M12], ['changeManagement', 3, 0.7, M12]] },
  { key: 'propertyHandler', title: 'Property Claims Handler', code: '13-1031.00', family: 'Claims', level: 2, unit: 'propertyClaims', at: [['dublin', 0.5], ['manchester', 0.5]], salary: 45000, per2k: 150, tasks: 'claimsHandler',
    reqs: [['claimsTriage', 3, 1], ['propertyLoss', 3, 0.9], ['productKnowledge', 3, 0.8], ['negotiation', 3, 0.7], ['empathy', 4, 0.8], ['communication', 3, 0.6], ['consumerProtection', 2, 0.6], ['gdpr', 2, 0.4], ['fraudDetection', 2, 0.5]],
    future: [['aiClaimsTools', 3, 0.8, M12], ['propertyLoss', 4, 0.9, M18], ['promptEng', 2, 0.4, M18]] },
  { key: 'complexAdjuster', title: 'Complex Loss Adjuster', code: '13-1031.00', family: 'Claims', level: 3, unit: 'propertyClaims', at: DUB, salary: 62000, per2k: 40, tasks: 'claimsAdjuster',
    reqs: [['claimsInvestigation', 4, 1], ['propertyLoss', 4, 0.9], ['negotiation', 4, 0.8], ['reserving', 2, 0.5], ['communication', 4, 0.7], ['decisionMaking', 3, 0.7], ['consumerProtection', 3, 0.6]],
    future: [['aiClaimsTools', 2, 0.5, M18]] },
  { key: 'fraudInvestigator', title: 'Claims Fraud Investigator', code: '13-2099.04', family: 'Claims', level: 3, unit: 'claims', at: DUB, salary: 58000, per2k: 20, tasks: 'fraudInvestigator',
    reqs: [['fraudDetection', 4, 1], ['claimsInvestigation', 4, 0.9], ['criticalThinking', 4, 0.8], ['communication', 3, 0.6], ['aml', 3, 0.6], ['gdpr', 3, 0.6], ['dataLiteracy', 2, 0.5]],
    future: [['sql', 2, 0.5, M12], ['dataLiteracy', 3, 0.6, M12]] },
  { key: 'claimsOpsManager', title: 'Claims Operations Manager', code: '11-1021.00', family: 'Operations', level: 5, manager: true, unit: 'claimsOps', at: [['lisbon', 0.7], ['manchester', 0.3]], salary: 70000, per2k: 2, tasks: 'seniorManager',
    reqs: [['peopleManagement', 4, 0.9], ['budgetManagement', 3, 0.7], ['changeManagement', 3, 0.8], ['policyAdminSystem', 4, 0.6], ['gdpr', 3, 0.6], ['dataLiteracy', 3, 0.6]],
    future: [['rpa', 3, 0.6, M12], ['aiClaimsTools', 3, 0.6, M12]] },
  { key: 'tlClaimsOps', title: 'Supervisor, Claims Operations', code: '43-1011.00', family: 'Operations', level: 4, manager: true, unit: 'claimsOps', at: [['lisbon', 0.7], ['manchester', 0.3]], salary: 46000, per2k: 14, tasks: 'teamLeader',
    reqs: [['coaching', 3, 0.9], ['peopleManagement', 3, 0.9], ['policyAdminSystem', 4, 0.7], ['timeManagement', 4, 0.6], ['gdpr', 3, 0.5], ['dataLiteracy', 2, 0.5]],
    future: [['rpa', 2, 0.6, M12], ['changeManagement', 3, 0.7, M12]] },
  { key: 'claimsClerk', title: 'Claims Processing Clerk', code: '43-9041.00', family: 'Operations', level: 1, unit: 'claimsOps', at: [['lisbon', 0.7], ['manchester', 0.3]], salary: 31000, per2k: 170, tasks: 'processingClerk',
    reqs: [['policyAdminSystem', 3, 0.9], ['productKnowledge', 2, 0.6], ['timeManagement', 3, 0.7], ['communication', 2, 0.5], ['gdpr', 2, 0.5], ['spreadsheets', 2, 0.4], ['teamwork', 3, 0.5]],
    future: [['aiClaimsTools', 2, 0.7, M12], ['lowCode', 2, 0.4, M18], ['adaptability', 3, 0.6, M12]] },
  { key: 'docIntakeClerk', title: 'Document Intake Clerk', code: '43-9021.00', family: 'Operations', level: 1, unit: 'claimsOps', at: LIS, salary: 27000, per2k: 60, tasks: 'dataEntry',
    reqs: [['policyAdminSystem', 2, 0.8], ['timeManagement', 3, 0.7], ['gdpr', 2, 0.5], ['teamwork', 2, 0.5], ['spreadsheets', 2, 0.4]],
    future: [['aiClaimsTools', 2, 0.6, M12], ['adaptability', 3, 0.6, M12]] },

  // Customer operations
  { key: 'headCustomerOps', title: 'Director of Customer Operations', code: '11-1021.00', family: 'Customer Service', level: 6, manager: true, unit: 'customerOps', at: DUB, salary: 150000, fixed: 1, tasks: 'seniorManager', reportsTo: 'coo',
    reqs: [['peopleManagement', 5, 0.9], ['changeManagement', 4, 0.8], ['budgetManagement', 4, 0.7], ['consumerProtection', 4, 0.8], ['complaintHandling', 4, 0.7], ['dataLiteracy', 3, 0.6], ['stakeholderMgmt', 4, 0.6]],
    future: [['genAiLiteracy', 3, 0.6, M12], ['rpa', 2, 0.4, M12]] },
  { key: 'contactManager', title: 'Contact Centre Manager', code: '11-1021.00', family: 'Customer Service', level: 5, manager: true, unit: 'contactCentre', at: [['lisbon', 0.55], ['manchester', 0.45]], salary: 66000, per2k: 4, tasks: 'seniorManager',
    reqs: [['peopleManagement', 4, 0.9], ['coaching', 4, 0.8], ['budgetManagement', 3, 0.6], ['complaintHandling', 4, 0.7], ['consumerProtection', 3, 0.7], ['dataLiteracy', 3, 0.6]],
    future: [['genAiLiteracy', 3, 0.6, M12], ['changeManagement', 4, 0.7, M12]] },
  { key: 'tlContact', title: 'Team Leader, Contact Centre', code: '43-1011.00', family: 'Customer Service', level: 4, manager: true, unit: 'contactCentre', at: [['lisbon', 0.55], ['manchester', 0.45]], salary: 42000, per2k: 30, tasks: 'teamLeader',
    reqs: [['coaching', 3, 0.9], ['peopleManagement', 3, 0.9], ['complaintHandling', 3, 0.8], ['productKnowledge', 3, 0.6], ['crm', 3, 0.6], ['consumerProtection', 3, 0.7], ['dataLiteracy', 2, 0.5]],
    future: [['genAiLiteracy', 3, 0.6, M12], ['changeManagement', 3, 0.7, M12]] },
  { key: 'csr', title: 'Customer Service Representative', code: '43-4051.00', family: 'Customer Service', level: 1, unit: 'contactCentre', at: [['lisbon', 0.55], ['manchester', 0.45]], salary: 29000, per2k: 380, tasks: 'csr',
    reqs: [['serviceOrientation', 3, 1], ['activeListening', 3, 0.9], ['empathy', 3, 0.8], ['productKnowledge', 3, 0.8], ['crm', 3, 0.7], ['complaintHandling', 2, 0.6], ['consumerProtection', 2, 0.6], ['gdpr', 2, 0.5], ['communication', 3, 0.6]],
    future: [['genAiLiteracy', 2, 0.5, M12], ['complaintHandling', 3, 0.7, M12], ['promptEng', 2, 0.4, M18]] },
  { key: 'policyManager', title: 'Policy Administration Manager', code: '11-1021.00', family: 'Operations', level: 5, manager: true, unit: 'policyAdmin', at: PT_GB, salary: 64000, per2k: 2, tasks: 'seniorManager',
    reqs: [['peopleManagement', 4, 0.9], ['budgetManagement', 3, 0.6], ['changeManagement', 3, 0.7], ['policyServicing', 4, 0.7], ['policyAdminSystem', 4, 0.6], ['dataLiteracy', 3, 0.5]],
    future: [['rpa', 3, 0.6, M12]] },
  { key: 'tlPolicy', title: 'Team Leader, Policy Administration', code: '43-1011.00', family: 'Operations', level: 4, manager: true, unit: 'policyAdmin', at: PT_GB, salary: 43000, per2k: 14, tasks: 'teamLeader',
    reqs: [['coaching', 3, 0.9], ['peopleManagement', 3, 0.9], ['policyServicing', 4, 0.8], ['policyAdminSystem', 4, 0.7], ['timeManagement', 4, 0.5], ['dataLiteracy', 2, 0.5]],
    future: [['rpa', 2, 0.6, M12], ['changeManagement', 3, 0.7, M12]] },
  { key: 'policyAdministrator', title: 'Policy Administrator', code: '43-9041.00', family: 'Operations', level: 1, unit: 'policyAdmin', at: PT_GB, salary: 30000, per2k: 150, tasks: 'policyAdmin',
    reqs: [['policyServicing', 3, 1], ['policyAdminSystem', 3, 0.9], ['productKnowledge', 2, 0.6], ['spreadsheets', 2, 0.5], ['gdpr', 2, 0.5], ['timeManagement', 3, 0.6], ['communication', 2, 0.4]],
    future: [['rpa', 2, 0.5, M12], ['lowCode', 2, 0.4, M18], ['dataLiteracy', 2, 0.5, M12]] },
  { key: 'collections', title: 'Premium Collections Specialist', code: '43-3011.00', family: 'Operations', level: 1, unit: 'policyAdmin', at: LIS, salary: 29000, per2k: 30, tasks: 'collections',
    reqs: [['negotiation', 2, 0.8], ['empathy', 3, 0.7], ['crm', 3, 0.7], ['consumerProtection', 3, 0.7], ['aml', 2, 0.5], ['spreadsheets', 2, 0.5], ['communication', 2, 0.5]] },

  // Underwriting, actuarial and pricing
  { key: 'headUnderwriting', title: 'Director of Underwriting', code: '11-1021.00', family: 'Underwriting', level: 6, manager: true, unit: 'underwriting', at: DUB, salary: 170000, fixed: 1, tasks: 'seniorManager', reportsTo: 'ceo',
    reqs: [['underwritingRisk', 5, 1], ['pricing', 4, 0.8], ['reinsurance', 4, 0.7], ['solvency2', 4, 0.7], ['peopleManagement', 4, 0.8], ['strategicThinking', 4, 0.7], ['stakeholderMgmt', 4, 0.6]],
    future: [['aiAct', 3, 0.6, M18]] },
  { key: 'uwManager', title: 'Underwriting Manager', code: '13-2053.00', family: 'Underwriting', level: 4, manager: true, unit: 'underwriting', at: [['dublin', 0.6], ['manchester', 0.4]], salary: 92000, per2k: 10, tasks: 'teamLeader',
    reqs: [['underwritingRisk', 4, 1], ['pricing', 3, 0.7], ['peopleManagement', 3, 0.8], ['coaching', 3, 0.7], ['idd', 3, 0.6], ['solvency2', 3, 0.5]],
    future: [['dataLiteracy', 3, 0.6, M12]] },
  { key: 'underwriter', title: 'Underwriter', code: '13-2053.00', family: 'Underwriting', level: 2, unit: 'underwriting', at: [['dublin', 0.6], ['manchester', 0.4]], salary: 54000, per2k: 65, tasks: 'underwriter',
    reqs: [['underwritingRisk', 3, 1], ['pricing', 2, 0.7], ['productKnowledge', 3, 0.8], ['negotiation', 3, 0.7], ['spreadsheets', 3, 0.6], ['idd', 2, 0.5], ['solvency2', 2, 0.4], ['communication', 3, 0.5]],
    future: [['dataLiteracy', 3, 0.6, M12], ['genAiLiteracy', 2, 0.4, M12], ['aiAct', 2, 0.4, M18]] },
  { key: 'seniorUnderwriter', title: 'Senior Underwriter', code: '13-2053.00', family: 'Underwriting', level: 3, unit: 'underwriting', at: DUB, salary: 74000, per2k: 25, tasks: 'underwriter',
    reqs: [['underwritingRisk', 4, 1], ['pricing', 3, 0.8], ['reinsurance', 3, 0.6], ['negotiation', 4, 0.8], ['decisionMaking', 4, 0.7], ['solvency2', 3, 0.5], ['coaching', 2, 0.4], ['idd', 3, 0.5]],
    future: [['dataLiteracy', 3, 0.6, M12]] },
  { key: 'uwAssistant', title: 'Underwriting Assistant', code: '43-9041.00', family: 'Underwriting', level: 1, unit: 'underwriting', at: [['lisbon', 0.6], ['dublin', 0.4]], salary: 32000, per2k: 45, tasks: 'uwAssistant',
    reqs: [['policyAdminSystem', 3, 0.9], ['productKnowledge', 2, 0.6], ['spreadsheets', 2, 0.6], ['timeManagement', 3, 0.6], ['communication', 2, 0.5], ['gdpr', 2, 0.4]],
    future: [['rpa', 2, 0.5, M12]] },
  { key: 'actuarialManager', title: 'Actuarial Manager', code: '15-2011.00', family: 'Actuarial & Analytics', level: 5, manager: true, unit: 'actuarial', at: DUB, salary: 150000, per2k: 3, tasks: 'seniorManager', reportsTo: 'cfo',
    reqs: [['reserving', 5, 1], ['statModel', 5, 0.9], ['ifrs17', 5, 0.9], ['solvency2', 5, 0.9], ['peopleManagement', 4, 0.7], ['stakeholderMgmt', 4, 0.7], ['python', 3, 0.5]],
    future: [['ml', 3, 0.5, M18]] },
  { key: 'actuary', title: 'Actuary', code: '15-2011.00', family: 'Actuarial & Analytics', level: 3, unit: 'actuarial', at: DUB, salary: 88000, per2k: 18, tasks: 'actuary',
    reqs: [['reserving', 4, 1], ['statModel', 4, 0.9], ['ifrs17', 4, 0.9], ['solvency2', 4, 0.8], ['python', 3, 0.6], ['sql', 3, 0.5], ['communication', 3, 0.5], ['criticalThinking', 4, 0.6]],
    future: [['python', 4, 0.7, M18], ['ml', 2, 0.5, M18]] },
  { key: 'pricingAnalyst', title: 'Pricing Analyst', code: '15-2031.00', family: 'Actuarial & Analytics', level: 3, unit: 'actuarial', at: DUB, salary: 70000, per2k: 15, tasks: 'pricingAnalyst',
    reqs: [['pricing', 4, 1], ['statModel', 4, 0.9], ['python', 3, 0.7], ['sql', 3, 0.7], ['dataViz', 3, 0.5], ['productKnowledge', 3, 0.5], ['criticalThinking', 3, 0.6]],
    future: [['ml', 3, 0.7, M12], ['aiAct', 2, 0.5, M18]] },
];
