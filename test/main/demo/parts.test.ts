// The generator's building blocks: the random source and the headcount apportionment.
import { buildStructure } from '../../../src/main/demo/catalogue';
import { Rng } from '../../../src/main/demo/rng';
import { allocateHeadcount, planWorkforce, TOP_ROLE } from '../../../src/main/demo/workforce';

describe('Rng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 50 }, ((r) => () => r.u32())(new Rng(seed)));
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });

  it('draws integers in range, roughly uniformly, and weighted picks by their weights', () => {
    const rng = new Rng(11);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[rng.int(0, 5)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    const picks = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) picks[rng.pickCumulative([1, 4, 10])]++;
    expect(picks[0] / 40_000).toBeCloseTo(0.1, 1);
    expect(picks[1] / 40_000).toBeCloseTo(0.3, 1);
    expect(picks[2] / 40_000).toBeCloseTo(0.6, 1);
  });

  it('draws standard normal deviates and shuffles into a permutation', () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 20_000 }, () => rng.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeCloseTo(1, 1);
    const shuffled = rng.shuffle(Array.from({ length: 100 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(shuffled).not.toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});

describe('headcount', () => {
  const { roles } = buildStructure();
  const ceo = roles.findIndex((r) => r.spec.key === TOP_ROLE);

  it('apportions exactly the requested size, always with one chief executive', () => {
    for (const n of [1, 10, 99, 100, 2000, 100_000]) {
      const counts = allocateHeadcount(roles, n);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      expect(counts[ceo]).toBe(1);
    }
  });

  it('keeps executives fixed while front-line roles scale, and staffs no planned location', () => {
    const small = allocateHeadcount(roles, 2000);
    const large = allocateHeadcount(roles, 100_000);
    roles.forEach((r, i) => {
      if (r.spec.fixed !== undefined) expect(large[i]).toBe(small[i]);
      if (r.location.planned) expect(large[i]).toBe(0);
    });
    const csr = roles.findIndex((r) => r.spec.key === 'csr');
    expect(large[csr] / small[csr]).toBeCloseTo(50, 0);
    expect([...allocateHeadcount(roles, 50)].filter((c, i) => c > 0 && roles[i].spec.fixed !== undefined)).toEqual([1]);
  });

  it('gives every employee except the chief executive a manager from a higher level', () => {
    const s = buildStructure();
    const w = planWorkforce(s, 500, new Rng(9));
    let withoutManager = 0;
    w.managerOf.forEach((m, i) => {
      if (m < 0) {
        withoutManager++;
        expect(s.roles[w.roleOf[i]].spec.key).toBe(TOP_ROLE);
        return;
      }
      expect(s.roles[w.roleOf[m]].spec.level).toBeGreaterThan(s.roles[w.roleOf[i]].spec.level);
    });
    expect(withoutManager).toBe(1);
  });
});
