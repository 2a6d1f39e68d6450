/**
 * The simulation's one source of randomness: mulberry32, a 32-bit generator that is small, fast
 * and has no state beyond one integer (the same role as d3-force's `lcg.js`). Everything random in
 * a run (the shuffle of resource offers, R-10.3; probabilistic faults; duration noise) draws from
 * one `Random`, so the same seed gives the same trace byte for byte.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

export function createRandom(seed: number): Random {
  let a = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}

/** Fisher–Yates in place, as Scala's `Random.shuffle` used by `TaskSchedulerImpl.shuffleOffers`. */
export function shuffleInPlace<T>(items: T[], random: Random): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
}
