// electron-vite: main (ESM, package.json "type": "module"), preload (CommonJS, self-contained
// for the sandbox) and renderer (React), all under out/. package.json "main" is out/main/index.js.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { contractNamesPlugin } from './src/main/electron/preload-contract';

const at = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: at('./out/main'),
      // Dependencies (better-sqlite3 and its native module above all) load from node_modules.
      externalizeDeps: true,
      // Worker threads are their own entries, emitted next to index.js (see engine/parallel/worker-entry.ts).
      rolldownOptions: {
        input: {
          index: at('./src/main/electron/main.ts'),
          'scenario-worker': at('./src/main/engine/parallel/worker.ts'),
        },
      },
    },
  },
  preload: {
    // The sandbox's `require` only knows electron: bundle everything else, and give the bundle
    // the contract's names without its zod schemas (see preload-contract.ts).
    plugins: [contractNamesPlugin(at('./src/shared/contract.ts'))],
    build: {
      outDir: at('./out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('./src/main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('./src/renderer'),
    // In dev the React plugin injects an inline refresh script that the page's strict CSP meta
    // would block; the dev server is local-only, and built output keeps the meta (plus the
    // protocol's CSP header).
    plugins: [
      react(),
      {
        name: 'skillshift-dev-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
      },
    ],
    build: {
      outDir: at('./out/renderer'),
      rolldownOptions: { input: at('./src/renderer/index.html') },
    },
  },
});
