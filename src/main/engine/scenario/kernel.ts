// One run of the stock-flow Markov projection. Per period k = 1..T, in this order:
//  1. flows: each cell's people (end of k-1) stay, move along its edges or exit, with the
//     per-period probabilities of periods.ts: n(k) = n(k-1) P;
//  2. transfers into new markets: internalShare x the ramp's increase, drawn tier by tier from
//     the sources compiled in compile-demand.ts, at most `transferCap` of a source per period;
//  3. arrivals of hires requested earlier (time-to-fill);
//  4. requisitions: 'replace' re-hires this period's exits and transfers out (into the role's
//     recruit-into cell), 'fill' requests demand(at the arrival period) - supply - open
//     requisitions; frozen periods request nothing; a location's capacity scales all its
//     requests down pro rata ('replace' shortfall waits for the next period; 'fill' recomputes);
//  5. requisitions arrive after time-to-fill d periods: the share (1 - frac d) after floor(d)
//     periods and frac d one period later (d = 0: within this period), so results move smoothly
//     with time-to-fill.
// The run reads and writes typed arrays only; it allocates nothing per period.
import { adoptionAt, rampShare } from './curves';
import { convertRow } from './periods';
import {
  CURVE_S,
  POLICY_FILL,
  POLICY_REPLACE,
  TRANSFER_TIERS,
  type CompiledModel,
  type Projection,
  type RunParams,
} from './types';

export interface Scratch {
  n: Float64Array;
  /** Per run: retirement share of exits, and the fill look-ahead in periods (round(delay)). */
  retireShare: Float64Array;
  look: Int32Array;
  /** Transfers expected into a ramp cell before its requisitions would arrive (heads). */
  expectedIn: Float64Array;
  next: Float64Array;
  outstanding: Float64Array;
  backlog: Float64Array;
  reqRep: Float64Array;
  reqFill: Float64Array;
  delay: Float64Array;
  locReq: Float64Array;
  locFactor: Float64Array;
  pipe: Float64Array;
}

/**
 * `lean`: only what the Monte Carlo summary reads (supply, demand, hires, exits, cost); moves,
 * retirements, vacancies and per-edge flows are not recorded.
 */
export function allocProjection(m: CompiledModel, opts: { lean?: boolean } = {}): Projection {
  const size = (m.T + 1) * m.C;
  const f = () => new Float64Array(size);
  return {
    T: m.T,
    C: m.C,
    supplyHeads: f(),
    supplyFte: f(),
    demandFte: f(),
    demandGrown: f(),
    automationFte: f(),
    rampFte: f(),
    hires: f(),
    exits: f(),
    retirements: f(),
    movesIn: f(),
    movesOut: f(),
    transfersIn: f(),
    transfersOut: f(),
    vacancies: f(),
    payroll: f(),
    hiringCost: f(),
    flows: new Float64Array(opts.lean ? 0 : (m.T + 1) * m.edgeTo.length),
    lean: opts.lean ?? false,
    pExit: new Float64Array(m.C),
    pEdge: new Float64Array(m.edgeTo.length),
    adoption: new Float64Array((m.T + 1) * m.autoTarget.length),
    ramp: new Float64Array((m.T + 1) * m.rampCell.length),
  };
}

export function allocScratch(m: CompiledModel): Scratch {
  const c = () => new Float64Array(m.C);
  return {
    n: c(),
    retireShare: c(),
    look: new Int32Array(m.C),
    expectedIn: c(),
    next: c(),
    outstanding: c(),
    backlog: c(),
    reqRep: c(),
    reqFill: c(),
    delay: c(),
    locReq: new Float64Array(m.L),
    locFactor: new Float64Array(m.L),
    pipe: new Float64Array(2 * m.C),
  };
}

