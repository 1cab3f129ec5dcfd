// The data-quality report, and the click-through from a finding to the table rows it found.
import type { FindingTarget } from '../../../shared/data-quality-types';
import { call } from '../../api/client';
import { useAppStore } from '../../app/store';
import { createResourceStore } from '../../lib/resource-store';
import { usePlanView } from '../plan/view';
import { usePeopleStore, usePeopleView } from '../people/store';
import { useProgramsStore } from '../programs/store';
import { useRolesStore, useRolesView } from '../roles/store';
import { useSkillsStore } from '../skills/store';

export const useDataQualityStore = createResourceStore(() => call('getDataQuality', {}));

/** Opens the table a finding points to, filtered to the rows it found. */
export function showFinding(target: FindingTarget): void {
  const query = { search: '', sortBy: undefined, sortDir: 'asc' as const };
  const navigate = useAppStore.getState().navigate;
  switch (target.table) {
    case 'people':
      usePeopleStore.getState().setQuery({ ...query, filters: target.filters });
      usePeopleView.getState().setTab('list');
      return navigate('people');
    case 'roles':
      useRolesStore.getState().setQuery({ ...query, filters: target.filters });
      useRolesView.getState().setTab('roles');
      return navigate('roles');
    case 'skills':
      useSkillsStore.getState().setQuery({ ...query, filters: target.filters });
      return navigate('skills');
    case 'programs':
      useProgramsStore.getState().setQuery({ ...query, filters: target.filters });
      usePlanView.getState().setTab('programs');
      return navigate('plan');
  }
}
