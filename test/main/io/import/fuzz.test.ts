import fc from 'fast-check';
import { memoryEngagement } from '../../../helpers/engagement';
import { entityCounts } from '../../../../src/main/db/repos/counts';
import { importKinds } from '../../../../src/shared/import-types';
import { AppError, errorKinds } from '../../../../src/shared/result';
import { run, writeFile } from './helpers';
import { workbookWithSheet } from './zip-helpers';

/** Runs an import of arbitrary bytes: a typed error or a report, and never a partial commit. */
let shared: ReturnType<typeof memoryEngagement> | null = null;
afterAll(() => shared?.close());

function check(bytes: Uint8Array, kind: (typeof importKinds)[number], name: string) {
  // One engagement for all runs: every run compares counts before and after itself.
  const db = (shared ??= memoryEngagement());
  const before = entityCounts(db);
  const file = writeFile(name, Buffer.from(bytes));
  try {
    const r = run(db, file, kind, 'commit');
    if (!r.committed) expect(entityCounts(db)).toEqual(before);
    for (const e of r.errors) {
      expect(e.row).toBeGreaterThanOrEqual(1);
      expect(typeof e.problem).toBe('string');
    }
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(errorKinds).toContain(e.kind);
    expect(e.message.length).toBeGreaterThan(0);
    expect(entityCounts(db)).toEqual(before);
  }
}

describe('hostile input', () => {
  it('random bytes give a typed error or a clean report, never a crash or a partial commit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...importKinds), (bytes, kind) => check(bytes, kind, 'random.csv')),
      { numRuns: 300 },
    );
  });

  it('text-like noise with delimiters, quotes and line breaks behaves the same', () => {
    const noise = fc.array(fc.constantFrom('a', 'E1', ',', ';', '"', '\n', '\r\n', '\t', '3', 'x', 'é', ' ', '2024-01-01', 'Employee ID', 'Skill', 'Level'), { maxLength: 400 });
    fc.assert(
      fc.property(noise, fc.constantFrom(...importKinds), (parts, kind) => check(Buffer.from(parts.join('')), kind, 'noise.csv')),
      { numRuns: 300 },
    );
  });

  it('random bytes inside a zip, or a sheet of random XML, give typed errors', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 2000 }), (bytes) => {
        const zipped = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.from(bytes)]);
        check(zipped, 'employees', 'random.xlsx');
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (xml) => check(workbookWithSheet({ data: Buffer.from(`<worksheet><sheetData>${xml}</sheetData></worksheet>`) }), 'skills', 'xml.xlsx')),
      { numRuns: 150 },
    );
  });
});
