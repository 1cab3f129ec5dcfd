// The Roles table: roles paged, searched and sorted by the host.
import { createPagedStore } from '../../lib/paged-store';

export const useRolesStore = createPagedStore('listRoles');