export function unitParams(m: CompiledModel): RunParams {
  return {
    exitScale: new Float64Array(m.C).fill(1),
    adoptionScale: new Float64Array(m.autoTarget.length).fill(1),
    ttfScale: new Float64Array(m.C).fill(1),
    rampScale: new Float64Array(m.newMarkets).fill(1),
  };
}

/**
 * Per-period probabilities, adoption, ramps and demand for one run's parameters. `cells`
 * limits the demand update to those cells (Monte Carlo: the ones automation or a ramp reaches;
 * the others keep the demand of the first run, which no draw changes).
 */
export function prepareRun(m: CompiledModel, p: RunParams, out: Projection, cells?: Int32Array): void {
  const { C, T, monthsPerPeriod: mpp } = m;
  const perYear = 12 / mpp;
  for (let c = 0; c < C; c++) {
    let moves = 0;
    for (let e = m.edgeStart[c]; e < m.edgeStart[c + 1]; e++) moves += m.edgeAnnual[e];
    const exit = Math.max(0, Math.min(m.exitAnnual[c] * p.exitScale[c], 1 - moves));
    out.pExit[c] = convertRow(exit, m.edgeAnnual, m.edgeStart[c], m.edgeStart[c + 1], perYear, out.pEdge);
  }
  const A = m.autoTarget.length;
  const Rp = m.rampCell.length;
  for (let k = 0; k <= T; k++) {
    const t = k * mpp;
    for (let i = 0; i < A; i++) {
      const s = m.autoCurve[i] === CURVE_S;
      out.adoption[k * A + i] = adoptionAt(m.autoCurve[i], t, m.autoTarget[i], s ? m.autoMid[i] : m.autoStart[i], s ? m.autoSteep[i] : m.autoEnd[i], p.adoptionScale[i]);
    }
    for (let r = 0; r < Rp; r++) {
      out.ramp[k * Rp + r] = m.rampTarget[r] * rampShare(m.rampCurve[r], t, m.rampLaunch[r], m.rampMonths[r], p.rampScale[m.rampChange[r]]);
    }
  }
  const { demandFte, demandGrown, automationFte, rampFte } = out;
  const count = cells ? cells.length : C;
  for (let k = 0; k <= T; k++) {
    for (let r = 0; r < Rp; r++) rampFte[k * C + m.rampCell[r]] = 0;
    for (let r = 0; r < Rp; r++) rampFte[k * C + m.rampCell[r]] += out.ramp[k * Rp + r] * m.fpp[m.rampCell[r]];
    for (let x = 0; x < count; x++) {
      const c = cells ? cells[x] : x;
      const i = k * C + c;
      const grown = m.demandBase[c] * m.growth[i];
      let kept = 1;
      for (let j = m.autoCellStart[c]; j < m.autoCellStart[c + 1]; j++) {
        kept *= 1 - m.autoCellWeight[j] * out.adoption[k * A + m.autoCellChange[j]];
      }
      demandGrown[i] = grown;
      automationFte[i] = grown * (1 - kept);
      demandFte[i] = grown * kept + rampFte[i];
    }
  }
}

