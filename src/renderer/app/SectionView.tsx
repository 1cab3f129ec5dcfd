import type { ComponentType } from 'react';
import type { Section } from '../../shared/events';
import { GapsPage } from '../features/gaps/GapsPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PlanPage } from '../features/plan/PlanPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RolesPage } from '../features/roles/RolesPage';
import { ScenariosPage } from '../features/scenarios/ScenariosPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SkillsPage } from '../features/skills/SkillsPage';

const pages: Record<Section, ComponentType> = {
  overview: OverviewPage,
  people: PeoplePage,
  roles: RolesPage,
  skills: SkillsPage,
  gaps: GapsPage,
  scenarios: ScenariosPage,
  plan: PlanPage,
  reports: ReportsPage,
  settings: SettingsPage,
};

export function SectionView({ section }: { section: Section }) {
  const Page = pages[section];
  return <Page />;
}
