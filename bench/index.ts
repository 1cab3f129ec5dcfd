// `npm run bench`: runs every suite (or those named on the command line) and prints one line
// per metric. Exit code 1 when any budget fails, so a regression is visible in scripts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatMetric, timeMs, type BenchSuite, type Metric } from './harness';
import { suites } from './suites';

async function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const selected: BenchSuite[] = only.length ? suites.filter((s) => only.includes(s.name)) : suites;
  if (selected.length === 0) {
    console.error(`No suite named ${only.join(', ')}. Suites: ${suites.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  let failed = 0;
  console.log(`skillshift bench: node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
  for (const suite of selected) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `skillshift-bench-${suite.name}-`));
    try {
      await suite.run({
        dir,
        time: timeMs,
        report(m: Metric) {
          const line = formatMetric(m);
          if (line.includes(' FAIL')) failed++;
          console.log(`[${suite.name}] ${line}`);
        },
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
