import { useMemo, type KeyboardEvent } from 'react';
import { buildHighlightSegments } from '../../lib/highlight-segments';

export type TextHighlight = { id: string | number; start: number; end: number; color: string; title?: string };

export type HighlightedTextProps = {
  body: string;
  /** The body's language code ('ar', 'en', …): sets its direction. */
  language: string;
  highlights: readonly TextHighlight[];
  activeId?: string | number | null;
  onHighlightClick?: (id: string | number) => void;
  testId?: string;
};

/** Translucent fill in the camp colour with a solid underline, so overlaps stay readable. */
function fill(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}33` : color;
}

function innermost(spans: readonly TextHighlight[]): TextHighlight {
  return spans.reduce((best, span) => (span.end - span.start < best.end - best.start ? span : best));
}

/** The article text in its own direction, each claim highlighted on its offsets. */
export function HighlightedText({
  body,
  language,
  highlights,
  activeId,
  onHighlightClick,
  testId,
}: HighlightedTextProps) {
  const segments = useMemo(() => buildHighlightSegments(body, highlights), [body, highlights]);
  const dir = language === 'ar' ? 'rtl' : 'ltr';

  return (
    <div className="article-body" dir={dir} lang={language} data-testid={testId}>
      {segments.map((segment) => {
        if (segment.spans.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const top = innermost(segment.spans);
        const isActive = segment.spans.some((span) => span.id === activeId);
        const classes = ['claim-mark', isActive ? 'active' : '', segment.spans.length > 1 ? 'overlap' : '']
          .filter(Boolean)
          .join(' ');
        function handleClick() {
          onHighlightClick?.(top.id);
        }
        function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onHighlightClick?.(top.id);
          }
        }
        return (
          <mark
            key={segment.start}
            className={classes}
            style={{ backgroundColor: fill(top.color), borderBlockEndColor: top.color, color: 'inherit' }}
            title={
              segment.spans
                .map((span) => span.title)
                .filter(Boolean)
                .join(' · ') || undefined
            }
            data-claim-ids={segment.spans.map((span) => span.id).join(' ')}
            data-testid={`claim-mark-${top.id}`}
            role={onHighlightClick ? 'button' : undefined}
            tabIndex={onHighlightClick ? 0 : undefined}
            onClick={onHighlightClick ? handleClick : undefined}
            onKeyDown={onHighlightClick ? handleKeyDown : undefined}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
