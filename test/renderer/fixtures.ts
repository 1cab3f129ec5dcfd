// Realistic read-model values for component tests, shaped exactly like the API's outputs.
import type { EngagementSummary, Overview, Page, SettingsView } from '../../src/shared/api-types';
import type { PersonRow } from '../../src/shared/edit-read-models';
import { defaultSettings } from '../../src/shared/domain/settings';

export const counts = {
  orgUnits: 8,
  locations: 4,
  roles: 34,
  tasks: 120,
  skills: 64,
  roleRequirements: 410,
  employees: 2014,
  proficiencies: 18250,
  learningPrograms: 9,
  objectives: 5,
  scenarios: 2,
  scenarioVersions: 3,
  auditLog: 1,
};

export function summary(over: Partial<EngagementSummary> = {}): EngagementSummary {
  return {
    name: 'Northwind Logistics',
    currency: 'EUR',
    locale: 'en-GB',
    horizonMonths: 18,
    fiscalStartMonth: 1,
    asOfDate: '2025-03-31',
    file: '/data/northwind.skillshift',
    fileName: 'northwind.skillshift',
    schemaVersion: 1,
    createdAt: '2025-03-01T10:00:00.000Z',
    counts,
    ...over,
  };
}

export function overview(over: Partial<Overview> = {}): Overview {
  return {
    asOfDate: '2025-03-31',
    currency: 'EUR',
    locale: 'en-GB',
    headcount: 2014,
    fte: 1923.5,
    annualCost: 123_456_789,
    costFormula: 'cost = role loaded cost per FTE x FTE (salary where the role has no loaded cost)',
    byUnit: [
      { key: '1', label: 'Operations', headcount: 1200, fte: 1150.5, cost: 70_000_000 },
      { key: '2', label: 'Finance', headcount: 814, fte: 773, cost: 53_456_789 },
    ],
    byLocation: [
      { key: '1', label: 'Rotterdam', headcount: 1500, fte: 1440, cost: 90_000_000 },
      { key: '2', label: 'Lyon', headcount: 514, fte: 483.5, cost: 33_456_789 },
    ],
    assessment: { assessed: 7650, required: 10200, share: 0.75 },
    skillsByCategory: [
      { category: 'digital', skills: 12 },
      { category: 'technical', skills: 20 },
    ],
    exposureBands: [
      { band: '0-20%', from: 0, to: 0.2, roles: 10, headcount: 600 },
      { band: '20-40%', from: 0.2, to: 0.4, roles: 12, headcount: 800 },
      { band: '40-60%', from: 0.4, to: 0.6, roles: 6, headcount: 300 },
      { band: '60-80%', from: 0.6, to: 0.8, roles: 4, headcount: 250 },
      { band: '80-100%', from: 0.8, to: 1, roles: 2, headcount: 64 },
    ],
    exposureSource: "Role exposure = sum(task time share x task exposure) / sum(task time share), from the roles' tasks",
    plannedLocations: [{ name: 'Warsaw', launchDate: '2026-01-01' }],
    privacy: { pseudonymise: true, minGroupSize: 5 },
    ...over,
  };
}

export function employees(total: number, offset = 0, limit = 50): Page<PersonRow> {
  const n = Math.max(0, Math.min(limit, total - offset));
  return {
    total,
    offset,
    rows: Array.from({ length: n }, (_, i) => ({
      id: offset + i + 1,
      ref: `E${String(offset + i + 1).padStart(5, '0')}`,
      name: null,
      clientId: null,
      roleId: 7,
      role: 'Planner',
      family: 'Operations',
      orgUnitId: 2,
      orgUnit: 'Operations',
      locationId: 3,
      location: 'Rotterdam',
      managerId: null,
      manager: null,
      birthYear: 1988,
      fte: 1,
      salary: 52_000 + i,
      hireDate: '2019-06-01',
      assessedSkills: 6,
    })),
  };
}

export function settingsView(): SettingsView {
  const { file: _f, fileName: _n, schemaVersion: _v, createdAt: _c, counts: _k, ...meta } = summary();
  return { meta, settings: defaultSettings() };
}
