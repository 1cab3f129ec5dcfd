// How the command line reports failures: one sentence on stderr and an exit code scripts can
// act on. 2 means "fix the arguments or the file you gave", 1 means anything else went wrong.
import { AppError, type ErrorKind } from '../../shared/result';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Arguments the command cannot work with: wrong option, missing value, bad number. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to point to, if any. */
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Error kinds that mean the file or value given on the command line cannot be used. */
const UNUSABLE_INPUT: ReadonlySet<ErrorKind> = new Set([
  'validation',
  'not-found',
  'bad-file',
  'newer-version',
  'conflict',
  'io',
]);

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT_USAGE;
  if (error instanceof AppError && UNUSABLE_INPUT.has(error.kind)) return EXIT_USAGE;
  return EXIT_FAILURE;
}

const sentence = (s: string): string => {
  const t = s.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

export function messageFor(error: unknown): string {
  if (error instanceof UsageError) {
    const hint = error.command ? ` Run "npm run cli -- help ${error.command}" for usage.` : ' Run "npm run cli -- help" for usage.';
    return sentence(error.message) + hint;
  }
  if (error instanceof AppError) return sentence(error.message);
  if (error instanceof Error) return sentence(`Unexpected failure: ${error.message}`);
  return sentence(`Unexpected failure: ${String(error)}`);
}
