// fast-check generators for small but varied engagements and scenarios.
import fc from 'fast-check';
import type { ScenarioBody, ScenarioChange } from '../../../../src/shared/domain/scenario';
import type { WorkforceData } from '../../../../src/main/engine/scenario/types';
import { emptyData, location, role, staff } from './fixtures';

const everyone = { roleIds: [], orgUnitIds: [], locationIds: [] };

export const workforce: fc.Arbitrary<WorkforceData> = fc
  .integer({ min: 2, max: 6 })
  .chain((R) =>
    fc.record({
      R: fc.constant(R),
      heads: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: R, maxLength: R }),
      fte: fc.array(fc.double({ min: 0.5, max: 1, noNaN: true }), { minLength: R, maxLength: R }),
      exit: fc.array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: R, maxLength: R }),
      moves: fc.array(
        fc.array(fc.tuple(fc.integer({ min: 0, max: R - 1 }), fc.double({ min: 0, max: 0.5, noNaN: true })), { maxLength: 3 }),
        { minLength: R, maxLength: R },
      ),
      site: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: R, maxLength: R }),
      capacity: fc.option(fc.double({ min: 0.5, max: 20, noNaN: true }), { nil: null }),
    }),
  )
  .map(({ R, heads, fte, exit, moves, site, capacity }) => {
    const transitions: WorkforceData['transitions'] = [];
    for (let i = 0; i < R; i++) {
      const out = moves[i].filter(([to]) => to !== i);
      const total = exit[i] + out.reduce((a, [, r]) => a + r, 0);
      const scale = total > 1 ? 1 / total : 1;
      transitions.push({ fromRoleId: i + 1, toRoleId: null, kind: 'attrition', annualRate: exit[i] * scale });
      const seen = new Set<number>();
      for (const [to, rate] of out) {
        if (seen.has(to)) continue;
        seen.add(to);
        transitions.push({ fromRoleId: i + 1, toRoleId: to + 1, kind: 'move', annualRate: rate * scale * 0.999 });
      }
    }
    return emptyData({
      roles: Array.from({ length: R }, (_, i) => role(i + 1, `R${i + 1}`, i % 2 ? 'A' : 'B', { level: i % 3, locationId: site[i], loadedCost: 1000 * (i + 1) })),
      locations: [location(1, 'One', { hiresPerMonth: capacity }), location(2, 'Two', { timeToFillDays: { A: 20, B: 70 } }), location(3, 'New', { planned: true })],
      staff: heads.map((h, i) => staff(i + 1, h, { locationId: site[i], fte: h * fte[i] })),
      transitions,
      tasks: Array.from({ length: R }, (_, i) => ({ id: i + 1, roleId: i + 1, timeShare: 1, exposure: (i % 4) / 4 })),
    });
  });

export function scenario(data: WorkforceData): fc.Arbitrary<ScenarioBody> {
  const R = data.roles.length;
  return fc
    .record({
      periodUnit: fc.constantFrom('month', 'quarter', 'year') as fc.Arbitrary<ScenarioBody['periodUnit']>,
      periods: fc.integer({ min: 1, max: 30 }),
      hiring: fc.constantFrom('none', 'replace', 'fill') as fc.Arbitrary<ScenarioBody['hiring']>,
      ttf: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }),
      growth: fc.option(fc.double({ min: -0.5, max: 1, noNaN: true }), { nil: null }),
      automation: fc.option(fc.record({ role: fc.integer({ min: 1, max: R }), target: fc.double({ min: 0, max: 1, noNaN: true }), mid: fc.integer({ min: 0, max: 24 }) }), { nil: null }),
      market: fc.option(
        fc.record({
          role: fc.integer({ min: 1, max: R }),
          target: fc.integer({ min: 0, max: 60 }),
          months: fc.integer({ min: 0, max: 12 }),
          curve: fc.constantFrom('linear', 's-curve', 'step') as fc.Arbitrary<'linear' | 's-curve' | 'step'>,
          share: fc.double({ min: 0, max: 1, noNaN: true }),
          launch: fc.integer({ min: 0, max: 12 }),
        }),
        { nil: null },
      ),
      freeze: fc.boolean(),
      recruitInto: fc.option(fc.integer({ min: 1, max: R }), { nil: null }),
    })
    .map((s) => {
      const changes: ScenarioChange[] = [];
      if (s.ttf !== null) changes.push({ type: 'time-to-fill', id: 't', scope: everyone, days: s.ttf });
      if (s.growth !== null) changes.push({ type: 'demand', id: 'g', scope: everyone, annualGrowth: s.growth });
      if (s.automation) {
        changes.push({
          type: 'automation',
          id: 'a',
          label: 'A',
          roleIds: [s.automation.role],
          exposure: { from: 'tasks' },
          adoption: { curve: 's-curve', target: s.automation.target, midpointMonths: s.automation.mid, steepness: 0.5 },
          realisation: 0.8,
          investment: 0,
          newRequirements: [],
          objectiveIds: [],
        });
      }
      if (s.market) {
        const month = String(1 + (s.market.launch % 12)).padStart(2, '0');
        changes.push({
          type: 'new-market',
          id: 'm',
          label: 'M',
          locationId: 3,
          launchDate: `2026-${month}-01`,
          timeToFillDays: {},
          ramp: [{ roleId: s.market.role, target: s.market.target, rampMonths: s.market.months, curve: s.market.curve }],
          extraRequirements: [],
          internalShare: s.market.share,
          objectiveIds: [],
        });
      }
      if (s.freeze) changes.push({ type: 'hiring-freeze', id: 'f', scope: everyone, from: '2026-03-01', to: '2026-06-30' });
      const body: ScenarioBody = { startDate: '2026-01-01', periodUnit: s.periodUnit, periods: s.periods, hiring: s.hiring, assumptions: [], changes };
      if (s.recruitInto !== null) body.hiringByRole = data.roles.map((r) => ({ roleId: r.id, recruitIntoRoleId: s.recruitInto! }));
      return body;
    });
}