export function simulate(m: CompiledModel, p: RunParams, out: Projection, s: Scratch = allocScratch(m), demandCells?: Int32Array): void {
  prepareRun(m, p, out, demandCells);
  const { C, T, L, monthsPerPeriod: mpp } = m;
  // Hot-loop locals: V8 keeps these in registers instead of reloading object properties.
  const { edgeStart, edgeTo, fpp, policy, recruitInto, frozen, capLoc, costPerFte, exitAnnual, retireAnnual } = m;
  const E = edgeTo.length;
  const Rp = m.rampCell.length;
  const { n, next, outstanding, backlog, reqRep, reqFill, delay, locReq, locFactor, retireShare, look, expectedIn } = s;
  const { supplyHeads, supplyFte, demandFte, hires, exits, retirements, movesIn, movesOut, transfersIn, transfersOut } = out;
  const { vacancies, payroll, hiringCost, flows, pExit, pEdge } = out;
  const record = !out.lean;
  // Accumulated arrays start at zero; the others are written for every (period, cell).
  hires.fill(0);
  movesIn.fill(0);
  movesOut.fill(0);
  transfersIn.fill(0);
  transfersOut.fill(0);
  flows.fill(0);
  let maxDelay = 0;
  let capped = false;
  for (let c = 0; c < C; c++) {
    delay[c] = (m.ttfDays[c] * p.ttfScale[c]) / m.daysPerPeriod;
    look[c] = Math.round(delay[c]);
    retireShare[c] = exitAnnual[c] > 0 ? retireAnnual[c] / exitAnnual[c] : 0;
    if (delay[c] > maxDelay) maxDelay = delay[c];
  }
  for (let l = 0; l < L; l++) if (m.capacity[l] !== Infinity) capped = true;
  const slots = Math.floor(maxDelay) + 2;
  const pipe = s.pipe.length >= slots * C ? s.pipe : (s.pipe = new Float64Array(slots * C));
  pipe.fill(0, 0, slots * C);
  for (let c = 0; c < C; c++) {
    n[c] = m.n0[c];
    outstanding[c] = 0;
    backlog[c] = 0;
    supplyHeads[c] = n[c];
    supplyFte[c] = n[c] * fpp[c];
    exits[c] = retirements[c] = vacancies[c] = payroll[c] = hiringCost[c] = 0;
  }
  const years = mpp / 12;

  for (let k = 1; k <= T; k++) {
    const base = k * C;
    // 1. flows
    next.fill(0);
    for (let c = 0; c < C; c++) {
      const h = n[c];
      const ex = h * pExit[c];
      let moved = 0;
      for (let e = edgeStart[c], end = edgeStart[c + 1]; e < end; e++) {
        const f = h * pEdge[e];
        const d = edgeTo[e];
        next[d] += f;
        if (record) {
          movesIn[base + d] += f;
          flows[k * E + e] = f;
        }
        moved += f;
      }
      exits[base + c] = ex;
      if (record) {
        retirements[base + c] = ex * retireShare[c];
        movesOut[base + c] = moved;
      }
      next[c] += h - ex - moved;
    }
    // 2. transfers into new markets
    for (let r = 0; r < Rp; r++) transfer(m, out, next, k, r, base);
    // 3. arrivals, and leavers to replace (scattered to the recruit-into cell)
    const slot = (k % slots) * C;
    reqRep.fill(0);
    for (let c = 0; c < C; c++) {
      const a = pipe[slot + c];
      if (a !== 0) {
        pipe[slot + c] = 0;
        next[c] += a;
        hires[base + c] += a;
        outstanding[c] -= a;
      }
      if (policy[c] === POLICY_REPLACE) reqRep[recruitInto[c]] += exits[base + c] + transfersOut[base + c];
    }
    // 4. requisitions. A ramp cell does not hire externally what transfers will bring before
    // the hire would arrive (internalShare x the ramp's rise until then); a shortfall in
    // transfers shows up as a gap later and is hired then.
    for (let r = 0; r < Rp; r++) {
      const c = m.rampCell[r];
      const ahead = k + look[c];
      const at = ahead < T ? ahead : T;
      const rise = out.ramp[at * Rp + r] - out.ramp[k * Rp + r];
      if (rise > 0) expectedIn[c] += m.rampInternal[r] * rise;
    }
    if (capped) locReq.fill(0);
    for (let c = 0; c < C; c++) {
      reqFill[c] = 0;
      if (frozen[base + c]) {
        reqRep[c] = 0;
        backlog[c] = 0;
        expectedIn[c] = 0;
        continue;
      }
      reqRep[c] += backlog[c];
      backlog[c] = 0;
      if (policy[c] === POLICY_FILL) {
        const ahead = k + look[c];
        const at = ahead < T ? ahead : T;
        const need = demandFte[at * C + c] / fpp[c] - next[c] - outstanding[c] - reqRep[c] - expectedIn[c];
        if (need > 0) reqFill[c] = need;
      }
      expectedIn[c] = 0;
      if (capped && capLoc[c] >= 0) locReq[capLoc[c]] += reqRep[c] + reqFill[c];
    }
    if (capped) for (let l = 0; l < L; l++) locFactor[l] = locReq[l] > m.capacity[l] ? m.capacity[l] / locReq[l] : 1;
    // 5. scheduling, then the period's stock and cost
    const payLevel = (1 + m.inflation) ** (((k - 1) * mpp) / 12);
    for (let c = 0; c < C; c++) {
      const want = reqRep[c] + reqFill[c];
      if (want > 0) {
        const factor = capped && capLoc[c] >= 0 ? locFactor[capLoc[c]] : 1;
        backlog[c] = reqRep[c] * (1 - factor);
        const r = want * factor;
        const d = delay[c];
        const df = Math.floor(d);
        const fr = d - df;
        const now = r * (1 - fr);
        if (df === 0) {
          next[c] += now;
          hires[base + c] += now;
        } else {
          pipe[((k + df) % slots) * C + c] += now;
          outstanding[c] += now;
        }
        if (fr > 0) {
          pipe[((k + df + 1) % slots) * C + c] += r * fr;
          outstanding[c] += r * fr;
        }
      }
      if (record) vacancies[base + c] = outstanding[c] + backlog[c];
      const h = next[c] > 0 ? next[c] : 0; // guards -1e-15 round-off only; flows never overdraw
      n[c] = h;
      supplyHeads[base + c] = h;
      const fte = h * fpp[c];
      supplyFte[base + c] = fte;
      payroll[base + c] = fte * costPerFte[c] * payLevel * years;
      hiringCost[base + c] = hires[base + c] * fpp[c] * costPerFte[c] * payLevel * m.recruitingShare;
    }
  }
}

