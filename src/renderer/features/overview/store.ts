// The Overview dashboard's figures, loaded whole from getOverview for the open engagement.
import { call } from '../../api/client';
import { createResourceStore } from '../../lib/resource-store';

export const useOverviewStore = createResourceStore(() => call('getOverview', {}));
