// The command line's pieces in-process: exit codes for each kind of failure, and the progress
// reporter (only speaks up when generation takes a while, never floods a log).
import { progressReporter } from '../../../src/main/cli/commands/demo';
import { entityLabel } from '../../../src/main/cli/commands/info';
import { UsageError, exitCodeFor, messageFor } from '../../../src/main/cli/errors';
import type { CliIo } from '../../../src/main/cli/io';
import { runCli } from '../../../src/main/cli';
import { AppError } from '../../../src/shared/result';

function fakeIo(opts: { tty?: boolean; step?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let t = 0;
  const io: CliIo = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    errRaw: (s) => err.push(s),
    errIsTty: opts.tty ?? false,
    now: () => (t += opts.step ?? 0),
  };
  return { io, out, err };
}

describe('exit codes and messages', () => {
  it('uses 2 for unusable arguments or files and 1 for everything else', () => {
    expect(exitCodeFor(new UsageError('bad'))).toBe(2);
    for (const kind of ['validation', 'not-found', 'bad-file', 'newer-version', 'conflict', 'io'] as const) {
      expect(exitCodeFor(new AppError(kind, 'x'))).toBe(2);
    }
    expect(exitCodeFor(new AppError('internal', 'x'))).toBe(1);
    expect(exitCodeFor(new Error('disk on fire'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
  });

  it('turns any failure into one sentence', () => {
    expect(messageFor(new AppError('not-found', 'x.skillshift does not exist.'))).toBe('x.skillshift does not exist.');
    expect(messageFor(new Error('boom\n  at somewhere'))).toBe('Unexpected failure: boom at somewhere.');
    expect(messageFor(new UsageError('--seed needs a value', 'demo'))).toMatch(/^--seed needs a value\. Run "npm run cli -- help demo"/);
  });

  it('reports a command failure on stderr only, with the command name', async () => {
    const { io, out, err } = fakeIo();
    expect(await runCli(['info', '/nonexistent/dir/x.skillshift', '--json'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['skillshift info: /nonexistent/dir/x.skillshift does not exist.']);
  });
});

describe('demo progress', () => {
  it('stays quiet when generation is quick', () => {
    const { io, err } = fakeIo({ step: 1 });
    const report = progressReporter(io, 0);
    for (let done = 0; done <= 20_000; done += 5000) report(done, 20_000);
    expect(err).toEqual([]);
  });

  it('prints one line per tenth to a log once generation is slow', () => {
    const { io, err } = fakeIo({ step: 400 });
    const report = progressReporter(io, 0);
    for (let done = 0; done <= 100_000; done += 5000) report(done, 100_000);
    expect(err.length).toBeGreaterThan(3);
    expect(err.length).toBeLessThanOrEqual(11);
    expect(err.at(-1)).toBe('Generating employees: 100,000 of 100,000 (100%)');
  });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const { io, err } = fakeIo({ step: 400, tty: true });
    const report = progressReporter(io, 0);
    for (let done = 0; done <= 20_000; done += 5000) report(done, 20_000);
    expect(err.every((s) => s.startsWith('\r'))).toBe(true);
    expect(err.at(-1)).toBe('\rGenerating employees: 20,000 of 20,000 (100%)\n');
  });
});

describe('info labels', () => {
  it('turns entity names into readable labels', () => {
    expect(entityLabel('roleRequirements')).toBe('Role requirements');
    expect(entityLabel('auditLog')).toBe('Audit log');
  });
});
