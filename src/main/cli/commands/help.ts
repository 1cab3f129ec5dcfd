// `help [COMMAND]`: the command list, or one command's usage.
import { UsageError } from '../errors';
import type { CliIo } from '../io';
import type { Command } from './types';

export const PROGRAM = 'npm run cli --';

export function commandHelp(c: Command): string[] {
  return [`Usage: ${PROGRAM} ${c.name} ${c.usage}`, '', c.summary + '.', '', ...c.details.map((d) => `  ${d}`)];
}

export function overallHelp(commands: readonly Command[]): string[] {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Skillshift command line: engagement files for scripting and batch work.',
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run "${PROGRAM} help <command>" (or "<command> --help") for a command's options.`,
    'Errors go to stderr; the exit code is 0 on success, 2 for unusable arguments or files, 1 otherwise.',
    'Use "npm run --silent cli -- ..." to keep npm\'s own lines out of the output when piping --json.',
  ];
}

export function helpCommand(commands: () => readonly Command[]): Command {
  return {
    name: 'help',
    summary: 'Show this help, or the options of one command',
    usage: '[COMMAND]',
    details: ['COMMAND  a command name, such as demo'],
    run(args, io: CliIo) {
      const [name, extra] = args;
      if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`, 'help');
      if (name === undefined || name === '--help' || name === '-h') {
        overallHelp(commands()).forEach((l) => io.out(l));
        return 0;
      }
      const c = commands().find((x) => x.name === name);
      if (!c) throw new UsageError(`unknown command "${name}"`);
      commandHelp(c).forEach((l) => io.out(l));
      return 0;
    },
  };
}
