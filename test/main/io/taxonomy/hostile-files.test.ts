// Whatever bytes sit where a taxonomy file is expected, the readers answer with a typed error
// (bad-file, validation, not-found) and never crash; nothing is written to the engagement.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { readEscoRelease } from '../../../../src/main/io/taxonomy/esco-read';
import { readCrosswalk, readExposureIndex } from '../../../../src/main/io/taxonomy/exposure-read';
import { readOnetRelease } from '../../../../src/main/io/taxonomy/onet-read';
import { AppError } from '../../../../src/shared/result';
import { tempDir } from '../../../helpers/engagement';

const typed = (e: unknown) => e instanceof AppError && ['bad-file', 'validation', 'not-found'].includes(e.kind);

/** Random bytes, or a zip header followed by random bytes, or text with a plausible header. */
const contents = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.uint8Array({ maxLength: 2000 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
  fc.string({ unit: 'binary', maxLength: 400 }).map((s) => new TextEncoder().encode(`SOC Code,title,ai_applicability_score\n${s}`)),
);

async function outcome(fn: () => unknown): Promise<'ok' | 'typed'> {
  try {
    await fn();
    return 'ok';
  } catch (e) {
    if (typed(e)) return 'typed';
    throw e;
  }
}

describe('hostile taxonomy files', () => {
  it('random bytes in any taxonomy file give a typed error or a clean read', async () => {
    await fc.assert(
      fc.asyncProperty(contents, fc.constantFrom('Skills.xlsx', 'Skills.txt', 'occupations_en.csv', 'index.csv', 'index.xlsx'), async (bytes, name) => {
        const dir = tempDir('hostile-');
        const file = path.join(dir, name);
        fs.writeFileSync(file, bytes);
        const results = name.startsWith('Skills')
          ? [await outcome(() => readOnetRelease(dir))]
          : name.startsWith('occupations')
            ? [await outcome(() => readEscoRelease(dir))]
            : [
                await outcome(() => readExposureIndex(file, 'microsoft')),
                await outcome(() => readExposureIndex(file, 'aioe')),
                await outcome(() => readCrosswalk(file)),
              ];
        for (const r of results) expect(['ok', 'typed']).toContain(r);
        // Random bytes are never an O*NET release with usable ratings.
        if (name === 'Skills.xlsx') expect(results[0]).toBe('typed');
        fs.rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 150 },
    );
  });
});
