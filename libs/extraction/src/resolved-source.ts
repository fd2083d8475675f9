import type { CampId, SourceKind } from '@claimline/contracts';

/** A source mention resolved against the registry (normalized character offsets). */
export type ResolvedSource = {
  start: number;
  end: number;
  /** Where the registry name starts when the mention is wider («اللواء فلان آمر عمليات سلاح الجو»): a title before it. */
  aliasStart?: number;
  name: string;
  camp: CampId;
  kind: SourceKind;
  key: string | null;
  /** A back-reference (الغرفة، المصدر، he) resolved to an earlier source. */
  backReference: boolean;
  /** The normalized words of the mention (back-references match against it). */
  normalizedMention: string;
  /** A person's name given in apposition to a title («آمر المحور، العقيد فلان»): later surnames match it. */
  personName?: string;
  /** Set when a rule other than the registry, an affiliation phrase or the default chose the camp (see why.ts). */
  campBasis?: { rule: string; evidence: string };
};

/**
 * Where a source's registry name starts: `aliasStart` when it lies inside the mention (a back-reference copies an
 * earlier source's fields, whose alias lay elsewhere), else the mention's start.
 */
export function registryNameStart(source: ResolvedSource): number {
  const at = source.aliasStart;
  return at !== undefined && at >= source.start && at < source.end ? at : source.start;
}
