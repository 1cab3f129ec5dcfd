// Task profiles: how each kind of role spends its time and how much of each task current
// automation and generative AI could absorb (0-1). The values follow the pattern of the
// occupation-level exposure studies (Eloundou et al. 2024, Felten et al. 2021): routine
// document and data handling is highly exposed, judgement and people work much less, so the
// role exposure the app derives from these tasks spreads meaningfully across the bands.
// Time shares of each profile sum to 1.

type TaskTuple = readonly [name: string, timeShare: number, exposure: number];

export const TASK_PROFILES = {
  executive: [['Set strategy and priorities with the board', 0.35, 0.1], ['Lead the executive team', 0.3, 0.05], ['Meet regulators, investors and partners', 0.2, 0.05], ['Review performance reports', 0.15, 0.45]],
  seniorManager: [['Plan and prioritise the function', 0.25, 0.15], ['Lead and develop managers', 0.3, 0.05], ['Manage budget and headcount', 0.2, 0.35], ['Prepare management reporting', 0.15, 0.55], ['Handle escalations', 0.1, 0.1]],
  teamLeader: [['Coach and supervise the team', 0.35, 0.05], ['Allocate and monitor the workload', 0.2, 0.45], ['Handle escalated cases', 0.2, 0.2], ['Quality-check team output', 0.15, 0.5], ['Prepare team performance reports', 0.1, 0.7]],
  claimsHandler: [['Register first notice of loss and triage claims', 0.25, 0.7], ['Validate cover and request documents', 0.2, 0.65], ['Assess liability and settle claims', 0.25, 0.3], ['Update customers and third parties', 0.2, 0.5], ['Negotiate with repairers and suppliers', 0.1, 0.15]],
  claimsAdjuster: [['Investigate complex and large losses', 0.35, 0.2], ['Inspect sites and meet claimants', 0.2, 0.05], ['Set and review reserves', 0.15, 0.4], ['Write adjustment reports', 0.2, 0.6], ['Negotiate settlements', 0.1, 0.1]],
  damageAssessor: [['Review photos and estimates of vehicle damage', 0.4, 0.6], ['Inspect vehicles at repairers', 0.3, 0.1], ['Agree repair costs with garages', 0.2, 0.15], ['Record total-loss valuations', 0.1, 0.55]],
  fraudInvestigator: [['Review fraud referrals and alerts', 0.3, 0.55], ['Investigate suspicious claims', 0.35, 0.2], ['Interview claimants and witnesses', 0.15, 0.05], ['Prepare evidence files', 0.2, 0.5]],
  processingClerk: [['Index and key claim and policy documents', 0.35, 0.9], ['Check forms for completeness', 0.25, 0.85], ['Process payments and standard letters', 0.25, 0.8], ['Answer internal queries', 0.15, 0.5]],
  dataEntry: [['Key scanned forms into the systems', 0.55, 0.95], ['Verify keyed data against sources', 0.3, 0.85], ['Route exceptions to handlers', 0.15, 0.5]],
  csr: [['Answer customer calls and chats', 0.45, 0.45], ['Make policy changes and quotes', 0.2, 0.7], ['Log calls and write follow-up notes', 0.15, 0.85], ['Handle complaints and vulnerable customers', 0.2, 0.15]],
  policyAdmin: [['Process renewals and mid-term adjustments', 0.4, 0.8], ['Issue policy documents', 0.2, 0.9], ['Reconcile policy data between systems', 0.25, 0.75], ['Handle broker queries', 0.15, 0.4]],
  collections: [['Chase unpaid premiums', 0.4, 0.55], ['Set up payment plans', 0.25, 0.4], ['Reconcile direct debits', 0.25, 0.85], ['Refer hardship cases', 0.1, 0.1]],
  underwriter: [['Assess and rate submissions', 0.4, 0.45], ['Negotiate terms with brokers', 0.2, 0.15], ['Review referrals and exceptions', 0.2, 0.3], ['Document underwriting decisions', 0.2, 0.65]],
  uwAssistant: [['Prepare submissions and data for underwriters', 0.4, 0.8], ['Issue quotes and documents', 0.3, 0.85], ['Maintain underwriting records', 0.3, 0.75]],
  actuary: [['Build and validate reserving models', 0.35, 0.4], ['Run IFRS 17 and Solvency II calculations', 0.25, 0.45], ['Analyse experience and trends', 0.2, 0.5], ['Explain results to management', 0.2, 0.1]],
  pricingAnalyst: [['Build rating models', 0.4, 0.45], ['Monitor price and conversion', 0.3, 0.6], ['Prepare rate-change proposals', 0.3, 0.4]],
  dataScientist: [['Build and validate predictive models', 0.4, 0.4], ['Prepare and engineer data', 0.3, 0.6], ['Present findings to the business', 0.15, 0.1], ['Monitor models in production', 0.15, 0.45]],
  biAnalyst: [['Build dashboards and reports', 0.4, 0.65], ['Write queries for ad-hoc questions', 0.35, 0.7], ['Agree definitions with the business', 0.25, 0.15]],
  developer: [['Write and review code', 0.45, 0.5], ['Design features with the team', 0.2, 0.2], ['Test and fix defects', 0.2, 0.55], ['Support production incidents', 0.15, 0.3]],
  architect: [['Design solution architectures', 0.4, 0.3], ['Review designs and code', 0.25, 0.4], ['Advise delivery teams', 0.2, 0.1], ['Document standards', 0.15, 0.6]],
  qa: [['Write and run test cases', 0.45, 0.7], ['Automate regression tests', 0.3, 0.55], ['Report and triage defects', 0.25, 0.5]],
  sysadmin: [['Operate cloud and on-premise infrastructure', 0.4, 0.45], ['Patch and monitor systems', 0.35, 0.6], ['Resolve infrastructure incidents', 0.25, 0.3]],
  dba: [['Tune and maintain databases', 0.45, 0.5], ['Manage backups and recovery', 0.3, 0.6], ['Support developers with data design', 0.25, 0.3]],
  serviceDesk: [['Answer staff IT requests', 0.45, 0.7], ['Reset accounts and access', 0.25, 0.9], ['Set up laptops and devices', 0.3, 0.3]],
  infosec: [['Monitor alerts and triage incidents', 0.4, 0.5], ['Assess vendor and system risk', 0.25, 0.4], ['Run awareness and phishing tests', 0.15, 0.45], ['Respond to security incidents', 0.2, 0.2]],
  projectManager: [['Plan and track projects', 0.4, 0.5], ['Manage stakeholders and risks', 0.35, 0.15], ['Report status and budgets', 0.25, 0.7]],
  businessAnalyst: [['Elicit and write requirements', 0.4, 0.55], ['Map processes', 0.3, 0.4], ['Support testing and rollout', 0.3, 0.35]],
  accountant: [['Prepare monthly and statutory accounts', 0.4, 0.55], ['Reconcile ledgers', 0.25, 0.8], ['Support audits', 0.2, 0.3], ['Analyse variances', 0.15, 0.5]],
  accountsClerk: [['Post invoices and payments', 0.45, 0.9], ['Reconcile suppliers and bank accounts', 0.35, 0.85], ['Answer supplier queries', 0.2, 0.5]],
  compliance: [['Monitor conduct and regulatory compliance', 0.35, 0.4], ['Interpret new regulation', 0.25, 0.35], ['Prepare regulatory returns', 0.2, 0.65], ['Advise the business', 0.2, 0.15]],
  legal: [['Advise on contracts and disputes', 0.45, 0.3], ['Draft and review documents', 0.35, 0.55], ['Manage external counsel', 0.2, 0.1]],
  paralegal: [['Prepare legal documents and bundles', 0.45, 0.75], ['Research case law and regulation', 0.3, 0.65], ['Maintain matter records', 0.25, 0.8]],
  hrPartner: [['Advise managers on people matters', 0.4, 0.15], ['Run organisation and workforce changes', 0.3, 0.2], ['Analyse people data', 0.3, 0.55]],
  learning: [['Design learning programmes', 0.4, 0.45], ['Deliver and facilitate training', 0.35, 0.1], ['Evaluate learning outcomes', 0.25, 0.5]],
  reward: [['Run pay and bonus cycles', 0.4, 0.6], ['Benchmark roles and pay', 0.35, 0.55], ['Advise on reward policy', 0.25, 0.2]],
  hrAdmin: [['Process joiners, movers and leavers', 0.45, 0.85], ['Maintain HR records', 0.35, 0.85], ['Answer employee queries', 0.2, 0.55]],
  execAssistant: [['Manage diaries and travel', 0.4, 0.65], ['Prepare meeting packs and minutes', 0.35, 0.7], ['Coordinate executive requests', 0.25, 0.3]],
  sales: [['Advise customers and sell policies', 0.5, 0.3], ['Prepare quotes and documents', 0.25, 0.75], ['Follow up leads', 0.25, 0.45]],
  accountManager: [['Manage broker relationships', 0.45, 0.1], ['Negotiate agency terms', 0.25, 0.15], ['Analyse broker performance', 0.3, 0.6]],
  marketing: [['Plan and run campaigns', 0.4, 0.4], ['Write and adapt content', 0.3, 0.8], ['Analyse campaign results', 0.3, 0.6]],
} as const satisfies Record<string, readonly TaskTuple[]>;

export type TaskProfile = keyof typeof TASK_PROFILES;
