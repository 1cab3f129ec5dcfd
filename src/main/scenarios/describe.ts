// A scenario body in words, for `scenario show`: its grid and hiring policy, each change on a
// line or two with the records it names (titles and names, not ids), and its assumptions.
import type { ScenarioBody, ScenarioChange } from '../../shared/domain/scenario';
import type { WorkforceData } from '../engine/scenario';
import { changeLabel } from './diff';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const num = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 2 });

export function describeBody(body: ScenarioBody, data: WorkforceData): string[] {
  const role = new Map(data.roles.map((r) => [r.id, r.title]));
  const unit = new Map(data.orgUnits.map((u) => [u.id, u.name]));
  const loc = new Map(data.locations.map((l) => [l.id, l.name]));
  const skill = new Map(data.skills.map((s) => [s.id, s.name]));
  const names = (ids: number[], m: Map<number, string>, noun: string) => ids.map((id) => m.get(id) ?? `${noun} ${id}`).join(', ');
  const scope = (s: { roleIds: number[]; orgUnitIds: number[]; locationIds: number[] }) => {
    const parts = [
      s.roleIds.length ? `roles ${names(s.roleIds, role, 'role')}` : '',
      s.orgUnitIds.length ? `units ${names(s.orgUnitIds, unit, 'unit')}` : '',
      s.locationIds.length ? `locations ${names(s.locationIds, loc, 'location')}` : '',
    ].filter(Boolean);
    return parts.length ? parts.join('; ') : 'everyone';
  };
  const detail = (ch: ScenarioChange): string[] => {
    switch (ch.type) {
      case 'automation': {
        const a = ch.adoption;
        const curve = a.curve === 's-curve' ? `S-curve to ${pct(a.target)} (midpoint ${a.midpointMonths} months, steepness ${a.steepness})` : `linear to ${pct(a.target)} from ${a.startDate} by ${a.byDate}`;
        const exposure = ch.exposure.from === 'manual' ? `manual ${pct(ch.exposure.value)}` : ch.exposure.from === 'index' ? `index ${ch.exposure.source}` : 'from the roles\u2019 tasks';
        const lines = [
          `roles: ${names(ch.roleIds, role, 'role')}${ch.taskIds ? ` (tasks ${ch.taskIds.join(', ')})` : ''}`,
          `exposure ${exposure}; adoption ${curve}; realisation ${pct(ch.realisation)}; investment ${num(ch.investment)}`,
        ];
        for (const r of ch.newRequirements) {
          lines.push(`new requirement: ${skill.get(r.skillId) ?? `skill ${r.skillId}`} level ${r.level} (weight ${r.weight}) for ${r.roleId === null ? 'every automated role' : (role.get(r.roleId) ?? `role ${r.roleId}`)} from ${r.effectiveDate}`);
        }
        return lines;
      }
      case 'new-market': {
        const lines = [
          `location ${loc.get(ch.locationId) ?? `location ${ch.locationId}`}, launch ${ch.launchDate}${ch.labourCostIndex !== undefined ? `, labour cost index ${ch.labourCostIndex}` : ''}, ${pct(ch.internalShare)} filled by internal transfers`,
          ...ch.ramp.map((r) => `ramp: ${role.get(r.roleId) ?? `role ${r.roleId}`} to ${num(r.target)} over ${r.rampMonths} months (${r.curve})`),
        ];
        const ttf = Object.entries(ch.timeToFillDays);
        if (ttf.length) lines.push(`time-to-fill: ${ttf.map(([f, d]) => `${f} ${d} days`).join(', ')}`);
        for (const r of ch.extraRequirements) lines.push(`extra requirement there: ${skill.get(r.skillId) ?? `skill ${r.skillId}`} level ${r.level} (weight ${r.weight})`);
        return lines;
      }
      case 'demand':
      case 'attrition':
      case 'time-to-fill':
        return [`applies to ${scope(ch.scope)}`];
      case 'hiring-freeze':
        return [`applies to ${scope(ch.scope)}`];
      case 'salary-inflation':
        return [];
    }
  };
  const months = { month: 1, quarter: 3, year: 12 }[body.periodUnit];
  const out = [`Starts ${body.startDate}, ${body.periods} ${body.periodUnit}s${months > 1 ? ` (${body.periods * months} months)` : ''}, hiring policy: ${body.hiring}`];
  for (const h of body.hiringByRole ?? []) out.push(`  Hiring for ${role.get(h.roleId) ?? `role ${h.roleId}`}: ${h.policy ?? body.hiring}${h.recruitIntoRoleId ? `, recruiting into ${role.get(h.recruitIntoRoleId) ?? `role ${h.recruitIntoRoleId}`}` : ''}`);
  for (const c of body.hiringCapacity ?? []) out.push(`  Hiring capacity at ${loc.get(c.locationId) ?? `location ${c.locationId}`}: ${num(c.hiresPerMonth)} a month`);
  out.push('', body.changes.length ? 'Changes:' : 'Changes: none (the baseline)');
  body.changes.forEach((ch, i) => {
    out.push(`  ${i + 1}. [${ch.type}] ${changeLabel(ch)} (id ${ch.id})`);
    for (const l of detail(ch)) out.push(`       ${l}`);
  });
  out.push('', body.assumptions.length ? 'Assumptions:' : 'Assumptions: none stated');
  for (const a of body.assumptions) out.push(`  - ${a}`);
  return out;
}
