// Entry point of `npm run cli -- <command> [options]`: picks the command from the table,
// runs it, and turns whatever it throws into one sentence on stderr and an exit code.
import { pathToFileURL } from 'node:url';
import { commands } from './commands';
import { commandHelp, overallHelp } from './commands/help';
import { EXIT_OK, EXIT_USAGE, UsageError, exitCodeFor, messageFor } from './errors';
import { processIo, type CliIo } from './io';

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) {
      overallHelp(commands).forEach((l) => io.err(l));
      return EXIT_USAGE;
    }
    if (name === '--help' || name === '-h') {
      overallHelp(commands).forEach((l) => io.out(l));
      return EXIT_OK;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      commandHelp(command).forEach((l) => io.out(l));
      return EXIT_OK;
    }
    return await command.run(rest, io);
  } catch (e) {
    io.err(`skillshift${name && commands.some((c) => c.name === name) ? ` ${name}` : ''}: ${messageFor(e)}`);
    return exitCodeFor(e);
  }
}

// Run when executed (tsx src/main/cli/index.ts), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`skillshift: ${messageFor(e)}\n`);
      process.exitCode = 1;
    },
  );
}
