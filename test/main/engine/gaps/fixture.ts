// A small engagement whose every figure is worked out by hand in the tests (comments there show
// the arithmetic). As of 2026-01-01; the future date is 18 months later, 2027-07-01.
import { modelFromRecords, type GapRecords } from '../../../../src/main/engine/gaps';

export const AS_OF = '2026-01-01';
export const FUTURE = '2027-07-01';

export const records = (): GapRecords => ({
  asOfDate: AS_OF,
  skills: [
    { id: 1, name: 'Python', category: 'technical' },
    { id: 2, name: 'SQL', category: 'digital' },
    { id: 3, name: 'Negotiation', category: 'soft' },
    { id: 4, name: 'Coaching', category: 'leadership' },
    { id: 5, name: 'German', category: 'language' },
    { id: 6, name: 'GDPR', category: 'regulatory' },
  ],
  roles: [
    { id: 10, title: 'Analyst', family: 'Data' },
    { id: 20, title: 'Team Lead', family: 'Management', isManager: true },
    { id: 30, title: 'Engineer', family: 'Data' },
  ],
  orgUnits: [
    { id: 1, name: 'A', parentId: null },
    { id: 2, name: 'A1', parentId: 1 },
    { id: 3, name: 'B', parentId: null },
  ],
  locations: [
    { id: 1, name: 'X' },
    { id: 2, name: 'Y' },
  ],
  requirements: [
    // Analyst today: Python 4 (w 1), SQL 3 (w 0.5), Negotiation 2 (w 0.5).
    { id: 1, roleId: 10, skillId: 1, level: 4, weight: 1 },
    { id: 2, roleId: 10, skillId: 2, level: 3, weight: 0.5 },
    { id: 3, roleId: 10, skillId: 3, level: 2, weight: 0.5 },
    // Analyst future: Python raised to 5 from 2026-07-01 (supersedes), GDPR 2 added from
    // 2027-01-01, German 3 from 2028-01-01 (beyond 18 months: ignored at the future date).
    { id: 4, roleId: 10, skillId: 1, level: 5, weight: 1, effectiveDate: '2026-07-01' },
    { id: 5, roleId: 10, skillId: 6, level: 2, weight: 0.5, effectiveDate: '2027-01-01' },
    { id: 6, roleId: 10, skillId: 5, level: 3, weight: 1, effectiveDate: '2028-01-01' },
    // Team Lead: Coaching 4 (w 1), Negotiation 3 (w 0.5), SQL 2 (w 0.25).
    { id: 7, roleId: 20, skillId: 4, level: 4, weight: 1 },
    { id: 8, roleId: 20, skillId: 3, level: 3, weight: 0.5 },
    { id: 9, roleId: 20, skillId: 2, level: 2, weight: 0.25 },
    // Engineer: Python 5 (w 1), SQL 4 (w 1).
    { id: 10, roleId: 30, skillId: 1, level: 5, weight: 1 },
    { id: 11, roleId: 30, skillId: 2, level: 4, weight: 1 },
  ],
  employees: [
    { id: 101, ref: 'E1', roleId: 10, orgUnitId: 1, locationId: 1, managerId: 103, fte: 1 },
    { id: 102, ref: 'E2', roleId: 10, orgUnitId: 2, locationId: 2, managerId: null, fte: 0.5 },
    { id: 103, ref: 'E3', roleId: 20, orgUnitId: 3, locationId: 1, managerId: null, fte: 1 },
    { id: 104, ref: 'E4', roleId: 30, orgUnitId: 3, locationId: 2, managerId: 103, fte: 1 },
    { id: 105, ref: 'E5', roleId: 30, orgUnitId: null, locationId: null, managerId: 103, fte: 0.8 },
    { id: 106, ref: 'E6', roleId: null, orgUnitId: 1, locationId: 1, managerId: null, fte: 1 },
  ],
  proficiencies: [
    { employeeId: 101, skillId: 1, level: 3 },
    { employeeId: 101, skillId: 2, level: 3 },
    { employeeId: 102, skillId: 1, level: 4.5 },
    { employeeId: 102, skillId: 2, level: 2 },
    { employeeId: 102, skillId: 3, level: 1 },
    { employeeId: 102, skillId: 6, level: 2 },
    { employeeId: 103, skillId: 4, level: 2 },
    { employeeId: 103, skillId: 3, level: 3 },
    { employeeId: 103, skillId: 2, level: 2 },
    { employeeId: 103, skillId: 1, level: 4 },
    { employeeId: 104, skillId: 1, level: 5 },
    { employeeId: 104, skillId: 2, level: 1 },
    { employeeId: 106, skillId: 1, level: 2 },
  ],
  programs: [
    { id: 1, name: 'Python Bootcamp', costPerPerson: 1000, durationMonths: 2, skills: [{ skillId: 1, uplift: 1 }] },
    {
      id: 2,
      name: 'Data Skills',
      costPerPerson: 500,
      durationMonths: 3,
      skills: [
        { skillId: 1, uplift: 2 },
        { skillId: 2, uplift: 1 },
      ],
    },
    { id: 3, name: 'Negotiation Lab', costPerPerson: 800, durationMonths: 1, skills: [{ skillId: 3, uplift: 2 }] },
  ],
});

export const fixtureModel = () => modelFromRecords(records());

/** Dense indices of the fixture (ids are assigned in ascending order). */
export const E = { E1: 0, E2: 1, E3: 2, E4: 3, E5: 4, E6: 5 };
export const R = { analyst: 0, lead: 1, engineer: 2 };
export const S = { python: 0, sql: 1, negotiation: 2, coaching: 3, german: 4, gdpr: 5 };
export const U = { A: 0, A1: 1, B: 2 };
export const L = { X: 0, Y: 1 };
export const P = { bootcamp: 0, data: 1, negotiation: 2 };
