// Learning programs and business objectives: what the plan will be built from and defended by.
import { call } from '../../api/client';
import { createResourceStore } from '../../lib/resource-store';

export const usePlanStore = createResourceStore(async () => {
  const [programs, objectives] = await Promise.all([call('listPrograms', {}), call('listObjectives', {})]);
  return { programs, objectives };
});
