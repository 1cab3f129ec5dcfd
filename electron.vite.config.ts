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
      rolldownOptions: { input: { index: at('./src/main/electron/main.ts') } },
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
    plugins: [react()],
    build: {
      outDir: at('./out/renderer'),
      rolldownOptions: { input: at('./src/renderer/index.html') },
    },
  },
});
