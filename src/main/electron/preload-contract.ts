// Build-time helper for the sandboxed preload. The preload needs only the contract's method
// names and IPC channels, but src/shared/contract.ts also builds zod schemas. This Vite plugin
// (preload build only) answers imports of the contract with a generated module holding exactly
// those names and channels, computed from the real contract when the build runs: the preload
// stays derived from the contract while its bundle stays small and free of zod. Importing
// anything else from the contract in the preload fails the build (missing export).
import path from 'node:path';
import type { Plugin } from 'vite';
import { channelOf, methodNames } from '../../shared/contract';

export const CONTRACT_NAMES_ID = '\0skillshift:contract-names';

export function contractNamesSource(): string {
  const channels = Object.fromEntries(methodNames.map((m) => [m, channelOf(m)]));
  return [
    '// Generated at build time from src/shared/contract.ts: method names and channels, no schemas.',
    `export const methodNames = Object.freeze(${JSON.stringify(methodNames)});`,
    `const channels = ${JSON.stringify(channels)};`,
    'export const channelOf = (m) => {',
    '  if (!Object.prototype.hasOwnProperty.call(channels, m)) throw new Error(`No API method ${m}`);',
    '  return channels[m];',
    '};',
    '',
  ].join('\n');
}

const withoutExtension = (file: string): string => file.replace(/\.[cm]?[jt]s$/, '');

/** `contractFile`: absolute path of src/shared/contract.ts. */
export function contractNamesPlugin(contractFile: string): Plugin {
  const target = withoutExtension(path.resolve(contractFile));
  return {
    name: 'skillshift:contract-names',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = withoutExtension(path.resolve(path.dirname(importer), source));
      return resolved === target ? CONTRACT_NAMES_ID : null;
    },
    load(id) {
      return id === CONTRACT_NAMES_ID ? contractNamesSource() : null;
    },
  };
}
