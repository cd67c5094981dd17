/**
 * The demo data's randomness, made deterministic: every draw comes from mulberry32 seeded by a hash of a
 * key naming what is drawn (a village, a commune, a province and the indicator), so the same register
 * gives the same figures on every run and on every engine.
 */

/** A 32-bit FNV-1a hash of a string (UTF-16 code units), as the seed of a key. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stream of uniform numbers in [0, 1) from one seed (mulberry32). */
export type Rng = () => number;

/** The mulberry32 generator for a seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator for a key ("village:01843-004"). */
export function rngFor(key: string): Rng {
  return mulberry32(hashKey(key));
}

/** One uniform number for a key: the first draw of its generator. */
export function uniformFor(key: string): number {
  return rngFor(key)();
}

/** A whole number in [min, max] (inclusive) from a uniform draw. */
export function intBetween(u: number, min: number, max: number): number {
  return min + Math.min(max - min, Math.floor(u * (max - min + 1)));
}

/** A number in [min, max) from a uniform draw. */
export function between(u: number, min: number, max: number): number {
  return min + u * (max - min);
}

/**
 * Mixes two independent uniforms into one uniform correlated with both: their mean has a triangular
 * distribution, which its own distribution function maps back to uniform. Villages of one commune share
 * the commune's draw, so remote communes hold most of the remote villages.
 */
export function mixUniform(a: number, b: number): number {
  const x = (a + b) / 2;
  return x <= 0.5 ? 2 * x * x : 1 - 2 * (1 - x) * (1 - x);
}
