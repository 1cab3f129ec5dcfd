// The People screen: the windowed employee rows, and which tab and person profile are open.
import { create } from 'zustand';
import type { PersonRow } from '../../../shared/edit-read-models';
import type { PeopleFilters } from '../../../shared/edit-types';
import { call } from '../../api/client';
import { createWindowStore, listInput } from '../../lib/window-store';

export const usePeopleStore = createWindowStore<PersonRow, PeopleFilters>((q, offset, limit) => call('listEmployees', listInput(q, offset, limit)));

export type PeopleTab = 'list' | 'quality' | 'history';

interface PeopleView {
  tab: PeopleTab;
  /** The person whose skills profile is open. */
  profile: { id: number; label: string } | null;
  setTab(tab: PeopleTab): void;
  openProfile(profile: { id: number; label: string } | null): void;
}

export const usePeopleView = create<PeopleView>()((set) => ({
  tab: 'list',
  profile: null,
  setTab: (tab) => set({ tab }),
  openProfile: (profile) => set({ profile }),
}));
