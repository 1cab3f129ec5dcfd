// Electron: the preload exposes `window.skillshift` (SkillshiftBridge), derived from the contract.
import type { SkillshiftBridge } from '../../shared/bridge';
import type { MethodName } from '../../shared/contract';
import { isResult, transportFailure, type Transport } from './transport';

/** The bridge when running inside the Electron window, else undefined. */
export function electronBridge(win: Window = window): SkillshiftBridge | undefined {
  // Read through a cast rather than augmenting Window: the preload owns that declaration.
  const bridge = (win as unknown as { skillshift?: SkillshiftBridge }).skillshift;
  return bridge && typeof bridge.api === 'object' ? bridge : undefined;
}

export function electronTransport(bridge: SkillshiftBridge): Transport {
  return {
    kind: 'electron',
    async call(method: MethodName, input: unknown) {
      const fn = bridge.api[method] as ((input: unknown) => Promise<unknown>) | undefined;
      if (typeof fn !== 'function') {
        return transportFailure('unknown-method', `The desktop bridge does not expose ${method}; restart Skillshift.`);
      }
      try {
        const result = await fn(input);
        return isResult(result) ? result : transportFailure('internal', `${method} returned an unexpected reply.`);
      } catch (e) {
        // IPC itself failed (window closing, main process crashed): still a typed error.
        return transportFailure('io', `Could not reach the Skillshift engine: ${(e as Error)?.message ?? String(e)}`);
      }
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}
