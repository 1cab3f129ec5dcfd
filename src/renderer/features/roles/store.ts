// The Roles screen: the windowed role rows, and which tab (roles or requirements) is open.
import { create } from 'zustand';
import type { RoleGridRow } from '../../../shared/edit-read-models';
import type { RoleFilters } from '../../../shared/edit-types';
import { call } from '../../api/client';
import { createWindowStore, listInput } from '../../lib/window-store';

export const useRolesStore = createWindowStore<RoleGridRow, RoleFilters>((q, offset, limit) => call('listRoles', listInput(q, offset, limit)));

export type RolesTab = 'roles' | 'requirements';
export const useRolesView = create<{ tab: RolesTab; setTab(tab: RolesTab): void }>()((set) => ({ tab: 'roles', setTab: (tab) => set({ tab }) }));
