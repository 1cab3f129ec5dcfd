// Career paths per role (engine/scenario/careers.ts: the annual transition matrix read as an
// absorbing chain) as rows for the API and the command line: expected years remaining, the
// probability of coming back after leaving the role, and the probability of ever reaching each
// other role, largest first. The full R x R matrix is trimmed to probabilities >= a minimum
// (default 0.001) so 500 roles do not answer with 250,000 numbers.
import type { CareersView } from '../../shared/scenario-types';
import { careerPaths } from '../engine/scenario';
import type { Workbench } from './workbench';

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function careersView(wb: Workbench, opts: { roleIds?: number[]; minProbability?: number } = {}): CareersView {
  const paths = wb.cache.getOrCompute('careers', () => careerPaths(wb.baseline)).value;
  const roles = wb.data.roles;
  const R = roles.length;
  const keep = opts.roleIds ? new Set(opts.roleIds) : null;
  const min = opts.minProbability ?? 0.001;
  const rows: CareersView['roles'] = [];
  for (let i = 0; i < R; i++) {
    if (keep && !keep.has(roles[i].id)) continue;
    const reach: CareersView['roles'][number]['reachProbability'] = [];
    for (let j = 0; j < R; j++) {
      const p = paths.reach[i * R + j];
      if (j === i || !Number.isFinite(p) || p < min || p <= 0) continue;
      reach.push({ roleId: roles[j].id, role: roles[j].title, probability: r6(p) });
    }
    reach.sort((a, b) => b.probability - a.probability || a.roleId - b.roleId);
    const ret = paths.returnProbability[i];
    const years = paths.expectedYears[i];
    rows.push({
      roleId: roles[i].id,
      role: roles[i].title,
      family: roles[i].family,
      expectedYears: years === null ? null : r6(years),
      returnProbability: Number.isFinite(ret) ? r6(ret) : null,
      reachProbability: reach,
    });
  }
  const moveSources = { table: 0, calibrated: 0, none: 0 };
  for (const s of wb.baseline.rates.moveSource) moveSources[s]++;
  return { roles: rows, moveSources, warnings: wb.baseline.warnings };
}
