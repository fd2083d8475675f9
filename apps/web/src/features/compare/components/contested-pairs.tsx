import { useMemo, useState } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { useCan } from '../../../lib/auth';
import { format, useI18n, useMessages } from '../../../lib/i18n';
import { useDismissPair, useLinkContradicts, useUndoDismissal } from '../api/contested-actions';
import { useContested, useDismissals } from '../api/get-contested';
import { compareMessages } from '../messages';
import type { ClaimArticle, CompareParams, ContestedPair } from '../types';
import { articlesById, pairKey, withSessionActions } from '../utils/contested-pairs';
import { ConfirmLinkDialog } from './confirm-link-dialog';
import { ContestedSides, EvidenceList } from './contested-pair-parts';

export type ContestedPairsProps = { params: CompareParams };

/** Suggested contradictions for the page's place and window, each with its evidence; link or dismiss. */
export function ContestedPairs({ params }: ContestedPairsProps) {
  const t = useMessages(compareMessages);
  const { formatNumber } = useI18n();
  const { data, error, isPending } = useContested(params);
  const [confirming, setConfirming] = useState<ContestedPair | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [linked, setLinked] = useState<ReadonlySet<string>>(new Set());
  const link = useLinkContradicts();
  const articles = useMemo(() => articlesById(data?.articles), [data]);
  const pairs = useMemo(() => withSessionActions(data?.pairs ?? [], dismissed, linked), [data, dismissed, linked]);

  function handleConfirm() {
    if (!confirming) return;
    const key = pairKey(confirming);
    link.mutate(
      { aId: confirming.a.id, bId: confirming.b.id },
      {
        onSuccess: () => {
          setLinked((current) => new Set(current).add(key));
          setConfirming(null);
        },
      },
    );
  }

  return (
    <section className="contested" data-testid="contested-pairs" aria-label={t.viewContested}>
      <p className="help-line">{format(t.contestedIntro, { cap: formatNumber(data?.perClaimCap ?? 2) })}</p>
      <ErrorMessage error={error} />
      {isPending ? <Spinner label={t.loading} /> : null}
      {data && pairs.length === 0 ? <p className="muted">{t.noContested}</p> : null}
      <ol className="contested-list">
        {pairs.map((pair) => (
          <ContestedPairItem
            key={pairKey(pair)}
            pair={pair}
            articles={articles}
            onLink={() => {
              link.reset();
              setConfirming(pair);
            }}
            onDismissed={() => setDismissed((current) => new Set(current).add(pairKey(pair)))}
          />
        ))}
      </ol>
      {data?.withoutEvidence ? (
        <p className="muted" data-testid="contested-without-evidence">
          {format(t.withoutEvidence, { n: formatNumber(data.withoutEvidence) })}
        </p>
      ) : null}
      <DismissedPairs
        onUndone={(key) =>
          setDismissed((current) => new Set([...current].filter((dismissedKey) => dismissedKey !== key)))
        }
      />
      {confirming ? (
        <ConfirmLinkDialog
          pair={confirming}
          articles={articles}
          pending={link.isPending}
          error={link.error}
          onConfirm={handleConfirm}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}

type ContestedPairItemProps = {
  pair: ContestedPair;
  articles: Map<number, ClaimArticle>;
  onLink: () => void;
  onDismissed: () => void;
};

function ContestedPairItem({ pair, articles, onLink, onDismissed }: ContestedPairItemProps) {
  const t = useMessages(compareMessages);
  const { lang, formatNumber } = useI18n();
  const canLink = useCan('link');
  const dismiss = useDismissPair();
  const place = (lang === 'ar' ? pair.location.nameAr : pair.location.nameEn) || pair.location.nameAr;

  return (
    <li className="contested-pair" data-testid="contested-pair" data-pair={pairKey(pair)}>
      <div className="contested-pair-header">
        <h3>
          <bdi>{place}</bdi>
        </h3>
        <span className="muted">{pair.dayGap === 0 ? t.sameDay : t.dayApart}</span>
        {pair.campOpposition === 0 ? <span className="badge">{t.rivals}</span> : null}
        <span className="muted">{format(t.score, { n: formatNumber(pair.score) })}</span>
        <span className="contested-pair-action">
          {pair.linked ? (
            <span className="badge badge-success" data-testid="pair-linked">
              {pair.relation && pair.relation !== 'contradicts'
                ? format(t.linkedAs, { relation: pair.relation })
                : t.linked}
            </span>
          ) : canLink ? (
            <>
              <button type="button" className="btn btn-primary btn-sm" onClick={onLink} data-testid="link-contradicts">
                {t.linkContradicts}
              </button>
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                disabled={dismiss.isPending}
                onClick={() => dismiss.mutate({ aId: pair.a.id, bId: pair.b.id }, { onSuccess: onDismissed })}
                data-testid="dismiss-pair"
              >
                {dismiss.isPending ? t.dismissing : t.dismiss}
              </button>
            </>
          ) : null}
        </span>
      </div>
      <ErrorMessage error={dismiss.error} />
      <EvidenceList evidence={pair.evidence} />
      <ContestedSides pair={pair} articles={articles} />
    </li>
  );
}

type DismissedPairsProps = { onUndone: (key: string) => void };

/** What the analysts dismissed, so a dismissal is visible and can be undone. */
function DismissedPairs({ onUndone }: DismissedPairsProps) {
  const t = useMessages(compareMessages);
  const { lang, formatNumber } = useI18n();
  const canUndo = useCan('link');
  const [open, setOpen] = useState(false);
  const { data } = useDismissals();
  const undo = useUndoDismissal();
  const items = data?.items ?? [];
  if (!items.length) return null;
  return (
    <details
      className="contested-dismissed"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="dismissed-pairs"
    >
      <summary>{format(t.dismissedTitle, { n: formatNumber(items.length) })}</summary>
      <ErrorMessage error={undo.error} />
      <ul>
        {items.map((item) => (
          <li key={item.id} data-testid="dismissed-pair" data-pair={pairKey(item)}>
            <bdi dir="auto">{item.a.text}</bdi> <span className="muted">{t.versus}</span>{' '}
            <bdi dir="auto">{item.b.text}</bdi>{' '}
            <span className="muted">
              {format(t.dismissedBy, {
                when: new Date(item.dismissedAt).toLocaleDateString(lang === 'ar' ? 'ar' : 'en'),
                who: item.dismissedBy ?? '—',
              })}
            </span>{' '}
            {canUndo ? (
              <button
                type="button"
                className="btn btn-link btn-sm"
                disabled={undo.isPending}
                onClick={() => undo.mutate(item.id, { onSuccess: () => onUndone(pairKey(item)) })}
              >
                {t.undoDismiss}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
