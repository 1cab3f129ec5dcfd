// The demo engagement: Meridian Mutual, a fictional insurer, generated deterministically from a
// seed (same seed and size, same rows). The app opens on it the first time, and benchmarks use
// the same generator at 100,000 people. Runs inside the caller's transaction when there is one
// (engagement-files.ts creates the file that way), else in its own.
import { defaultSettings } from '../../shared/domain/settings';
import { AppError } from '../../shared/result';
import { audit } from '../db/repos/audit';
import { initEngagement } from '../db/repos/engagement';
import { inTransaction, type WritableDB } from '../db/types';
import { buildStructure } from './catalogue';
import { DEMO_META } from './catalogue/org';
import { DayCache, dayOf } from './dates';
import { EMPLOYEE_COLUMNS, PeopleGenerator, linkManagers } from './people';
import { PROFICIENCY_COLUMNS, ProficiencyGenerator } from './proficiencies';
import { Rng } from './rng';
import { demoScenarios, writeScenarios } from './scenarios';
import { writeCatalogue } from './write-catalogue';
import { planWorkforce } from './workforce';
import { BatchInsert, suspendIndexes } from './writer';

export interface DemoOptions {
  employees: number;
  seed: number;
}

export const DEFAULT_DEMO: DemoOptions = { employees: 2000, seed: 42 };
/** Client ids stay unique up to this size (see people.ts). */
export const MAX_DEMO_EMPLOYEES = 900_000;
const PROGRESS_EVERY = 5000; // a multiple of CHUNK
const CHUNK = 100;
/** Negative cache_size is in KiB: 64 MiB while generating. */
const BULK_CACHE_KIB = -65536;
/** Dates reach back far enough for the longest tenure (40 years) plus margin. */
const OLDEST_DAY_OFFSET = 41 * 366;

function checkOptions({ employees, seed }: DemoOptions): void {
  if (!Number.isInteger(employees) || employees < 1 || employees > MAX_DEMO_EMPLOYEES) {
    throw new AppError('validation', `The demo needs a whole number of employees from 1 to ${MAX_DEMO_EMPLOYEES.toLocaleString('en')}; got ${employees}.`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new AppError('validation', `The demo seed must be a whole number from 0 to ${0xffffffff}; got ${seed}.`);
  }
}

export function createDemo(db: WritableDB, options: DemoOptions, onProgress?: (done: number, total: number) => void): void {
  checkOptions(options);
  const run = () => generate(db, options, onProgress);
  if (db.inTransaction) run();
  else inTransaction(db, run);
}

function generate(db: WritableDB, { employees, seed }: DemoOptions, onProgress?: (done: number, total: number) => void): void {
  // Names and client ids are fictional, so the demo keeps them visible.
  const settings = defaultSettings();
  initEngagement(db, DEMO_META, { ...settings, privacy: { ...settings.privacy, pseudonymise: false } });

  const structure = buildStructure();
  const ids = writeCatalogue(db, structure);
  const rng = new Rng(seed);
  const workforce = planWorkforce(structure, employees, rng);

  const asOfDay = dayOf(DEMO_META.asOfDate);
  const days = new DayCache(asOfDay - OLDEST_DAY_OFFSET, asOfDay);
  const people = new PeopleGenerator(structure, workforce, rng, days, asOfDay, DEMO_META.asOfDate, seed);
  const skills = new ProficiencyGenerator(structure, rng, days, asOfDay);
  const employeeRows = new BatchInsert(db, 'employees', EMPLOYEE_COLUMNS, CHUNK);
  const proficiencyRows = new BatchInsert(db, 'proficiencies', PROFICIENCY_COLUMNS, 200);

  // Bulk load: secondary indexes are rebuilt once at the end, and a larger page cache keeps
  // the growing tables from spilling to the WAL mid-transaction (measured: about a third less
  // CPU at 100,000 employees).
  const restoreIndexes = suspendIndexes(db, ['employees', 'proficiencies']);
  const previousCache = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
  try {
    // People are written in chunks, each chunk's employees before their proficiencies, so no
    // row ever refers to an employee not yet inserted (pending foreign-key violations would
    // make SQLite re-check every later insert).
    const tenure = new Float64Array(CHUNK);
    const hireDay = new Int32Array(CHUNK);
    onProgress?.(0, employees);
    for (let start = 0; start < employees; start += CHUNK) {
      const end = Math.min(employees, start + CHUNK);
      for (let i = start; i < end; i++) {
        people.write(employeeRows, i);
        tenure[i - start] = people.tenureYears;
        hireDay[i - start] = people.hireDay;
      }
      employeeRows.flush();
      for (let i = start; i < end; i++) {
        skills.write(proficiencyRows, i + 1, workforce.roleOf[i], tenure[i - start], hireDay[i - start]);
      }
      if (end % PROGRESS_EVERY === 0 && end < employees) onProgress?.(end, employees);
    }
    proficiencyRows.flush();
    linkManagers(db, workforce);
    restoreIndexes();
  } finally {
    db.pragma(`cache_size = ${previousCache}`);
  }

  writeScenarios(db, demoScenarios(structure, ids, employees));
  audit(db, {
    action: 'create',
    entity: 'engagement',
    entityId: '1',
    summary: `Generated the demo engagement ${DEMO_META.name}: ${employees.toLocaleString('en')} employees, ${proficiencyRows.rowsWritten.toLocaleString('en')} proficiencies, ${structure.roles.length} roles (seed ${seed})`,
    after: { generator: 'demo', seed, employees, roles: structure.roles.length, proficiencies: proficiencyRows.rowsWritten },
  });
  onProgress?.(employees, employees);
}
