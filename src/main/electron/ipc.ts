// The Electron transport over the registry: one ipcMain.handle per contract method, each
// checking who is calling before anything is parsed, and an event sink that pushes to our windows.
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { channelOf, methodNames } from '../../shared/contract';
import { eventChannelOf, type EventSink } from '../../shared/events';
import { fail, type Result } from '../../shared/result';
import type { Registry } from '../api/registry';
import { isTrustedUrl } from './protocol';

export interface SenderPolicy {
  /** Origins our pages load from (app://skillshift, and the dev server in development). */
  origins: readonly string[];
  /** True for the webContents of a window this app created. */
  isOurWebContents: (contents: WebContents) => boolean;
}

/** Electron hands out one WebFrameMain per frame; the id comparison does not rely on that. */
const isMainFrame = (frame: WebFrameMain, main: WebFrameMain): boolean =>
  frame === main || (frame.parent === null && frame.frameTreeNodeId === main.frameTreeNodeId);

/**
 * Why a call is refused, or null when it comes from the main frame of one of our windows showing
 * our own content. Subframes, other windows, devtools and foreign origins are all refused.
 */
export function senderProblem(event: IpcMainInvokeEvent, policy: SenderPolicy): string | null {
  const frame = event.senderFrame;
  if (!frame) return 'the calling frame has gone (navigated or closed)';
  if (!policy.isOurWebContents(event.sender)) return 'the caller is not a Skillshift window';
  if (!isMainFrame(frame, event.sender.mainFrame)) return 'the caller is not the main frame of the window';
  if (!isTrustedUrl(frame.url, policy.origins)) return `content from ${JSON.stringify(frame.url)} may not call the API`;
  return null;
}

/** Registers a handler for every contract method; returns a function that removes them all. */
export function bindIpc(ipcMain: IpcMain, registry: Registry, policy: SenderPolicy): () => void {
  for (const method of methodNames) {
    ipcMain.handle(channelOf(method), async (event, payload: unknown): Promise<Result<unknown>> => {
      const problem = senderProblem(event, policy);
      if (problem) {
        console.warn(`[skillshift] refused ${method}: ${problem}`);
        return fail('unauthorized', `Refused ${method}: ${problem}.`);
      }
      return registry.call(method, payload);
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(channelOf(method));
  };
}

/** Pushes events to every open window of ours; windows being torn down are skipped. */
export function windowEventSink(windows: () => readonly BrowserWindow[]): EventSink {
  return (name, payload) => {
    const channel = eventChannelOf(name);
    for (const win of windows()) {
      if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
      win.webContents.send(channel, payload);
    }
  };
}
