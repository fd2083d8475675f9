import { CampBadge } from '../../../components/ui/camp-badge';
import { campColor, useCamps } from '../../../lib/camps';
import { useMessages } from '../../../lib/i18n';
import { compareMessages } from '../messages';
import type { ClaimArticle, ContestedEvidence, ContestedPair } from '../types';
import { evidenceKind, markEvidence } from '../utils/contested-pairs';
import { ClaimCard } from './claim-card';

export type EvidenceListProps = { evidence: readonly ContestedEvidence[] };

/** Each rule that fired, named in the reader's language, with the words that made it fire. */
export function EvidenceList({ evidence }: EvidenceListProps) {
  const t = useMessages(compareMessages);
  if (!evidence.length) return null;
  return (
    <div className="contested-evidence" data-testid="contested-evidence">
      <span className="visually-hidden">{t.evidence}</span>
      <ul>
        {evidence.map((item) => {
          const { kind, outcome } = evidenceKind(item.rule);
          const outcomeKey = `outcome_${(outcome ?? '').replaceAll('-', '_')}` as keyof typeof t;
          const label = kind === 'outcome' && t[outcomeKey] ? t[outcomeKey] : t[`evidence_${kind}`];
          return (
            <li key={item.rule} data-rule={item.rule}>
              <strong>{kind === 'outcome' ? `${t.evidence_outcome}: ${label}` : label}</strong>{' '}
              {item.quotes.map((quote, i) => (
                <q key={i} dir="auto" data-side={quote.claim}>
                  {quote.text}
                </q>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export type ContestedSidesProps = { pair: ContestedPair; articles: Map<number, ClaimArticle> };

/** The two claims face to face, the evidence words marked in each. */
export function ContestedSides({ pair, articles }: ContestedSidesProps) {
  const t = useMessages(compareMessages);
  const { data: camps } = useCamps();
  return (
    <div className="contested-sides">
      {(['a', 'b'] as const).map((side, i) => {
        const claim = pair[side];
        return (
          <div key={side} className="contested-side-wrap">
            {i === 1 ? <span className="visually-hidden">{t.versus}</span> : null}
            <article
              className="contested-side"
              data-camp={claim.camp}
              data-side={side}
              style={{ borderInlineStartColor: campColor(String(claim.camp), camps) }}
            >
              <CampBadge camp={String(claim.camp)} />
              <ClaimCard
                claim={claim}
                article={articles.get(claim.articleId)}
                testId="contested-claim"
                text={markEvidence(claim.text, pair.evidence, side).map((part, k) =>
                  part.evidence ? <mark key={k}>{part.text}</mark> : <span key={k}>{part.text}</span>,
                )}
              />
            </article>
          </div>
        );
      })}
    </div>
  );
}
