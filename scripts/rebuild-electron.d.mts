// Types for scripts/rebuild-electron.mjs (imported by scripts/start.mjs and the tests).
export interface BuildTarget {
  electron: string;
  module: string;
  moduleVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}
export const projectRoot: string;
export const nativeDir: string;
export const bindingFile: string;
export const stampFile: string;
export function buildTarget(root?: string): BuildTarget;
export function isUpToDate(target?: BuildTarget, files?: { bindingFile: string; stampFile: string }): boolean;
export function prepareScratch(scratch: string, root?: string): string;
export function rebuildForElectron(options?: { log?: (line: string) => void }): Promise<void>;
