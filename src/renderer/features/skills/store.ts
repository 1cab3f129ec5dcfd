// The Skills table: the skills catalogue paged, searched and sorted by the host.
import { createPagedStore } from '../../lib/paged-store';

export const useSkillsStore = createPagedStore('listSkills');
