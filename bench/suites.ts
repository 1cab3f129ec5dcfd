// The list of benchmark suites; each feature adds its own module here.
import { editingSuite } from './editing.bench';
import { gapsSuite } from './gaps.bench';
import type { BenchSuite } from './harness';
import { importSuite } from './import.bench';
import { planSuite } from './plan.bench';
import { scenarioSuite } from './scenario.bench';

export const suites: BenchSuite[] = [gapsSuite, scenarioSuite, importSuite, editingSuite, planSuite];
