// Argument parsing shared by every command: node:util parseArgs in strict mode, with its
// errors turned into short usage sentences, plus typed readers for the values.
import { parseArgs } from 'node:util';
import { UsageError } from './errors';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(command: string, args: readonly string[], options: OptionSpec, maxPositionals: number): Parsed {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(describeParseError(e as Error & { code?: string }), command);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument "${parsed.positionals[maxPositionals]}"`, command);
  }
  return { values: parsed.values as Parsed['values'], positionals: parsed.positionals };
}

function describeParseError(e: Error & { code?: string }): string {
  // Node names options as '--out' or '-o, --out <value>': report the long form.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(e.message)?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? e.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return option ? `${option} needs a value` : e.message;
    default:
      return e.message;
  }
}

export function stringOption(p: Parsed, name: string, command: string, required: true): string;
export function stringOption(p: Parsed, name: string, command: string, required?: false): string | undefined;
export function stringOption(p: Parsed, name: string, command: string, required = false): string | undefined {
  const v = p.values[name];
  if (typeof v === 'string' && v.trim() === '') throw new UsageError(`--${name} must not be empty`, command);
  if (v === undefined && required) throw new UsageError(`--${name} is required`, command);
  return v as string | undefined;
}

export function integerOption(p: Parsed, name: string, command: string, fallback: number, min: number, max: number): number {
  const v = p.values[name];
  if (v === undefined) return fallback;
  const text = String(v).replace(/_/g, '');
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, got "${String(v)}"`, command);
  }
  return n;
}

export function requirePositional(p: Parsed, label: string, command: string): string {
  const v = p.positionals[0];
  if (v === undefined || v.trim() === '') throw new UsageError(`${label} is required`, command);
  return v;
}
