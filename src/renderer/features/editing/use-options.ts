// Choices for filter selects (units, locations, families, skills): loaded once per engagement
// revision and shared by every screen that shows them.
import { useEffect, useState } from 'react';
import type { Option, OptionKind } from '../../../shared/edit-types';
import { call } from '../../api/client';
import { useAppStore } from '../../app/store';

const cache = new Map<string, Promise<Option[]>>();

export function loadOptions(kind: OptionKind, revision: number): Promise<Option[]> {
  const key = `${kind}@${revision}`;
  let p = cache.get(key);
  if (!p) {
    p = call('listOptions', { kind, limit: 500 }).then((r) => r.options);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

export function useOptions(kind: OptionKind): Option[] {
  const revision = useAppStore((s) => s.revision);
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    loadOptions(kind, revision).then((o) => live && setOptions(o), () => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [kind, revision]);
  return options;
}

const privacy = new Map<number, Promise<boolean>>();

/** Whether the open engagement pseudonymises people (names and client ids are not kept). */
export function usePseudonymise(): boolean {
  const revision = useAppStore((s) => s.revision);
  const [value, setValue] = useState(false);
  useEffect(() => {
    let live = true;
    let p = privacy.get(revision);
    if (!p) {
      p = call('getSettings', {}).then((s) => s.settings.privacy.pseudonymise);
      p.catch(() => privacy.delete(revision));
      privacy.set(revision, p);
    }
    // Unknown (the settings could not be read): names stay editable and the API has the last word.
    p.then((v) => live && setValue(v), () => live && setValue(false));
    return () => {
      live = false;
    };
  }, [revision]);
  return value;
}
