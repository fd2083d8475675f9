/** Splits a text into runs by claim offsets, so each run knows which claims cover it. */

export type HighlightSpan = { start: number; end: number };

export type HighlightSegment<S extends HighlightSpan> = {
  start: number;
  end: number;
  text: string;
  /** The spans covering this run, in input order; empty for plain text. */
  spans: S[];
};

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Offsets are UTF-16 code units; never cut between the halves of a surrogate pair (emoji, rare letters). */
function snap(body: string, offset: number): number {
  const clamped = Math.max(0, Math.min(body.length, Math.trunc(offset)));
  if (clamped > 0 && clamped < body.length && isHighSurrogate(body.charCodeAt(clamped - 1))) return clamped + 1;
  return clamped;
}

/**
 * Segments in logical (reading) order. The browser's bidi algorithm lays them out right-to-left for
 * Arabic, so the same offsets highlight the same characters in either direction. Overlapping spans
 * produce runs covered by several spans; spans outside the text are clamped, empty ones dropped.
 */
export function buildHighlightSegments<S extends HighlightSpan>(
  body: string,
  spans: readonly S[],
): HighlightSegment<S>[] {
  const valid = spans
    .map((span) => ({ span, start: snap(body, span.start), end: snap(body, span.end) }))
    .filter((item) => Number.isFinite(item.start) && Number.isFinite(item.end) && item.end > item.start);

  const cuts = new Set<number>([0, body.length]);
  for (const item of valid) {
    cuts.add(item.start);
    cuts.add(item.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: HighlightSegment<S>[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = valid.filter((item) => item.start <= start && item.end >= end).map((item) => item.span);
    const previous = segments[segments.length - 1];
    // Merge neighbouring plain runs and runs covered by the very same spans.
    if (previous && sameSpans(previous.spans, covering)) {
      previous.end = end;
      previous.text = body.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: body.slice(start, end), spans: covering });
  }
  return segments;
}

function sameSpans<S>(a: S[], b: S[]): boolean {
  return a.length === b.length && a.every((span, index) => span === b[index]);
}
