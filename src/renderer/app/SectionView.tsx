import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/Loading';
import type { Section } from '../../shared/events';
import { GapsPage } from '../features/gaps/GapsPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PlanPage } from '../features/plan/PlanPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RolesPage } from '../features/roles/RolesPage';
import { ScenariosPage } from '../features/scenarios/ScenariosPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SkillsPage } from '../features/skills/SkillsPage';

// The charts library is most of the bundle and only the Overview draws charts: load it with
// that page so the start screen and the tables appear without waiting for it.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));

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
  return (
    <Suspense fallback={<Loading label="Loading…" />}>
      <Page />
    </Suspense>
  );
}
