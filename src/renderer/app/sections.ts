// Labels and hash routes for the sections the main process also knows (menus navigate by id).
import { sections, type Section } from '../../shared/events';

export const sectionLabels: Record<Section, string> = {
  overview: 'Overview',
  people: 'People',
  roles: 'Roles',
  skills: 'Skills',
  gaps: 'Gaps',
  scenarios: 'Scenarios',
  plan: 'Plan',
  reports: 'Reports',
  settings: 'Settings',
};

/** Grouping in the sidebar: what the consultant has, what they analyse, what they deliver. */
export const sectionGroups: { label: string; sections: Section[] }[] = [
  { label: 'Workforce', sections: ['overview', 'people', 'roles', 'skills'] },
  { label: 'Analysis', sections: ['gaps', 'scenarios', 'plan'] },
  { label: 'Deliver', sections: ['reports', 'settings'] },
];

export const isSection = (s: string): s is Section => (sections as readonly string[]).includes(s);

/** Routes look like `#/people`; anything else in the hash (such as the token) is not a route. */
export function sectionFromHash(hash: string): Section | null {
  const m = /^#\/([a-z]+)/.exec(hash);
  return m && isSection(m[1]) ? m[1] : null;
}

export const hashOf = (section: Section): string => `#/${section}`;
