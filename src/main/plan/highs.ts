// The HiGHS solver (WebAssembly), loaded once per process. Loading compiles the Wasm module
// (~50 ms); every solve after that is synchronous and deterministic (single-threaded build,
// fixed random seed), so the same model gives the same solution.
import loadHighs, { type Highs } from 'highs';

let loading: Promise<Highs> | null = null;

export function highs(): Promise<Highs> {
  if (!loading) {
    loading = loadHighs().catch((e: unknown) => {
      loading = null; // a failed load (missing wasm) may succeed after the install is fixed
      throw e;
    });
  }
  return loading;
}

/** Options every plan solve uses: silent, one fixed seed, no wall-clock limits (results must not depend on speed). */
export const SOLVER_OPTIONS = { output_flag: false, random_seed: 0 } as const;
