/**
 * MinHash signatures and LSH band keys. No maintained npm package does this (the `minhash` package was last
 * published years ago), and the whole method is a few lines: each of the 128 "permutations" is the murmur3
 * finaliser applied to the shingle hash xor a per-permutation seed, a bijection of 32-bit integers.
 */
export const SIGNATURE_SIZE = 128;
/** 32 bands of 4 rows: two texts with Jaccard 0.8 share a band with probability 1 − (1 − 0.8⁴)³² ≈ 0.99999, two with 0.2 with ≈ 0.05. */
export const BANDS = 32;
export const ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;

/** splitmix32: the fixed seeds. They must never change, or the stored band keys no longer match. */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    out[i] = (z ^ (z >>> 15)) >>> 0;
  }
  return out;
}

const SEEDS = seeds(SIGNATURE_SIZE);

function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The MinHash signature of a shingle set: for each permutation, the smallest permuted shingle. */
export function minhashSignature(shingles: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix((shingle ^ SEEDS[i]) >>> 0);
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** The share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/**
 * One key per band, 10 hex characters: the band number (2) and a hash of its rows (8). Two articles that share
 * any key are candidates; the band number keeps equal rows in different bands apart.
 */
export function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = (0x811c9dc5 ^ band) >>> 0;
    for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
      const value = signature[row];
      for (let shift = 0; shift < 32; shift += 8) {
        hash ^= (value >>> shift) & 0xff;
        hash = Math.imul(hash, 0x01000193);
      }
    }
    keys.push(band.toString(16).padStart(2, '0') + (hash >>> 0).toString(16).padStart(8, '0'));
  }
  return keys;
}
