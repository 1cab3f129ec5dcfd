// Every contract method bound to its handler. A missing or extra entry fails to compile.
import type { Handlers } from '../registry';
import { browseHandlers } from './browse';
import { engagementHandlers } from './engagement';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { settingsHandlers } from './settings';
import { taxonomyHandlers } from './taxonomy';

export const handlers: Handlers = {
  ...engagementHandlers,
  ...settingsHandlers,
  ...browseHandlers,
  ...taxonomyHandlers,
  ...exportHandlers,
  ...importHandlers,
};
