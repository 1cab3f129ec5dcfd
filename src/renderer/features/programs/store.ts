// Learning programs, windowed (the Plan section's editable programs tab).
import type { ProgramGridRow } from '../../../shared/edit-read-models';
import type { ProgramFilters } from '../../../shared/edit-types';
import { call } from '../../api/client';
import { createWindowStore, listInput } from '../../lib/window-store';

export const useProgramsStore = createWindowStore<ProgramGridRow, ProgramFilters>((q, offset, limit) => call('listProgramRows', listInput(q, offset, limit)));
