// A fake transport behind the real generated client: tests script replies per method, see
// every call with its input, and push events as the main process would.
import { vi } from 'vitest';
import type { Input, MethodName, Output } from '../../src/shared/contract';
import type { EventMap, EventName } from '../../src/shared/events';
import { fail, ok, type Result } from '../../src/shared/result';
import { createClient, setClient, type Client } from '../../src/renderer/api/client';
import type { Transport } from '../../src/renderer/api/transport';
import { useAppStore } from '../../src/renderer/app/store';
import { useOverviewStore } from '../../src/renderer/features/overview/store';
import { usePeopleStore } from '../../src/renderer/features/people/store';
import { usePlanStore } from '../../src/renderer/features/plan/store';
import { useRolesStore } from '../../src/renderer/features/roles/store';
import { useScenariosStore } from '../../src/renderer/features/scenarios/store';
import { useSettingsStore } from '../../src/renderer/features/settings/store';
import { useSkillsStore } from '../../src/renderer/features/skills/store';

export type Replies = {
  [M in MethodName]?: (input: Input<M>) => Result<Output<M>> | Promise<Result<Output<M>>>;
};

export function fakeApi(replies: Replies) {
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  const calls = vi.fn((method: MethodName, input: unknown) => {
    const reply = replies[method] as ((i: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined;
    return Promise.resolve(reply ? reply(input) : fail('internal', `test did not expect a call to ${method}`));
  });
  const transport: Transport = {
    kind: 'web',
    call: calls,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (p: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
  const client: Client = createClient(transport);
  setClient(client);
  return {
    client,
    calls,
    /** Inputs of every call to `method`, in order. */
    inputsOf<M extends MethodName>(method: M): Input<M>[] {
      return calls.mock.calls.filter(([m]) => m === method).map(([, i]) => i as Input<M>);
    },
    emit<E extends EventName>(event: E, payload: EventMap[E]) {
      listeners.get(event)?.forEach((l) => l(payload));
    },
  };
}

/** Stores are module singletons: put every one back to its initial state between tests. */
export function resetStores() {
  for (const store of [useAppStore, useOverviewStore, usePeopleStore, useRolesStore, useSkillsStore, useScenariosStore, usePlanStore, useSettingsStore]) {
    (store as { setState(s: unknown, replace: true): void; getInitialState(): unknown }).setState(store.getInitialState(), true);
  }
}

export { fail, ok };
