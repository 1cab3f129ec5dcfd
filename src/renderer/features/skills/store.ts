// The Skills table: the skills catalogue, windowed, filtered and sorted by the host.
import type { SkillGridRow } from '../../../shared/edit-read-models';
import type { SkillFilters } from '../../../shared/edit-types';
import { call } from '../../api/client';
import { createWindowStore, listInput } from '../../lib/window-store';

export const useSkillsStore = createWindowStore<SkillGridRow, SkillFilters>((q, offset, limit) => call('listSkills', listInput(q, offset, limit)));
