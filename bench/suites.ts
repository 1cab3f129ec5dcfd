// The list of benchmark suites; each feature adds its own module here.
import type { BenchSuite } from './harness';

export const suites: BenchSuite[] = [];
