import { Link } from 'react-router';
import { CampBadge } from '../../../components/ui/camp-badge';
import { defineMessages, useMessages } from '../../../lib/i18n';
import type { ClaimGrading, GradingReason } from '../api/types';

const messages = defineMessages({
  title: { en: 'Grading', ar: 'التقييم' },
  contested: { en: 'Contested: contradicted by claims of another camp', ar: 'متنازع عليه: تناقضه ادعاءات من طرف آخر' },
  corroborated: { en: 'Corroborated: confirmed by claims of another camp', ar: 'مؤكَّد: تؤيده ادعاءات من طرف آخر' },
  none: {
    en: 'No link to a claim of another camp contradicts or corroborates this claim yet.',
    ar: 'لا يوجد بعد ربط بادعاء من طرف آخر يناقض هذا الادعاء أو يؤيده.',
  },
  contradictedBy: { en: 'Contradicted by', ar: 'يناقضه' },
  corroboratedBy: { en: 'Corroborated by', ar: 'يؤيده' },
  claim: { en: 'Claim', ar: 'الادعاء' },
});

export type GradingPanelProps = { grading: ClaimGrading };

/** Why the claim is (or is not) contested or corroborated, from its links, in the page's language. */
export function GradingPanel({ grading }: GradingPanelProps) {
  const t = useMessages(messages);
  const summary =
    grading.derived === 'contested' ? t.contested : grading.derived === 'corroborated' ? t.corroborated : t.none;
  return (
    <div className="panel" data-testid="grading-panel">
      <h2>{t.title}</h2>
      <p>{summary}</p>
      <ReasonList label={t.contradictedBy} claimLabel={t.claim} reasons={grading.contestedBy} />
      <ReasonList label={t.corroboratedBy} claimLabel={t.claim} reasons={grading.corroboratedBy} />
    </div>
  );
}

type ReasonListProps = { label: string; claimLabel: string; reasons: GradingReason[] };

function ReasonList({ label, claimLabel, reasons }: ReasonListProps) {
  if (!reasons.length) return null;
  return (
    <p>
      {label}:{' '}
      {reasons.map((reason) => (
        <span key={reason.linkId} className="grading-reason">
          <Link to={`/claims/${reason.claimId}`}>
            {claimLabel} <bdi>#{reason.claimId}</bdi>
          </Link>{' '}
          <CampBadge camp={reason.camp} />{' '}
        </span>
      ))}
    </p>
  );
}
