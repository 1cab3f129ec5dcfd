// Skill proficiencies of one employee at a time. For each skill the role requires now, the
// person is either not assessed (no row: unknown is not zero) or rated around the required
// level, more often a little below than above. On top come the skills people hold beyond
// their role (adjacent roles' skills, the skills the role will need soon, general skills),
// mostly inferred by a skills platform or self-reported; they make reskilling fit meaningful.
//
// This loop writes millions of rows for benchmark engagements, so all per-role data is
// precomputed into typed arrays and a stamp array replaces a per-person Set.
import type { SkillCategory } from '../../shared/domain/entities';
import type { RoleInstance, Structure } from './catalogue';
import { NATIVE_LANGUAGE } from './catalogue/names';
import { SKILLS, SKILL_KEYS } from './catalogue/skills';
import type { DayCache } from './dates';
import type { Rng } from './rng';
import type { BatchInsert } from './writer';

export const PROFICIENCY_COLUMNS = ['employee_id', 'skill_id', 'level', 'source', 'assessed_on'] as const;

/** How many skills beyond the role's current requirements a person has on record. */
const EXTRA_MIN = 12;
const EXTRA_MAX = 22;
/** Gap to the required level: -2 .. +2 with these cumulative probabilities. */
const DELTA_CUMULATIVE = [0.07, 0.4, 0.77, 0.95, 1];
/** Sources of ratings on required skills: self, manager, assessment, inferred. */
const REQUIRED_SOURCE_CUMULATIVE = [0.28, 0.65, 0.87, 1];
const EXTRA_SOURCE_CUMULATIVE = [0.35, 0.45, 0.45, 1];
const SOURCES = ['self', 'manager', 'assessment', 'inferred'] as const;
const GENERAL: ReadonlySet<SkillCategory> = new Set(['soft', 'digital', 'leadership', 'language']);

interface RoleProfile {
  reqSkills: Int32Array;
  reqLevels: Float64Array;
  poolSkills: Int32Array;
  poolCumulative: Float64Array;
  /** 1 where the pool skill is one the role will require soon: people know less of it. */
  poolIsFuture: Uint8Array;
  nativeLanguage: number;
  unassessed: number;
}

function profileOf(s: Structure, role: RoleInstance): RoleProfile {
  const current = role.requirements.filter((q) => q.effectiveDate === null);
  const currentIds = new Set(current.map((q) => q.skillId));
  const future = new Set(role.requirements.filter((q) => q.effectiveDate !== null).map((q) => q.skillId));
  const adjacent = new Set(
    s.roles
      .filter((o) => o.spec.family === role.spec.family || o.unitId === role.unitId)
      .flatMap((o) => o.requirements.map((q) => q.skillId)),
  );
  const nativeLanguage = s.skillId[NATIVE_LANGUAGE[role.location.key]];
  const skills: number[] = [];
  const weights: number[] = [];
  const isFuture: number[] = [];
  SKILL_KEYS.forEach((key) => {
    const id = s.skillId[key];
    if (currentIds.has(id) || id === nativeLanguage) return;
    const weight = future.has(id) ? 4 : adjacent.has(id) ? 2.5 : GENERAL.has(SKILLS[key].category) ? 1 : 0.25;
    skills.push(id);
    weights.push(weight);
    isFuture.push(future.has(id) ? 1 : 0);
  });
  let sum = 0;
  return {
    reqSkills: Int32Array.from(current, (q) => q.skillId),
    reqLevels: Float64Array.from(current, (q) => q.level),
    poolSkills: Int32Array.from(skills),
    poolCumulative: Float64Array.from(weights, (w) => (sum += w)),
    poolIsFuture: Uint8Array.from(isFuture),
    nativeLanguage: currentIds.has(nativeLanguage) ? 0 : nativeLanguage,
    unassessed: role.location.unassessedShare,
  };
}

const clampLevel = (x: number): number => (x < 0 ? 0 : x > 5 ? 5 : x);

export class ProficiencyGenerator {
  private readonly profiles: RoleProfile[];
  /** stamp[skillId] = id of the last employee given that skill: distinct skills without a Set. */
  private readonly stamp: Int32Array;

  constructor(
    s: Structure,
    private readonly rng: Rng,
    private readonly days: DayCache,
    private readonly asOfDay: number,
  ) {
    this.profiles = s.roles.map((r) => profileOf(s, r));
    this.stamp = new Int32Array(SKILL_KEYS.length + 1);
  }

  /** Writes the employee's proficiencies; returns how many rows. */
  write(out: BatchInsert, employeeId: number, roleIndex: number, tenureYears: number, hireDay: number): number {
    const { rng, stamp } = this;
    const p = this.profiles[roleIndex];
    let rows = 0;
    // New joiners have often not been through an assessment cycle yet.
    const unknown = tenureYears < 0.5 ? p.unassessed * 1.8 : p.unassessed;
    const shift = tenureYears < 1 ? -0.3 : tenureYears > 8 ? 0.2 : 0;

    for (let k = 0; k < p.reqSkills.length; k++) {
      const skill = p.reqSkills[k];
      stamp[skill] = employeeId;
      if (rng.next() < unknown) continue;
      let delta = rng.pickCumulative(DELTA_CUMULATIVE) - 2;
      if (shift !== 0 && rng.next() < Math.abs(shift)) delta += Math.sign(shift);
      const source = rng.pickCumulative(REQUIRED_SOURCE_CUMULATIVE);
      // Self-ratings run high.
      if (source === 0 && rng.next() < 0.25) delta += 1;
      this.row(out, employeeId, skill, clampLevel(p.reqLevels[k] + delta), source, hireDay);
      rows++;
    }

    if (p.nativeLanguage !== 0) {
      stamp[p.nativeLanguage] = employeeId;
      this.row(out, employeeId, p.nativeLanguage, 5, 0, hireDay);
      rows++;
    }

    const want = Math.min(rng.int(EXTRA_MIN, EXTRA_MAX), Math.floor(p.poolSkills.length * 0.7));
    for (let got = 0, attempts = 0; got < want && attempts < want * 6; attempts++) {
      const at = rng.pickCumulative(p.poolCumulative);
      const skill = p.poolSkills[at];
      if (stamp[skill] === employeeId) continue;
      stamp[skill] = employeeId;
      const level = p.poolIsFuture[at] === 1 ? Math.round(1.2 + 0.8 * rng.normal()) : Math.round(2 + rng.normal());
      this.row(out, employeeId, skill, clampLevel(level), rng.pickCumulative(EXTRA_SOURCE_CUMULATIVE), hireDay);
      got++;
      rows++;
    }
    return rows;
  }

  /** Ratings are dated by how they were collected, and never before the person joined. */
  private row(out: BatchInsert, employeeId: number, skill: number, level: number, source: number, hireDay: number): void {
    const { rng } = this;
    let ago: number;
    switch (source) {
      case 2: // assessment campaigns in November 2025 and May 2026
        ago = (rng.next() < 0.5 ? 330 : 150) + rng.int(-20, 20);
        break;
      case 1: // annual performance review, early in the year
        ago = 240 + rng.int(-30, 30);
        break;
      case 3: // skills platform import a few weeks before the as-of date
        ago = 20 + rng.int(-10, 10);
        break;
      default: // self-ratings whenever the person updated their profile
        ago = rng.int(7, 540);
    }
    let day = this.asOfDay - ago;
    if (day < hireDay + 14) day = Math.min(hireDay + 14, this.asOfDay);
    out.put(employeeId).put(skill).put(level).put(SOURCES[source]).put(this.days.iso(day)).end();
  }
}
