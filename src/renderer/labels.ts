// Display names for domain codes, shared by every screen that shows them.
const categoryLabels: Record<string, string> = {
  technical: 'Technical',
  digital: 'Digital',
  soft: 'Soft',
  leadership: 'Leadership',
  domain: 'Domain',
  language: 'Language',
  regulatory: 'Regulatory',
};
export const categoryLabel = (c: string): string => categoryLabels[c] ?? c;

const scenarioKinds: Record<string, string> = {
  automation: 'Automation',
  'new-market': 'New market',
  baseline: 'Baseline',
  custom: 'Custom',
};
export const scenarioKindLabel = (k: string): string => scenarioKinds[k] ?? k.replace(/-/g, ' ');

const deliveries: Record<string, string> = {
  classroom: 'Classroom',
  online: 'Online',
  blended: 'Blended',
  coaching: 'Coaching',
  'on-the-job': 'On the job',
};
export const deliveryLabel = (d: string): string => deliveries[d] ?? d;
