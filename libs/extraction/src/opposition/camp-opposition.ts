import type { ConflictPack } from '@claimline/contracts';

/**
 * How directly two camps stand against each other, from the conflict packs' camp roles (never from
 * camp ids): 0 two belligerents that are each other's opponents, 1 a belligerent and anyone else, 2
 * neither a belligerent (UN against international observers). Lower is ranked first.
 */
export type CampOpposition = (x: string, y: string) => 0 | 1 | 2;

export function campOpposition(packs: readonly ConflictPack[]): CampOpposition {
  const belligerents = new Set<string>();
  const opponents = new Set<string>();
  for (const pack of packs) {
    const fighting = pack.camps.filter((camp) => camp.role === 'belligerent');
    for (const camp of fighting) {
      belligerents.add(camp.id);
      // As the pack schema says: `opponent` is optional when there are exactly two belligerents.
      const others = camp.opponent ? [camp.opponent] : fighting.length === 2 ? fighting.map((c) => c.id) : [];
      for (const other of others) if (other !== camp.id) opponents.add(pairKey(camp.id, other));
    }
  }
  return (x, y) => {
    if (opponents.has(pairKey(x, y))) return 0;
    return belligerents.has(x) || belligerents.has(y) ? 1 : 2;
  };
}

/**
 * The words by which each camp is referred to in the packs: its names in both languages and the framing
 * labels for its forces (ميليشيات for the side the other calls militias). An accusation must name one.
 */
export function campReferences(packs: readonly ConflictPack[]): Map<string, string[]> {
  const references = new Map<string, string[]>();
  const add = (camp: string, words: readonly (string | undefined)[]) =>
    references.set(camp, [...(references.get(camp) ?? []), ...words.filter((w): w is string => Boolean(w))]);
  for (const pack of packs) {
    for (const camp of pack.camps) add(camp.id, [camp.id, camp.names.en, camp.names.ar]);
    for (const label of pack.framing) add(label.camp, [label.label, ...(label.aliases ?? [])]);
  }
  return references;
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
