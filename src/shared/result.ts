// The envelope every API call returns, over IPC, HTTP and in-process alike.
// Errors are plain data so they survive structured cloning and JSON intact.

export const errorKinds = [
  'validation', // the payload does not match the method's schema
  'unknown-method',
  'not-open', // the method needs an open engagement and none is open
  'not-found',
  'conflict', // duplicate id, constraint violation
  'bad-file', // not a Skillshift engagement, damaged, unreadable
  'newer-version', // the file was written by a newer Skillshift
  'unsupported', // the transport cannot do this (e.g. native dialog in a browser)
  'unauthorized',
  'cancelled',
  'io',
  'internal',
] as const;
export type ErrorKind = (typeof errorKinds)[number];

export interface ApiError {
  kind: ErrorKind;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (kind: ErrorKind, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { kind, message } : { kind, message, details },
});

/** Thrown by handlers and lower layers; the registry turns it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).message === 'string' &&
    (errorKinds as readonly string[]).includes((value as ApiError).kind)
  );
}
