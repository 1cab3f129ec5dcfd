// What a handler can reach: the open engagement, the host's file services and the event sink.
// Both transports (Electron IPC, local browser host) and the CLI build one of these.
import type { AppInfo, EngagementFile } from '../../shared/api-types';
import type { EventSink } from '../../shared/events';
import type { PickPathRequest } from '../../shared/pick-types';
import type { Session } from './session';

export interface HostServices {
  transport: AppInfo['transport'];
  /** Folder engagement files live in when there is no native dialog (web host). */
  dataDir: string | null;
  /** Turns a file reference from the renderer into an absolute path, refusing anything unsafe. */
  resolveFile(file: string): string;
  /** Engagement files the user can open: the recent list, or the data folder's contents. */
  listFiles(): EngagementFile[];
  /** Native open/save dialog; absent where the host has none. */
  pickFile?(mode: 'open' | 'save', suggestedName?: string): Promise<string | null>;
  /** Native dialog for import sources, export destinations and taxonomy folders/files; absent where the host has none. */
  pickPath?(request: PickPathRequest): Promise<string | null>;
  /** Called after an engagement opens, e.g. to update the recent list. */
  onOpened?(file: string): void;
}

export interface ApiContext {
  session: Session;
  host: HostServices;
  emit: EventSink;
}
