// The records a scenario names (roles, org units, locations, skills, role families, objectives,
// exposure indices), loaded once per engagement revision for the builder's pickers and for
// turning ids into names (diffs, previews). Long lists are capped; pickers search the host for more.
import { useEffect, useState } from 'react';
import type { Option, OptionKind } from '../../../shared/edit-types';
import { call, getClient, type Client } from '../../api/client';
import { useAppStore } from '../../app/store';

export type RefKind = 'roles' | 'orgUnits' | 'locations' | 'skills' | 'families';

export interface ScenarioRefs {
  ready: boolean;
  options: Record<RefKind, Option[]>;
  /** More records exist than were loaded: pickers ask the host as one types. */
  more: Record<RefKind, boolean>;
  objectives: { value: number; label: string }[];
  exposureSources: string[];
  /** The name of a record, or "role 12" when it is not among those loaded. */
  name(kind: RefKind, id: number | string): string;
}

const LIMIT = 500;
const kinds: RefKind[] = ['roles', 'orgUnits', 'locations', 'skills', 'families'];
const nouns: Record<RefKind, string> = { roles: 'role', orgUnits: 'org unit', locations: 'location', skills: 'skill', families: 'family' };

type Loaded = Omit<ScenarioRefs, 'name' | 'ready'>;
/** Per client (a test's fake host is a new client) and engagement revision. */
const caches = new WeakMap<Client, Map<number, Promise<Loaded>>>();

async function loadRefs(): Promise<Loaded> {
  const lists = await Promise.all(kinds.map((kind) => call('listOptions', { kind: kind as OptionKind, limit: LIMIT })));
  const [objectives, exposure] = await Promise.all([
    call('listObjectives', {}).catch(() => []),
    call('getExposureSources', {}).catch(() => null),
  ]);
  return {
    options: Object.fromEntries(kinds.map((k, i) => [k, lists[i].options])) as Record<RefKind, Option[]>,
    more: Object.fromEntries(kinds.map((k, i) => [k, lists[i].more])) as Record<RefKind, boolean>,
    objectives: objectives.map((o) => ({ value: o.id, label: o.name })),
    exposureSources: exposure ? exposure.sources.map((s) => s.source).filter((s) => s !== 'manual') : [],
  };
}

export function refsFor(revision: number): Promise<Loaded> {
  const client = getClient();
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  let p = cache.get(revision);
  if (!p) {
    p = loadRefs();
    p.catch(() => cache!.delete(revision));
    cache.set(revision, p);
  }
  return p;
}

const empty: Loaded = {
  options: { roles: [], orgUnits: [], locations: [], skills: [], families: [] },
  more: { roles: false, orgUnits: false, locations: false, skills: false, families: false },
  objectives: [],
  exposureSources: [],
};

/** Names looked up beyond the loaded lists (a picker's search results), kept for labels. */
const extraNames = new Map<string, string>();
export const rememberName = (kind: RefKind, id: number | string, label: string) => extraNames.set(`${kind}:${id}`, label);

export function makeRefs(loaded: Loaded, ready: boolean): ScenarioRefs {
  const maps = Object.fromEntries(kinds.map((k) => [k, new Map(loaded.options[k].map((o) => [String(o.value), o.label]))])) as Record<RefKind, Map<string, string>>;
  return {
    ...loaded,
    ready,
    name: (kind, id) => maps[kind].get(String(id)) ?? extraNames.get(`${kind}:${id}`) ?? `${nouns[kind]} ${id}`,
  };
}

export function useScenarioRefs(): ScenarioRefs {
  const revision = useAppStore((s) => s.revision);
  const [state, setState] = useState<ScenarioRefs>(() => makeRefs(empty, false));
  useEffect(() => {
    let live = true;
    refsFor(revision).then(
      (loaded) => live && setState(makeRefs(loaded, true)),
      () => live && setState(makeRefs(empty, true)),
    );
    return () => {
      live = false;
    };
  }, [revision]);
  return state;
}
