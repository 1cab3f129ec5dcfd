// Events the main process pushes to the renderer (progress of long work, menu commands,
// engagement switches). Typed here so both transports and the renderer agree.
import type { EngagementSummary } from './api-types';

export interface ProgressEvent {
  taskId: string;
  label: string;
  done: number;
  total: number;
  /** Set on the last event of a task. */
  finished?: boolean;
}

export const sections = [
  'overview',
  'people',
  'roles',
  'skills',
  'gaps',
  'scenarios',
  'plan',
  'reports',
  'settings',
] as const;
export type Section = (typeof sections)[number];

export type MenuCommand =
  | { command: 'new-engagement' }
  | { command: 'open-engagement' }
  | { command: 'open-demo' }
  | { command: 'close-engagement' }
  | { command: 'navigate'; section: Section };

export interface EventMap {
  progress: ProgressEvent;
  engagementChanged: { summary: EngagementSummary | null };
  menu: MenuCommand;
}
export type EventName = keyof EventMap;
export const eventNames: EventName[] = ['progress', 'engagementChanged', 'menu'];
export const eventChannelOf = (e: EventName): string => `skillshift-event:${e}`;

export type EventSink = <E extends EventName>(name: E, payload: EventMap[E]) => void;
