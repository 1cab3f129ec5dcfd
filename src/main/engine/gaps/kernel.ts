// The one scoring kernel behind readiness, fit and gap hours. Readiness of a person is their fit
// for their own role: both go through `Kernel.score`, summing in profile order, so the two agree
// to the last bit (a property test holds us to it).
//
// Definitions (DESIGN.md section 2, issue 4), over one role's requirements in force:
//   g = max(0, L - p) for assessed skills; a skill without a proficiency row is UNKNOWN, never 0.
//   readiness = fit = 1 - sum(w g) / sum(w L)  over ASSESSED requirements
//                   = sum(w min(p, L)) / sum(w L) (since min(p, L) = L - g)
//   coverage = sum(w L, assessed) / sum(w L, all): the weight of evidence behind the figure.
//   sum(w L, all) = 0 (nothing required): readiness 1, coverage 1 (nothing to close, nothing unknown).
//   sum(w L, assessed) = 0 otherwise: readiness null (NaN here), coverage 0.
//   gap hours = sum(g x hours per level of the skill's category) over assessed requirements.
//
// Performance notes: the arrays live on class instances with a fixed shape, so the hot loops see
// one hidden class and never re-read model objects per person (spread copies of the model and
// analysis have other shapes, which made earlier versions polymorphic and several times slower).
// A person's levels are first aligned with the role's requirements (a merge walk), then scored;
// an analysis keeps the aligned levels per role, so rescoring a role after a weight or level
// change needs no look-ups at all.
import type { GapModel, PairStats, RoleProfiles } from './types';

/** Mutable accumulator reused across calls, so the hot loop allocates nothing. */
export class Score {
  swl = 0;
  swla = 0;
  swg = 0;
  gapLevels = 0;
  gapHours = 0;
  required = 0;
  assessed = 0;
  met = 0;
  mask = 0;
}

export const readinessOf = (s: Score): number => (s.swl === 0 ? 1 : s.swla > 0 ? 1 - s.swg / s.swla : NaN);
export const coverageOf = (s: Score): number => (s.swl > 0 ? s.swla / s.swl : 1);

/**
 * Where per-pair figures go during a full or incremental pass. Pair counts are not written per
 * pair: every person in a role has one pair per requirement, so they follow from the people
 * counts (stats.ts addCategoryPeople and fillSlotPairs).
 */
export class Sink {
  fte = 0;
  /** unit index x 7: the row of the unit x category matrix. */
  ucBase = 0;
  readonly ucAssessed: Float64Array;
  readonly ucMet: Float64Array;
  readonly ucFteAssessed: Float64Array;
  readonly ucFteMet: Float64Array;
  readonly ucGapSum: Float64Array;
  /** Per profile entry stats; `withSlots` false when only the unit x category cells are touched. */
  readonly withSlots: boolean;
  readonly slAssessed: Float64Array;
  readonly slMet: Float64Array;
  readonly slFteAssessed: Float64Array;
  readonly slFteMet: Float64Array;
  readonly slGapSum: Float64Array;

  /** `sign` 1 adds, -1 takes back an old contribution (incremental recompute). */
  constructor(
    uc: PairStats,
    slots: PairStats | null,
    readonly sign: number,
  ) {
    this.ucAssessed = uc.assessed;
    this.ucMet = uc.met;
    this.ucFteAssessed = uc.fteAssessed;
    this.ucFteMet = uc.fteMet;
    this.ucGapSum = uc.gapSum;
    const sl = slots ?? uc; // never written when withSlots is false; keeps field types stable
    this.withSlots = slots !== null;
    this.slAssessed = sl.assessed;
    this.slMet = sl.met;
    this.slFteAssessed = sl.fteAssessed;
    this.slFteMet = sl.fteMet;
    this.slGapSum = sl.gapSum;
  }
}

export class Kernel {
  readonly cat: Uint8Array;
  readonly hpl: Float64Array;
  readonly pStart: Int32Array;
  readonly pSkill: Int32Array;
  readonly pLevel: Float64Array;
  readonly pWeight: Float64Array;
  readonly profStart: Int32Array;
  readonly profSkill: Int32Array;
  readonly profLevel: Float64Array;
  /** Levels of one person aligned with a role's profile, for single look-ups. */
  private readonly buf: Float64Array;
  /** The scored person's assessed pairs, met pairs and level-gap per category (3 x 7). */
  private readonly perCategory = new Float64Array(3 * 7);

  constructor(m: GapModel, p: RoleProfiles) {
    this.cat = m.skills.category;
    this.hpl = m.hoursPerLevel;
    this.pStart = p.start;
    this.pSkill = p.skill;
    this.pLevel = p.level;
    this.pWeight = p.weight;
    this.profStart = m.proficiencies.start;
    this.profSkill = m.proficiencies.skill;
    this.profLevel = m.proficiencies.level;
    let longest = 0;
    for (let r = 0; r + 1 < p.start.length; r++) longest = Math.max(longest, p.start[r + 1] - p.start[r]);
    this.buf = new Float64Array(longest);
  }

  /**
   * Writes person `e`'s level for each requirement of `role` into dst[at..], NaN where not
   * assessed. Both lists are sorted by skill, so this is a merge walk.
   */
  align(e: number, role: number, dst: Float64Array, at: number): void {
    this.alignList(role, this.profSkill, this.profLevel, this.profStart[e], this.profStart[e + 1], dst, at, NaN);
  }

