// The command line run in-process: what it writes to stdout and stderr, collected, and its exit
// code. `now` is the clock progress reporting reads (fixed at 0 unless a test needs it to move).
import { runCli } from '../../src/main/cli';
import type { CliIo } from '../../src/main/cli/io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** Writes to stderr (one per message). */
  errLines: number;
}

export async function runCliCaptured(args: string[], now: () => number = () => 0): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), errRaw: (s) => err.push(s), errIsTty: false, now };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err.length };
}
