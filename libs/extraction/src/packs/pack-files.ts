import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ConflictPack } from '@claimline/contracts';
import { loadPackFile } from './load-pack.js';

/** The pack the engine uses when none is given, until the API chooses one per deployment. */
export const DEFAULT_PACK_ID = 'libya-2019';

const PACKS_FOLDER = join('libs', 'extraction', 'packs');

/**
 * The folder of the bundled packs: CLAIMLINE_PACKS_DIR, else `libs/extraction/packs` found by walking
 * up from the working directory or the running script. Not derived from import.meta.url: the engine
 * also runs as CommonJS under Jest.
 */
export function packsDirectory(): string {
  if (process.env.CLAIMLINE_PACKS_DIR) return resolve(process.env.CLAIMLINE_PACKS_DIR);
  const starts = [process.cwd(), ...(process.argv[1] ? [dirname(resolve(process.argv[1]))] : [])];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (existsSync(join(dir, PACKS_FOLDER))) return join(dir, PACKS_FOLDER);
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error(
    `conflict packs not found: no ${PACKS_FOLDER} above ${starts.join(' or ')} (set CLAIMLINE_PACKS_DIR)`,
  );
}

/** A bundled pack by id ("sudan-2023"), or a pack file by path (anything with a "/" or ending in .yaml). */
export function resolvePackFile(idOrPath: string): string {
  if (idOrPath.includes('/') || /\.ya?ml$/.test(idOrPath)) return resolve(idOrPath);
  return join(packsDirectory(), `${idOrPath}.yaml`);
}

const loaded = new Map<string, ConflictPack>();

/** Loads and validates a pack once per process; throws with every problem's line and column. */
export function loadPack(idOrPath: string = DEFAULT_PACK_ID): ConflictPack {
  const file = resolvePackFile(idOrPath);
  if (!existsSync(file)) {
    const bundled = readdirSync(packsDirectory()).filter((f) => f.endsWith('.yaml'));
    throw new Error(`no conflict pack ${file} (bundled: ${bundled.map((f) => f.replace(/\.yaml$/, '')).join(', ')})`);
  }
  let pack = loaded.get(file);
  if (!pack) loaded.set(file, (pack = loadPackFile(file)));
  return pack;
}
