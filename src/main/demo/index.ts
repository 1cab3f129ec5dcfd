// PLACEHOLDER until the demo generator lands (helper in progress).
import type { WritableDB } from '../db/types';
export interface DemoOptions {
  employees: number;
  seed: number;
}
export function createDemo(_db: WritableDB, _options: DemoOptions, _onProgress?: (done: number, total: number) => void): void {
  throw new Error('demo generator not written yet');
}
