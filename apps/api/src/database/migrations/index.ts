import { InitialSchema1764300000000 } from './1764300000000-initial-schema.js';
import { ClaimRollups1764500000000 } from './1764500000000-claim-rollups.js';
import { RollupBackfillContestedColumns1764600000000 } from './1764600000000-rollup-backfill-contested-columns.js';

/** Every migration, in order. Listed by class (not a glob) so ESM, Jest and the bundle all see the same set. */
export const MIGRATIONS = [InitialSchema1764300000000, ClaimRollups1764500000000, RollupBackfillContestedColumns1764600000000];
