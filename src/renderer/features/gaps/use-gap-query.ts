// One gap API call per view: fetched when the view mounts, when its input changes and when the
// engagement changes. Every mount asks again on purpose: the host answers from its cache in
// milliseconds and reloads when the data changed (an edit, an import, a settings change that
// did not bump the frame's revision), so a screen never shows figures the file no longer holds.
import { useEffect, useRef, useState } from 'react';
import type { Input, MethodName, Output } from '../../../shared/contract';
import type { ApiError } from '../../../shared/result';
import { asApiError, call } from '../../api/client';
import { useAppStore } from '../../app/store';

export interface GapQuery<T> {
  data: T | null;
  error: ApiError | null;
  /** True while a request is out; `data` keeps the previous answer meanwhile. */
  loading: boolean;
  reload(): void;
}

/** `input` null: nothing to ask yet (e.g. no role chosen). */
export function useGapQuery<M extends MethodName>(method: M, input: Input<M> | null): GapQuery<Output<M>> {
  const revision = useAppStore((s) => s.revision);
  const [state, setState] = useState<{ data: Output<M> | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: input !== null });
  const [nonce, setNonce] = useState(0);
  const sequence = useRef(0);
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const mine = ++sequence.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    call(method, JSON.parse(key) as Input<M>).then(
      (data) => mine === sequence.current && setState({ data, error: null, loading: false }),
      // A slower, older answer never overwrites a newer one.
      (e) => mine === sequence.current && setState({ data: null, error: asApiError(e), loading: false }),
    );
  }, [method, key, revision, nonce]);

  return { ...state, reload: () => setNonce((n) => n + 1) };
}
