// Where a command writes. Commands never touch process.stdout directly, so tests can run them
// in-process and the --json output stays the only thing on stdout.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Writes to stderr without a newline (progress redrawn with a carriage return). */
  errRaw(text: string): void;
  /** True when stderr is a terminal: progress can redraw one line instead of adding lines. */
  errIsTty: boolean;
  /** Milliseconds since some fixed point, for timing messages. */
  now(): number;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  errRaw: (text) => process.stderr.write(text),
  errIsTty: Boolean(process.stderr.isTTY),
  now: () => performance.now(),
};
