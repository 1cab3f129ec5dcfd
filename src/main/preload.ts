// Preload of the sandboxed renderer: exposes `window.skillshift` (SkillshiftBridge) and nothing
// else. Every API function is derived from the contract's method names, never written per
// method; ipcRenderer and its event objects never reach the page.
//
// Sandboxed preloads run as one CommonJS script whose `require` knows only a few Electron
// modules, so electron-vite bundles this file into out/preload/index.cjs. The contract module
// carries zod schemas the preload does not need: at build time electron.vite.config.ts swaps it
// for a zod-free module holding the same names and channels (src/main/electron/preload-contract.ts).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiMethods, SkillshiftBridge } from '../shared/bridge';
import { channelOf, methodNames } from '../shared/contract';
import { eventChannelOf, eventNames, type EventMap, type EventName } from '../shared/events';

type Invoke = (input: unknown) => Promise<unknown>;

function createApi(): ApiMethods {
  const api: Record<string, Invoke> = {};
  for (const method of methodNames) {
    const channel = channelOf(method);
    api[method] = (input: unknown) => ipcRenderer.invoke(channel, input);
  }
  return Object.freeze(api) as unknown as ApiMethods;
}

function on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  if (!(eventNames as readonly string[]).includes(event)) {
    throw new Error(`Unknown Skillshift event ${JSON.stringify(event)}; known events: ${eventNames.join(', ')}.`);
  }
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
  const channel = eventChannelOf(event);
  // Only the payload crosses into the page, never the IpcRendererEvent (it holds `sender`).
  const wrapper = (_event: IpcRendererEvent, payload: EventMap[E]) => listener(payload);
  ipcRenderer.on(channel, wrapper);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    ipcRenderer.removeListener(channel, wrapper);
  };
}

const bridge: SkillshiftBridge = Object.freeze({ api: createApi(), on });

contextBridge.exposeInMainWorld('skillshift', bridge);