/**
 * Internal transfers for ramp r in period k: internalShare x the ramp's increase (heads), taken
 * tier by tier; within a tier in proportion to what each source may still give this period
 * (transferCap x its people before transfers, minus what other ramps already took).
 */
function transfer(m: CompiledModel, out: Projection, next: Float64Array, k: number, r: number, base: number): void {
  const Rp = m.rampCell.length;
  const inc = out.ramp[k * Rp + r] - out.ramp[(k - 1) * Rp + r];
  let want = inc > 0 ? m.rampInternal[r] * inc : 0;
  const dest = m.rampCell[r];
  const { transfersOut, transfersIn, movesIn, movesOut } = out;
  const cap = m.transferCap;
  for (let t = 0; t < TRANSFER_TIERS && want > 1e-12; t++) {
    const from = m.rampSrcStart[r * TRANSFER_TIERS + t];
    const to = m.rampSrcStart[r * TRANSFER_TIERS + t + 1];
    let avail = 0;
    for (let j = from; j < to; j++) {
      const x = m.rampSrc[j];
      const gone = transfersOut[base + x];
      avail += Math.max(0, cap * (next[x] + gone) - gone);
    }
    if (avail <= 0) continue;
    const take = Math.min(want, avail);
    for (let j = from; j < to; j++) {
      const x = m.rampSrc[j];
      const gone = transfersOut[base + x];
      const moved = (Math.max(0, cap * (next[x] + gone) - gone) / avail) * take;
      next[x] -= moved;
      transfersOut[base + x] += moved;
      movesOut[base + x] += moved;
    }
    next[dest] += take;
    transfersIn[base + dest] += take;
    movesIn[base + dest] += take;
    want -= take;
  }
}

/** A deterministic run with every uncertain parameter at its point estimate. */
export function project(m: CompiledModel): Projection {
  const out = allocProjection(m);
  simulate(m, unitParams(m), out);
  return out;
}
