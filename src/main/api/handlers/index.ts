// Every contract method bound to its handler. A missing or extra entry fails to compile.
import type { Handlers } from '../registry';
import { browseHandlers } from './browse';
import { engagementHandlers } from './engagement';
import { settingsHandlers } from './settings';

export const handlers: Handlers = {
  ...engagementHandlers,
  ...settingsHandlers,
  ...browseHandlers,
};
