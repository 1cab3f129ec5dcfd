// Screens that keep state across visits (scenario drafts, plans) follow the open engagement:
// new data in the same engagement (settings saved, data imported, an edit) calls `sameFile`,
// another engagement opened calls `otherFile`. One subscription per feature, made once.
import { useAppStore } from './store';

const followed = new Set<string>();

export function followEngagement(feature: string, on: { sameFile(): void; otherFile(): void }): void {
  if (followed.has(feature)) return;
  followed.add(feature);
  useAppStore.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    if (state.summary?.file && state.summary.file === previous.summary?.file) on.sameFile();
    else on.otherFile();
  });
}
