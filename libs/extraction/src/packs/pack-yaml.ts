import { stringify } from 'yaml';
import type { ConflictPack } from '@claimline/contracts';

/**
 * A pack as YAML, the form packs are written, reviewed and shipped in (`libs/extraction/packs/*.yaml`):
 * what the API's pack export and the database copy of a pack store. Long phrase lists stay one item per
 * line so that a diff between two exports shows the alias that changed.
 */
export function packToYaml(pack: ConflictPack): string {
  return stringify(pack, { lineWidth: 0, aliasDuplicateObjects: false });
}
