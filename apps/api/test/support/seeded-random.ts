import { randomInt } from 'node:crypto';

/**
 * Random choices a failing test can replay: the seed comes from TEST_SEED when given, else is drawn
 * and printed, so a failure's seed can be set to run the same storm again.
 */
export function seededRandom(label: string): { seed: number; int(min: number, max: number): number } {
  const seed = process.env.TEST_SEED ? Number(process.env.TEST_SEED) : randomInt(0, 2 ** 31);
  process.stdout.write(`${label}: TEST_SEED=${seed}\n`);
  let state = seed >>> 0;
  // mulberry32: small, fast and good enough to vary test shapes (not for secrets).
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  /** A whole number from min (inclusive) to max (exclusive), like crypto.randomInt. */
  return { seed, int: (min, max) => min + Math.floor(next() * (max - min)) };
}
