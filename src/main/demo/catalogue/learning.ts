// Learning programmes and business objectives. Each programme names the skills it teaches and
// by how many levels; each objective names the programmes expected to move it, so every
// initiative in the plan can be traced to a measurable outcome (DESIGN.md section 2).
import type { SkillKey } from './skills';

export interface ProgramSpec {
  key: string;
  name: string;
  delivery: 'classroom' | 'online' | 'blended' | 'coaching' | 'on-the-job';
  durationMonths: number;
  costPerPerson: number;
  seatsPerMonth: number | null;
  skills: readonly (readonly [SkillKey, uplift: number])[];
}

export const PROGRAMS: readonly ProgramSpec[] = [
  { key: 'aiClaims', name: 'AI-Assisted Claims Academy', delivery: 'blended', durationMonths: 3, costPerPerson: 1200, seatsPerMonth: 60,
    skills: [['aiClaimsTools', 2], ['claimsTriage', 1], ['promptEng', 1]] },
  { key: 'prompt', name: 'Prompt Engineering for Insurance Professionals', delivery: 'online', durationMonths: 1, costPerPerson: 350, seatsPerMonth: 200,
    skills: [['promptEng', 2], ['genAiLiteracy', 1]] },
  { key: 'genAi', name: 'Generative AI Essentials', delivery: 'online', durationMonths: 1, costPerPerson: 150, seatsPerMonth: 500,
    skills: [['genAiLiteracy', 2], ['aiAct', 1]] },
  { key: 'dataLiteracy', name: 'Data Literacy Foundations', delivery: 'online', durationMonths: 2, costPerPerson: 400, seatsPerMonth: 150,
    skills: [['dataLiteracy', 1.5], ['spreadsheets', 1], ['dataViz', 1]] },
  { key: 'pythonSql', name: 'Python and SQL for Analysts', delivery: 'blended', durationMonths: 4, costPerPerson: 1800, seatsPerMonth: 30,
    skills: [['python', 2], ['sql', 2], ['dataModelling', 1]] },
  { key: 'automation', name: 'Process Automation Practitioner', delivery: 'blended', durationMonths: 3, costPerPerson: 1500, seatsPerMonth: 40,
    skills: [['rpa', 2], ['lowCode', 2], ['adaptability', 0.5]] },
  { key: 'ifrs17', name: 'IFRS 17 Practitioner Certificate', delivery: 'classroom', durationMonths: 3, costPerPerson: 2500, seatsPerMonth: 20,
    skills: [['ifrs17', 2], ['financialReporting', 1]] },
  { key: 'regEssentials', name: 'Solvency II, DORA and the EU AI Act', delivery: 'online', durationMonths: 1.5, costPerPerson: 600, seatsPerMonth: 80,
    skills: [['solvency2', 1], ['dora', 1.5], ['aiAct', 1.5]] },
  { key: 'polish', name: 'Polish Language Intensive (to B2)', delivery: 'blended', durationMonths: 9, costPerPerson: 3200, seatsPerMonth: 25,
    skills: [['polish', 2], ['polishInsuranceLaw', 1]] },
  { key: 'leadership', name: 'First-Line Leadership Programme', delivery: 'coaching', durationMonths: 6, costPerPerson: 4000, seatsPerMonth: 15,
    skills: [['coaching', 1], ['peopleManagement', 1], ['changeManagement', 1]] },
  { key: 'customer', name: 'Customer Conversations Excellence', delivery: 'on-the-job', durationMonths: 2, costPerPerson: 500, seatsPerMonth: 100,
    skills: [['empathy', 1], ['complaintHandling', 1], ['activeListening', 1]] },
  { key: 'fraud', name: 'Fraud Analytics Bootcamp', delivery: 'classroom', durationMonths: 2, costPerPerson: 1500, seatsPerMonth: 20,
    skills: [['fraudDetection', 1.5], ['ml', 1], ['sql', 1]] },
  { key: 'cloud', name: 'Cloud and DevOps Upskilling', delivery: 'online', durationMonths: 4, costPerPerson: 2000, seatsPerMonth: 40,
    skills: [['cloud', 2], ['testing', 1], ['cyberOps', 0.5]] },
];

export interface ObjectiveSpec {
  key: string;
  name: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  targetDate: string;
  programs: readonly string[];
}

export const OBJECTIVES: readonly ObjectiveSpec[] = [
  { key: 'cycleTime', name: 'Faster claims settlement', metric: 'Average claims cycle time', unit: 'days', baseline: 21, target: 14, targetDate: '2028-03-31',
    programs: ['aiClaims', 'prompt', 'fraud'] },
  { key: 'fcr', name: 'Resolve customer contacts first time', metric: 'First-contact resolution rate', unit: '%', baseline: 68, target: 80, targetDate: '2027-12-31',
    programs: ['customer', 'genAi', 'prompt'] },
  { key: 'poland', name: 'Launch in Poland', metric: 'Policies in force in Poland', unit: 'policies', baseline: 0, target: 25000, targetDate: '2028-03-31',
    programs: ['polish', 'leadership'] },
  { key: 'expenseRatio', name: 'Lower operating expense ratio', metric: 'Operating expense ratio', unit: '%', baseline: 27.5, target: 24, targetDate: '2028-03-31',
    programs: ['aiClaims', 'automation', 'dataLiteracy'] },
  { key: 'close', name: 'Faster IFRS 17 close', metric: 'IFRS 17 quarter-end close', unit: 'working days', baseline: 15, target: 8, targetDate: '2027-12-31',
    programs: ['ifrs17', 'pythonSql'] },
  { key: 'compliance', name: 'AI and resilience compliance', metric: 'High-risk AI systems with completed conformity assessment', unit: '%', baseline: 10, target: 100, targetDate: '2027-08-02',
    programs: ['regEssentials', 'genAi'] },
  { key: 'internalFill', name: 'Grow our own talent', metric: 'Share of critical vacancies filled internally', unit: '%', baseline: 35, target: 60, targetDate: '2028-03-31',
    programs: ['leadership', 'pythonSql', 'cloud'] },
];
