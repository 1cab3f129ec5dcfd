// Every contract method bound to its handler. A missing or extra entry fails to compile.
import type { Handlers } from '../registry';
import { browseHandlers } from './browse';
import { dataQualityHandlers } from './data-quality';
import { editHandlers } from './edit';
import { engagementHandlers } from './engagement';
import { exportHandlers } from './export';
import { gapHandlers } from './gaps';
import { importHandlers } from './import';
import { planHandlers } from './plan';
import { scenarioAnalysisHandlers } from './scenario-analysis';
import { scenarioHandlers } from './scenarios';
import { settingsHandlers } from './settings';
import { taxonomyHandlers } from './taxonomy';

export const handlers: Handlers = {
  ...engagementHandlers,
  ...settingsHandlers,
  ...browseHandlers,
  ...taxonomyHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...gapHandlers,
  ...editHandlers,
  ...dataQualityHandlers,
  ...scenarioHandlers,
  ...scenarioAnalysisHandlers,
  ...planHandlers,
};
