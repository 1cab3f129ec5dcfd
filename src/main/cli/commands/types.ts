import type { CliIo } from '../io';

/** One command of the CLI. Adding a command = one file exporting this + one table entry. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Synopsis after the command name, e.g. `FILE --name NAME`. */
  usage: string;
  /** Option and argument descriptions, one per line, shown by `help COMMAND`. */
  details: readonly string[];
  /** Returns the exit code; throws UsageError or AppError for the caller to report. */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}
