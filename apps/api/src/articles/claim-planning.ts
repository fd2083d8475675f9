import { BadRequestException } from '@nestjs/common';
import { normalizeArabic } from '@claimline/extraction';
import { dateBuckets, isValidDay, type AttributionWhy, type CampId, type ExtractionResult } from '@claimline/contracts';
import type { FieldError } from '../common/validation.js';
import type { ExtractionSnapshot } from '../sources/extractor.provider.js';
import { normalizeMention, type MentionInput } from '../sources/sources.service.js';
import type { NewClaim } from './articles.repository.js';
import type { ClaimInputDto } from './dto/article-input.dto.js';

/**
 * Turning an extraction result or the analyst's claims into rows to insert: pure functions, no
 * database, kept apart from ArticleIngestionService so the service holds only the write steps.
 */

/** A claim ready to insert, before its source is resolved inside the transaction. */
export type PlannedClaim = {
  row: Omit<NewClaim, 'sourceId' | 'campId' | 'conflictId'>;
  /** A registered source, or a manual claim's sourceId (checked in the transaction). */
  sourceId: number | null;
  campId: CampId;
  /** Set when the source must be found by alias or proposed. */
  mention: MentionInput | null;
  locations: { locationId: number; mention: string | null }[];
};

export const clip = (text: string | null | undefined, length: number): string => (text ?? '').slice(0, length);

export function badRequest(errors: FieldError[]): BadRequestException {
  return new BadRequestException({ message: 'Validation failed', errors });
}

export function planExtractedClaims(
  result: ExtractionResult,
  snapshot: ExtractionSnapshot,
  publishedAt: string,
): PlannedClaim[] {
  return result.claims.map((claim) => {
    const registered = claim.source.key ? snapshot.sourceByKey.get(claim.source.key) : undefined;
    const mention = claim.source.mention?.trim() ?? '';
    const date = isValidDay(claim.eventDate?.date)
      ? claim.eventDate
      : { date: publishedAt, precision: 'reported' as const };
    return {
      row: claimRow({
        text: claim.text,
        start: claim.start,
        end: claim.end,
        cue: claim.cue,
        sourceMention: claim.source.mention,
        channel: claim.channel,
        eventDate: date.date,
        datePrecision: date.precision,
        origin: 'extracted',
        claimType: null,
        why: claim.why ?? null,
      }),
      sourceId: registered?.id ?? null,
      campId: registered?.camp ?? claim.source.camp,
      mention: registered || !mention ? null : { mention, camp: claim.source.camp, kind: claim.source.kind },
      locations: claim.locations.flatMap((location) => {
        const locationId = snapshot.locationIdByKey.get(location.key);
        return locationId === undefined ? [] : [{ locationId, mention: location.mention }];
      }),
    };
  });
}

/**
 * The analyst's claims: offsets must lie in the body and the span must be the claim's text. A claim sent back
 * unchanged from the preview (not `manual`) keeps the why of the extractor's claim with the same span, taken from
 * `extracted` (this server's own run on the body), never from the client.
 */
export function planManualClaims(
  input: { body: string; publishedAt: string },
  claims: readonly ClaimInputDto[],
  extracted?: ExtractionResult,
): PlannedClaim[] {
  const whyBySpan = new Map((extracted?.claims ?? []).map((claim) => [`${claim.start}:${claim.end}`, claim.why]));
  const errors: FieldError[] = [];
  const body = input.body;
  const planned = claims.map((claim, index): PlannedClaim => {
    const field = `claims.${index}`;
    if (claim.end > body.length || claim.start >= claim.end) {
      errors.push({
        field: `${field}.end`,
        messages: [`start and end must satisfy 0 <= start < end <= ${body.length} (the body length)`],
      });
    } else {
      const span = normalizeMention(body.slice(claim.start, claim.end));
      const given = normalizeMention(claim.text);
      if (!span || !given || !(span.includes(given) || given.includes(span))) {
        errors.push({ field: `${field}.text`, messages: ['text does not match the body between start and end'] });
      }
    }
    const mention = claim.sourceMention?.trim() ?? '';
    return {
      row: claimRow({
        text: body.slice(claim.start, claim.end),
        start: claim.start,
        end: claim.end,
        cue: claim.cue ?? '',
        sourceMention: mention,
        channel: claim.channel ?? null,
        eventDate: claim.eventDate?.date ?? input.publishedAt,
        datePrecision: claim.eventDate?.precision ?? 'reported',
        origin: claim.manual ? 'manual' : 'extracted',
        claimType: claim.claimType ?? null,
        why: claim.manual ? null : (whyBySpan.get(`${claim.start}:${claim.end}`) ?? null),
      }),
      sourceId: claim.sourceId ?? null,
      campId: claim.camp ?? 'UNKNOWN',
      mention: claim.sourceId || !mention ? null : { mention, camp: claim.camp ?? 'UNKNOWN', kind: 'other' },
      locations: (claim.locationIds ?? []).map((locationId) => ({ locationId, mention: null })),
    };
  });
  if (errors.length) throw badRequest(errors);
  return planned;
}

function claimRow(claim: {
  text: string;
  start: number;
  end: number;
  cue: string;
  sourceMention: string;
  channel: string | null;
  eventDate: string;
  datePrecision: NewClaim['datePrecision'];
  origin: NewClaim['origin'];
  claimType: NewClaim['claimType'];
  why: AttributionWhy | null;
}): PlannedClaim['row'] {
  const buckets = dateBuckets(claim.eventDate);
  return {
    text: claim.text,
    textNormalized: normalizeArabic(claim.text),
    startOffset: claim.start,
    endOffset: claim.end,
    cue: clip(claim.cue, 120),
    sourceMention: clip(claim.sourceMention, 500),
    channel: claim.channel ? clip(claim.channel, 255) : null,
    eventDate: claim.eventDate,
    datePrecision: claim.datePrecision,
    eventDay: buckets.day,
    eventWeek: buckets.week,
    eventMonth: buckets.month,
    claimType: claim.claimType,
    status: 'unreviewed',
    origin: claim.origin,
    note: null,
    extractionWhy: claim.why ? JSON.stringify(claim.why) : null,
    version: 1,
    createdById: null,
    updatedById: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}
