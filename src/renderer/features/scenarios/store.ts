// Saved what-if scenarios of the open engagement.
import { call } from '../../api/client';
import { createResourceStore } from '../../lib/resource-store';

export const useScenariosStore = createResourceStore(() => call('listScenarios', {}));
