// Version 5: a learning program's seats are new starters per month. Version 1 called the column
// seats_per_period, and the plan read it per scenario period, so the same catalogue gave a
// quarterly plan a third of a monthly plan's training capacity over the same months. The
// catalogue's other time figure (duration_months) is in months too; the plan converts to its
// own grid (src/main/engine/plan/problem.ts problemFor). Values are kept as they are: a plan on
// monthly periods reads them exactly as before. Deletions in the audit log keep the record and a
// snapshot of its rows for restoring (src/main/db/repos/edit/changes.ts), so their keys are
// renamed too, or a program deleted before this version could not be restored after it.
import type { Migration } from './migration';

export const m005SeatsPerMonth: Migration = {
  version: 5,
  name: 'learning program seats per month',
  up(db) {
    db.exec(`
      ALTER TABLE learning_programs RENAME COLUMN seats_per_period TO seats_per_month;
      UPDATE audit_log SET
        before = replace(replace(before, '"seats_per_period":', '"seats_per_month":'), '"seatsPerPeriod":', '"seatsPerMonth":'),
        after = replace(replace(after, '"seats_per_period":', '"seats_per_month":'), '"seatsPerPeriod":', '"seatsPerMonth":')
      WHERE instr(before, 'eats_per_period') OR instr(before, 'eatsPerPeriod') OR instr(after, 'eats_per_period') OR instr(after, 'eatsPerPeriod');
    `);
  },
};