  alignList(role: number, hasSkill: Int32Array, hasLevel: Float64Array, from: number, to: number, dst: Float64Array, at: number, missing: number): void {
    const pSkill = this.pSkill;
    const k0 = this.pStart[role];
    const k1 = this.pStart[role + 1];
    let j = from;
    for (let k = k0; k < k1; k++) {
      const s = pSkill[k];
      while (j < to && hasSkill[j] < s) j++;
      dst[at + k - k0] = j < to && hasSkill[j] === s ? hasLevel[j] : missing;
    }
  }

  /** Person `e` against `role`: readiness (own role) and fit (another role). */
  scoreEmployee(e: number, role: number, out: Score, sink: Sink | null = null): void {
    this.align(e, role, this.buf, 0);
    this.score(role, this.buf, 0, out, sink);
  }

  /** Role `from`'s profile as the proficiency (adjacency): an unlisted skill is level 0 there. */
  scoreRole(from: number, role: number, out: Score): void {
    this.alignList(role, this.pSkill, this.pLevel, this.pStart[from], this.pStart[from + 1], this.buf, 0, 0);
    this.score(role, this.buf, 0, out, null);
  }

  /**
   * THE arithmetic: scores levels aligned with `role`'s profile (vals[at + i] for its i-th
   * requirement, NaN = not assessed). Every readiness, fit and gap figure goes through here.
   */
  score(role: number, vals: Float64Array, at: number, out: Score, sink: Sink | null): void {
    const cat = this.cat;
    const hpl = this.hpl;
    const pSkill = this.pSkill;
    const pLevel = this.pLevel;
    const pWeight = this.pWeight;
    let swl = 0;
    let swla = 0;
    let swg = 0;
    let gl = 0;
    let gh = 0;
    let assessed = 0;
    let met = 0;
    let mask = 0;
    const k0 = this.pStart[role];
    const k1 = this.pStart[role + 1];
    const base = at - k0;
    for (let k = k0; k < k1; k++) {
      const s = pSkill[k];
      const L = pLevel[k];
      const w = pWeight[k];
      const c = cat[s];
      const wl = w * L;
      swl += wl;
      mask |= 1 << c;
      const prof = vals[base + k];
      const known = prof === prof; // NaN: not assessed
      let g = 0;
      let isMet = 0;
      if (known) {
        assessed++;
        swla += wl;
        g = L - prof;
        if (g > 0) {
          swg += w * g;
          gl += g;
          gh += g * hpl[c];
        } else {
          g = 0;
          isMet = 1;
          met++;
        }
      }
      if (sink !== null && known) this.record(sink, k, c, isMet, g);
    }
    out.swl = swl;
    out.swla = swla;
    out.swg = swg;
    out.gapLevels = gl;
    out.gapHours = gh;
    out.required = k1 - k0;
    out.assessed = assessed;
    out.met = met;
    out.mask = mask;
    if (sink !== null) this.flush(sink, mask);
  }

  /** One assessed pair: into its role x skill cell, and into the person's per-category sums. */
  private record(sink: Sink, k: number, c: number, isMet: number, g: number): void {
    const acc = this.perCategory;
    acc[3 * c] += 1;
    acc[3 * c + 1] += isMet;
    acc[3 * c + 2] += g;
    if (sink.withSlots) {
      const fte = sink.fte;
      sink.slAssessed[k] += 1;
      sink.slFteAssessed[k] += fte;
      sink.slMet[k] += isMet;
      sink.slFteMet[k] += isMet * fte;
      sink.slGapSum[k] += g;
    }
  }

  /**
   * The person's per-category sums into their unit x category cells, once per category rather
   * than once per pair (a person has many requirements in few categories).
   */
  private flush(sink: Sink, mask: number): void {
    const acc = this.perCategory;
    const sign = sink.sign;
    const fte = sink.fte;
    for (let bits = mask; bits !== 0; bits &= bits - 1) {
      const c = 31 - Math.clz32(bits & -bits); // lowest set bit
      const cell = sink.ucBase + c;
      const assessed = acc[3 * c];
      const met = acc[3 * c + 1];
      sink.ucAssessed[cell] += sign * assessed;
      sink.ucFteAssessed[cell] += sign * fte * assessed;
      sink.ucMet[cell] += sign * met;
      sink.ucFteMet[cell] += sign * fte * met;
      sink.ucGapSum[cell] += sign * acc[3 * c + 2];
      acc[3 * c] = 0;
      acc[3 * c + 1] = 0;
      acc[3 * c + 2] = 0;
    }
  }
}

/** A skill-indexed row holding NaN for "not assessed", for listing a person's levels by skill. */
export const newScratch = (m: GapModel): Float64Array => new Float64Array(m.skills.id.length).fill(NaN);

export function loadScratch(m: GapModel, e: number, scratch: Float64Array): void {
  const { start, skill, level } = m.proficiencies;
  for (let k = start[e]; k < start[e + 1]; k++) scratch[skill[k]] = level[k];
}

export function clearScratch(m: GapModel, e: number, scratch: Float64Array): void {
  const { start, skill } = m.proficiencies;
  for (let k = start[e]; k < start[e + 1]; k++) scratch[skill[k]] = NaN;
}

/** New (src null) or copied pair stats, built at one literal site so every instance shares a shape. */
export function makePairStats(n: number, src: PairStats | null = null): PairStats {
  return {
    pairs: src ? src.pairs.slice() : new Float64Array(n),
    assessed: src ? src.assessed.slice() : new Float64Array(n),
    met: src ? src.met.slice() : new Float64Array(n),
    fteAssessed: src ? src.fteAssessed.slice() : new Float64Array(n),
    fteMet: src ? src.fteMet.slice() : new Float64Array(n),
    gapSum: src ? src.gapSum.slice() : new Float64Array(n),
  };
}
