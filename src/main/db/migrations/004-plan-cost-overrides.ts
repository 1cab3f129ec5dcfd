// Version 4: cost parameters of the workforce plan overridden per scenario, role and location
// (issue 6). Engagement settings hold the defaults; a row here replaces one parameter wherever
// all the scopes it names match (NULL: any). The most specific row wins (see
// src/main/engine/plan/costs.ts resolveParams). Deleting a scenario, role or location deletes
// its overrides. Actual outcomes of objectives already live in objective_outcomes (version 1).
import type { Migration } from './migration';

export const m004PlanCostOverrides: Migration = {
  version: 4,
  name: 'plan cost overrides per scenario, role and location',
  up(db) {
    db.exec(`
      CREATE TABLE plan_cost_overrides (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER REFERENCES scenarios(id) ON DELETE CASCADE,
        role_id INTEGER REFERENCES roles(id) ON DELETE CASCADE,
        location_id INTEGER REFERENCES locations(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN (
          'recruitingShareOfSalary', 'onboardingMonths', 'vacancyCostShare', 'contractorPremium',
          'contractorCapShare', 'productivityLossWhileLearning', 'severanceWeeksPerYear',
          'severanceMinWeeks', 'severanceCapWeeks')),
        value REAL NOT NULL CHECK (value >= 0 AND value <= 1000),
        CHECK (scenario_id IS NOT NULL OR role_id IS NOT NULL OR location_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX plan_cost_overrides_key
        ON plan_cost_overrides(ifnull(scenario_id, 0), ifnull(role_id, 0), ifnull(location_id, 0), field);
      CREATE INDEX plan_cost_overrides_role ON plan_cost_overrides(role_id);
      CREATE INDEX plan_cost_overrides_location ON plan_cost_overrides(location_id);
    `);
  },
};
