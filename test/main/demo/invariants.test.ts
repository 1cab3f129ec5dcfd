// Properties every generated engagement has, whatever its size and seed.
import fc from 'fast-check';
import { openMemoryDb } from '../../../src/main/db/connection';
import { createDemo } from '../../../src/main/demo';

describe('demo invariants (property-based)', () => {
  it('holds for any small size and seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 300 }), fc.integer({ min: 0, max: 0xffffffff }), (employees, seed) => {
        const db = openMemoryDb();
        try {
          createDemo(db, { employees, seed });
          const value = (sql: string) => db.prepare(sql).pluck().get() as number;
          expect(value('SELECT count(*) FROM employees')).toBe(employees);
          // Every employee has a role that exists, in that role's unit and location.
          expect(
            value(`SELECT count(*) FROM employees e LEFT JOIN roles r ON r.id = e.role_id
                   WHERE r.id IS NULL OR e.org_unit_id IS NOT r.org_unit_id OR e.location_id IS NOT r.location_id`),
          ).toBe(0);
          // Levels on the 0-5 scale; proficiencies only for skills in the catalogue and people in the file.
          expect(value('SELECT count(*) FROM proficiencies WHERE level NOT BETWEEN 0 AND 5')).toBe(0);
          expect(value('SELECT count(*) FROM role_requirements WHERE level NOT BETWEEN 0 AND 5')).toBe(0);
          expect(value('SELECT count(*) FROM proficiencies WHERE skill_id NOT IN (SELECT id FROM skills)')).toBe(0);
          expect(value('SELECT count(*) FROM proficiencies WHERE employee_id NOT IN (SELECT id FROM employees)')).toBe(0);
          // Managers are employees in a manager role above the report; only the top has none.
          expect(
            value(`SELECT count(*) FROM employees e LEFT JOIN employees m ON m.id = e.manager_id LEFT JOIN roles rm ON rm.id = m.role_id
                   JOIN roles re ON re.id = e.role_id
                   WHERE e.manager_id IS NOT NULL AND (m.id IS NULL OR rm.is_manager = 0 OR rm.level <= re.level)`),
          ).toBe(0);
          expect(value('SELECT count(*) FROM employees WHERE manager_id IS NULL')).toBe(1);
          expect(value('SELECT count(*) FROM employees WHERE manager_id = id')).toBe(0);
          expect(db.pragma('foreign_key_check')).toEqual([]);
          expect(value('SELECT count(DISTINCT client_id) FROM employees')).toBe(employees);
        } finally {
          db.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});
