// The People table: employees paged, searched and sorted by the host.
import { createPagedStore } from '../../lib/paged-store';

export const usePeopleStore = createPagedStore('listEmployees');
