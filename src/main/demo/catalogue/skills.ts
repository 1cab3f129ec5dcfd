// The demo's skills catalogue: 60+ skills across every category an insurer's workforce plan
// touches. Where a skill matches an O*NET 29.2 skill element or an ESCO v1.2.0 skill, its
// taxonomy reference is the real identifier (checked against the official files in the tests),
// so the demo exercises the same taxonomy links an imported catalogue would have.
import type { SkillCategory } from '../../../shared/domain/entities';

type Taxonomy = readonly ['onet' | 'esco' | 'custom', string | null];
const onet = (id: string): Taxonomy => ['onet', id];
const esco = (uuid: string): Taxonomy => ['esco', `http://data.europa.eu/esco/skill/${uuid}`];
const custom: Taxonomy = ['custom', null];

interface SkillSpec {
  name: string;
  category: SkillCategory;
  taxonomy: Taxonomy;
  description: string;
}

const s = (name: string, category: SkillCategory, taxonomy: Taxonomy, description: string): SkillSpec => ({
  name,
  category,
  taxonomy,
  description,
});

export const SKILLS = {
  // technical
  python: s('Python', 'technical', esco('ccd0a1d9-afda-43d9-b901-96344886e14d'), 'Writing and maintaining Python code for data work and automation.'),
  sql: s('SQL', 'technical', esco('598de5b0-5b58-4ea7-8058-a4bc4d18c742'), 'Querying and shaping relational data.'),
  programming: s('Software engineering', 'technical', onet('2.B.3.e'), 'Designing, writing, testing and reviewing production software.'),
  java: s('Java', 'technical', custom, 'Building services on the JVM, the core policy and claims platforms.'),
  cloud: s('Cloud platforms', 'technical', esco('bd14968e-e409-45af-b362-3495ed7b10e0'), 'Deploying and operating workloads on public cloud.'),
  ml: s('Machine learning', 'technical', esco('3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43'), 'Training, validating and monitoring predictive models.'),
  statModel: s('Statistical modelling', 'technical', custom, 'GLMs, credibility and survival models for pricing and reserving.'),
  systemsAnalysis: s('Systems analysis', 'technical', onet('2.B.4.g'), 'Working out how a system should work and how changes affect outcomes.'),
  testing: s('Software testing', 'technical', custom, 'Test design, automation and regression suites.'),
  cyberOps: s('Cyber security operations', 'technical', esco('8088750d-8388-4170-a76f-48354c469c44'), 'Detecting, triaging and responding to security incidents.'),
  dataModelling: s('Data modelling', 'technical', custom, 'Designing schemas and data products for analytics.'),
  troubleshooting: s('IT troubleshooting', 'technical', onet('2.B.3.k'), 'Finding and fixing faults in systems and user devices.'),
  // digital
  spreadsheets: s('Spreadsheets (advanced Excel)', 'digital', esco('1973c966-f236-40c9-b2d4-5d71a89019be'), 'Formulas, pivot tables and models in spreadsheets.'),
  dataViz: s('Data visualisation (Power BI)', 'digital', esco('65e58886-bd1e-4c5b-8ca5-8d9b353c8aa1'), 'Dashboards and charts that answer business questions.'),
  crm: s('CRM systems', 'digital', esco('9889b795-d755-41b2-8afd-2e3c87a65a38'), 'Working customer cases and pipelines in the CRM.'),
  promptEng: s('Prompt engineering', 'digital', custom, 'Getting reliable, checked output from generative AI assistants.'),
  genAiLiteracy: s('Generative AI literacy', 'digital', custom, 'Knowing what generative AI can and cannot do, and its risks.'),
  aiClaimsTools: s('AI-assisted claims tools', 'digital', custom, 'Working with AI triage, document extraction and estimate tools in the claims platform.'),
  rpa: s('Robotic process automation', 'digital', custom, 'Designing and maintaining software robots for back-office work.'),
  lowCode: s('Low-code automation', 'digital', custom, 'Building workflow automations with low-code tools.'),
  dataLiteracy: s('Data literacy', 'digital', custom, 'Reading, questioning and using data in everyday decisions.'),
  policyAdminSystem: s('Policy administration system', 'digital', custom, 'Operating the core policy administration platform.'),
  collaboration: s('Digital collaboration tools', 'digital', custom, 'Working effectively with shared documents, chat and video.'),
  // soft
  communication: s('Written communication', 'soft', onet('2.A.1.c'), 'Clear, plain-language writing to customers and colleagues.'),
  activeListening: s('Active listening', 'soft', onet('2.A.1.b'), 'Giving full attention and asking the right questions.'),
  empathy: s('Customer empathy', 'soft', esco('77b636e8-fab3-41a8-8022-1e0a354059dc'), 'Understanding the customer’s situation, especially after a loss.'),
  negotiation: s('Negotiation', 'soft', onet('2.B.1.d'), 'Reaching settlements and agreements that hold.'),
  problemSolving: s('Complex problem solving', 'soft', onet('2.B.2.i'), 'Working through unfamiliar problems to a sound answer.'),
  criticalThinking: s('Critical thinking', 'soft', onet('2.A.2.a'), 'Weighing evidence and alternatives before concluding.'),
  teamwork: s('Teamwork', 'soft', esco('60c78287-22eb-4103-9c8c-28deaa460da0'), 'Working with others towards a shared result.'),
  adaptability: s('Adaptability', 'soft', esco('49de9958-2aa4-4eef-a89d-fe5d5bcd28c4'), 'Adjusting to new tools, processes and priorities.'),
  timeManagement: s('Time management', 'soft', onet('2.B.5.a'), 'Managing one’s own time and a caseload.'),
  serviceOrientation: s('Service orientation', 'soft', onet('2.B.1.f'), 'Actively looking for ways to help people.'),
  persuasion: s('Persuasion', 'soft', onet('2.B.1.c'), 'Bringing others round to a course of action.'),
  // leadership
  coaching: s('Coaching', 'leadership', onet('2.B.1.e'), 'Developing others through feedback and instruction.'),
  peopleManagement: s('People management', 'leadership', onet('2.B.5.d'), 'Motivating, developing and directing people; performance management.'),
  budgetManagement: s('Budget management', 'leadership', onet('2.B.5.b'), 'Planning and controlling a budget.'),
  changeManagement: s('Change management', 'leadership', custom, 'Leading people through changes in how work is done.'),
  strategicThinking: s('Strategic thinking', 'leadership', custom, 'Setting direction from the market, regulation and capabilities.'),
  stakeholderMgmt: s('Stakeholder management', 'leadership', custom, 'Aligning executives, regulators and partners.'),
  decisionMaking: s('Judgement and decision making', 'leadership', onet('2.B.4.e'), 'Weighing costs and benefits to choose well.'),
  // domain
  claimsTriage: s('Claims triage', 'domain', custom, 'Assessing new claims for complexity, cover and fraud signals on first notice.'),
  claimsInvestigation: s('Claims investigation', 'domain', custom, 'Establishing liability and quantum on complex claims.'),
  fraudDetection: s('Fraud detection', 'domain', custom, 'Spotting and evidencing fraudulent claims and applications.'),
  motorDamage: s('Motor damage assessment', 'domain', custom, 'Estimating vehicle repair costs and total loss.'),
  propertyLoss: s('Property loss assessment', 'domain', custom, 'Assessing buildings and contents losses, including catastrophe events.'),
  underwritingRisk: s('Underwriting risk assessment', 'domain', custom, 'Selecting and rating risks within appetite.'),
  pricing: s('Insurance pricing', 'domain', custom, 'Technical and commercial pricing of insurance products.'),
  reserving: s('Reserving', 'domain', custom, 'Estimating outstanding claims liabilities.'),
  reinsurance: s('Reinsurance', 'domain', custom, 'Structuring and placing reinsurance programmes.'),
  policyServicing: s('Policy servicing', 'domain', custom, 'Mid-term adjustments, renewals and cancellations.'),
  productKnowledge: s('Insurance product knowledge', 'domain', custom, 'Cover, exclusions and conditions of the product range.'),
  complaintHandling: s('Complaint handling', 'domain', custom, 'Resolving complaints fairly and within regulatory timelines.'),
  financialReporting: s('Financial reporting', 'domain', custom, 'Preparing statutory and management accounts.'),
  salesDistribution: s('Insurance sales and distribution', 'domain', custom, 'Selling through direct, broker and partner channels.'),
  talentManagement: s('Talent and workforce planning', 'domain', custom, 'Recruiting, developing and planning the workforce.'),
  // language
  english: s('English', 'language', custom, 'Business English (CEFR: 3 = B2, 4 = C1, 5 = native or C2).'),
  portuguese: s('Portuguese', 'language', custom, 'Business Portuguese.'),
  polish: s('Polish', 'language', custom, 'Business Polish, needed for the Warsaw market entry.'),
  spanish: s('Spanish', 'language', custom, 'Business Spanish.'),
  german: s('German', 'language', custom, 'Business German.'),
  // regulatory
  gdpr: s('GDPR', 'regulatory', esco('d3e9b00a-0891-4fa8-836d-8240ec3d2758'), 'EU and UK data protection in daily work.'),
  ifrs17: s('IFRS 17', 'regulatory', custom, 'Insurance contract accounting under IFRS 17.'),
  solvency2: s('Solvency II', 'regulatory', custom, 'Capital, governance and reporting rules for EU insurers.'),
  aml: s('Anti-money laundering', 'regulatory', custom, 'AML and sanctions checks on customers and payments.'),
  consumerProtection: s('Consumer protection rules', 'regulatory', custom, 'Central Bank of Ireland Consumer Protection Code and FCA Consumer Duty.'),
  idd: s('Insurance Distribution Directive', 'regulatory', custom, 'IDD conduct, product oversight and training rules.'),
  dora: s('DORA', 'regulatory', custom, 'Digital Operational Resilience Act: ICT risk, incidents and testing.'),
  aiAct: s('EU AI Act', 'regulatory', custom, 'Obligations for high-risk AI systems such as pricing and claims models.'),
  polishInsuranceLaw: s('Polish insurance regulation (KNF)', 'regulatory', custom, 'Polish insurance law and KNF supervisory guidelines.'),
} as const satisfies Record<string, SkillSpec>;

export type SkillKey = keyof typeof SKILLS;
export const SKILL_KEYS = Object.keys(SKILLS) as SkillKey[];
