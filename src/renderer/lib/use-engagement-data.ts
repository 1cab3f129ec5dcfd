import { useEffect } from 'react';
import { useAppStore } from '../app/store';

interface Loadable {
  revision: number | null;
  load(revision: number): Promise<void>;
}

/**
 * Loads a feature store for the open engagement and reloads it whenever the engagement changes
 * (switch, settings saved), so no screen shows figures from a file that is no longer open.
 */
export function useEngagementData(useStore: { getState(): Loadable }): void {
  const revision = useAppStore((s) => s.revision);
  useEffect(() => {
    const state = useStore.getState();
    if (state.revision !== revision) void state.load(revision);
  }, [revision, useStore]);
}
