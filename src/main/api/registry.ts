// Binds the contract to handlers: validates every input with the method's schema, runs the
// handler, and turns every outcome into a Result. Transports only move `call` across a wire.
import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type MethodName,
  type Output,
  type ParsedInput,
} from '../../shared/contract';
import { AppError, fail, ok, type ApiError, type Result } from '../../shared/result';
import type { ApiContext } from './context';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: ApiContext,
) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

export interface Registry {
  call(method: string, payload: unknown): Promise<Result<unknown>>;
}

export function validationDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
}

/** SQLite constraint failures become `conflict`; anything unexpected becomes `internal`. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof AppError) {
    return e.details === undefined ? { kind: e.kind, message: e.message } : { kind: e.kind, message: e.message, details: e.details };
  }
  const err = e as Error & { code?: string };
  if (typeof err?.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    return { kind: 'conflict', message: err.message, details: { code: err.code } };
  }
  return { kind: 'internal', message: err?.message ?? String(e) };
}

export function createRegistry(handlers: Handlers, ctx: ApiContext): Registry {
  return {
    async call(method, payload) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return fail('unknown-method', `There is no API method called ${JSON.stringify(method)}.`);
      }
      const parsed = contract[method].input.safeParse(payload ?? {});
      if (!parsed.success) {
        const details = validationDetails(parsed.error);
        const first = details[0];
        return fail('validation', `Invalid input for ${method}: ${first.path}: ${first.message}`, details);
      }
      try {
        const handler = handlers[method] as (input: unknown, ctx: ApiContext) => unknown;
        return ok(await handler(parsed.data, ctx));
      } catch (e) {
        const error = toApiError(e);
        if (error.kind === 'internal') console.error(`[skillshift] ${method} failed:`, e);
        return { ok: false, error };
      }
    },
  };
}
