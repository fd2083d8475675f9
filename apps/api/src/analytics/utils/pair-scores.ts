/**
 * Scores of claim pairs remembered by the claims' ids (least recently used dropped first), each checked on a hit
 * against the texts and name lists it was scored with: a claim edited since scores again. A key made of the two
 * texts had to be built and hashed for every candidate pair of every contested request.
 */
export class PairScores<Score> {
  private readonly remembered = new Map<
    string,
    { a: string; b: string; aNames: number; bNames: number; score: Score }
  >();

  constructor(private readonly capacity: number) {}

  /** The score of claims `aId` and `bId` with these texts and name-list ids, computed by `compute` when not remembered. */
  get(
    aId: number,
    aText: string,
    aNames: number,
    bId: number,
    bText: string,
    bNames: number,
    compute: () => Score,
  ): Score {
    const key = `${aId}:${bId}`;
    const hit = this.remembered.get(key);
    if (hit) this.remembered.delete(key);
    const score =
      hit && hit.a === aText && hit.b === bText && hit.aNames === aNames && hit.bNames === bNames
        ? hit.score
        : compute();
    if (!hit && this.remembered.size >= this.capacity) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(key, { a: aText, b: bText, aNames, bNames, score });
    return score;
  }

  get size(): number {
    return this.remembered.size;
  }
}
