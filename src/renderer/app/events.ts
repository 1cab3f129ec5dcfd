// Pushed events from the main process feed the app store: progress of long work, engagement
// switches made elsewhere (menu, another call), and application-menu commands.
import type { Client } from '../api/client';
import { useAppStore } from './store';

export function connectEvents(client: Client): () => void {
  const store = () => useAppStore.getState();
  const offs = [
    client.on('progress', (e) => store().progressed(e)),
    client.on('engagementChanged', (e) => store().engagementChanged(e.summary)),
    client.on('menu', (command) => store().menu(command)),
  ];
  return () => offs.forEach((off) => off());
}
