// Role requirements (role x skill, with their effective dates), windowed.
import type { RequirementRow } from '../../../shared/edit-read-models';
import type { RequirementFilters } from '../../../shared/edit-types';
import { call } from '../../api/client';
import { createWindowStore, listInput } from '../../lib/window-store';

export const useRequirementsStore = createWindowStore<RequirementRow, RequirementFilters>((q, offset, limit) => call('listRequirements', listInput(q, offset, limit)));
