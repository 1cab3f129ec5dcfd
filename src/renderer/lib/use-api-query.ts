// One API call tied to a component: asked when it mounts, when its input changes and when the
// engagement changes; a slower, older answer never overwrites a newer one, and `data` keeps the
// previous answer while a new one is on its way.
import { useEffect, useRef, useState } from 'react';
import type { Input, MethodName, Output } from '../../shared/contract';
import type { ApiError } from '../../shared/result';
import { asApiError, call } from '../api/client';
import { useAppStore } from '../app/store';

export interface ApiQuery<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** `input` null: nothing to ask yet. */
export function useApiQuery<M extends MethodName>(method: M, input: Input<M> | null): ApiQuery<Output<M>> {
  const revision = useAppStore((s) => s.revision);
  const [state, setState] = useState<{ data: Output<M> | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: input !== null });
  const [nonce, setNonce] = useState(0);
  const sequence = useRef(0);
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    const mine = ++sequence.current;
    if (key === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true, error: null }));
    call(method, JSON.parse(key) as Input<M>).then(
      (data) => mine === sequence.current && setState({ data, error: null, loading: false }),
      (e) => mine === sequence.current && setState({ data: null, error: asApiError(e), loading: false }),
    );
  }, [method, key, revision, nonce]);

  return { ...state, reload: () => setNonce((n) => n + 1) };
}
