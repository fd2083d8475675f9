import { InitialSchema1764300000000 } from './1764300000000-initial-schema.js';

/** Every migration, in order. Listed by class (not a glob) so ESM, Jest and the bundle all see the same set. */
export const MIGRATIONS = [InitialSchema1764300000000];
