import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { useQueries } from '@tanstack/react-query';
import { useClaimHistory, type ClaimHistoryEntry } from '../api/get-claim-history';
import { claimQueryOptions } from '../api/get-claim';
import { useAllLocations, useAllSources, useNarratives } from '../../../lib/lookups';
import { findCamp, useCamps } from '../../../lib/camps';
import {
  auditFieldMessages,
  useClaimTypeLabel,
  usePrecisionLabel,
  useRelationLabel,
  useStatusLabel,
} from '../../../lib/domain-labels';
import { diffSnapshots } from '../../../lib/history-diff';
import { historyNameResolver, linkSnapshotFor } from '../utils/history-names';

const messages = defineMessages({
  title: { en: 'History', ar: 'سجل التغييرات' },
  empty: { en: 'No changes recorded yet.', ar: 'لم تُسجّل أي تغييرات بعد.' },
  emptyHint: { en: 'Edits to this claim will be listed here.', ar: 'ستظهر هنا التعديلات على هذا الادعاء.' },
  system: { en: 'system', ar: 'النظام' },
  noFieldChanges: { en: 'No field changes.', ar: 'لا تغييرات في الحقول.' },
  // Field names shown to analysts instead of the API's property names.
  a_create: { en: 'created', ar: 'إنشاء' },
  a_update: { en: 'edited', ar: 'تعديل' },
  a_grade: { en: 'graded automatically', ar: 'تقييم تلقائي' },
  a_link: { en: 'linked', ar: 'ربط' },
  a_unlink: { en: 'unlinked', ar: 'إلغاء ربط' },
  a_delete: { en: 'deleted', ar: 'حذف' },
  // A suggested contradiction dismissed (or offered again) on Compare's contradictions view.
  'a_dismiss-contested': { en: 'dismissed as not a contradiction', ar: 'استُبعد: ليس تناقضًا' },
  'a_undismiss-contested': { en: 'offered again as a contradiction', ar: 'أُعيد اقتراحه كتناقض' },
  f_linkedClaim: { en: 'Linked claim', ar: 'الادعاء المرتبط' },
});

/** Whether any entry's snapshot holds `field`: the registries are fetched only for a history that needs them. */
function mentions(entries: readonly ClaimHistoryEntry[] | undefined, field: string): boolean {
  return (entries ?? []).some((entry) =>
    [entry.before, entry.after].some((s) => s && typeof s === 'object' && field in s),
  );
}

/** The other claims a link entry names, to show their text. */
function linkedIds(entries: readonly ClaimHistoryEntry[] | undefined, claimId: number): number[] {
  const ids = new Set<number>();
  for (const entry of entries ?? []) {
    for (const snapshot of [entry.before, entry.after]) {
      const linked = (linkSnapshotFor(snapshot, claimId) as { linkedClaim?: unknown } | null)?.linkedClaim;
      if (typeof linked === 'number') ids.add(linked);
    }
  }
  return [...ids];
}

export type ClaimHistoryProps = { claimId: number };

export function ClaimHistory({ claimId }: ClaimHistoryProps) {
  const t = useMessages(messages);
  const fieldNames = useMessages(auditFieldMessages);
  const { lang, dir, formatDate } = useI18n();
  const statusLabel = useStatusLabel();
  const relationLabel = useRelationLabel();
  const claimTypeLabel = useClaimTypeLabel();
  const precisionLabel = usePrecisionLabel();
  // Arrows are not mirrored by the bidi algorithm: point the way the text reads.
  const arrow = dir === 'rtl' ? '←' : '→';
  const history = useClaimHistory(claimId);
  const { data: narratives = [] } = useNarratives();
  const { data: camps } = useCamps();
  const { data: sources = [] } = useAllSources(mentions(history.data, 'sourceId'));
  const { data: places = [] } = useAllLocations(mentions(history.data, 'locations'));
  // Shares the claim page's cache: a claim still linked is already loaded, an unlinked one is fetched once.
  const linkedClaims = useQueries({
    queries: linkedIds(history.data, claimId).map((id) => ({ ...claimQueryOptions(id), retry: false })),
  });
  const claimTexts = new Map(linkedClaims.flatMap((query) => (query.data ? [[query.data.id, query.data.text]] : [])));
  const resolveName = historyNameResolver({ lang, sources, places, narratives, claimTexts });

  function resolve(field: string, value: unknown): string | undefined {
    const name = resolveName(field, value);
    if (name !== undefined) return name;
    if (field === 'linkedClaim' && typeof value === 'number') return `#${value}`;
    if ((field === 'camp' || field === 'campId') && typeof value === 'string') {
      const camp = findCamp(camps, value);
      return camp.id === value ? (lang === 'ar' ? camp.nameAr : camp.nameEn) : undefined;
    }
    if (field === 'status' && typeof value === 'string') return statusLabel(value);
    if (field === 'relation' && typeof value === 'string') return relationLabel(value);
    if (field === 'claimType' && typeof value === 'string') return claimTypeLabel(value);
    if (field === 'datePrecision' && typeof value === 'string') return precisionLabel(value);
    return undefined;
  }

  function fieldLabel(field: string): string {
    return (fieldNames as Record<string, string>)[field] ?? (t as Record<string, string>)[`f_${field}`] ?? field;
  }

  return (
    <div className="panel stack" data-testid="claim-history">
      <h2>{t.title}</h2>
      {history.isPending ? <Spinner /> : null}
      <ErrorMessage error={history.error} />
      {history.data && history.data.length === 0 ? <EmptyState title={t.empty}>{t.emptyHint}</EmptyState> : null}
      {history.data && history.data.length > 0 ? (
        <ol className="history-list">
          {history.data.map((entry) => {
            const changes = diffSnapshots(
              linkSnapshotFor(entry.before, claimId),
              linkSnapshotFor(entry.after, claimId),
              lang,
              resolve,
            );
            return (
              <li key={entry.id} className="history-item">
                <div className="row muted">
                  <bdi>{entry.userName ?? t.system}</bdi>
                  <span>·</span>
                  <time dateTime={entry.at}>{formatDate(entry.at)}</time>
                  <span>·</span>
                  <span>{(t as Record<string, string>)[`a_${entry.action.split('.').pop()}`] ?? entry.action}</span>
                </div>
                {changes.length === 0 ? (
                  <div className="history-change muted">{t.noFieldChanges}</div>
                ) : (
                  <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: '0.1rem' }}>
                    {changes.map((change) => (
                      <li key={change.field} className="history-change">
                        <strong>{fieldLabel(change.field)}</strong>:{' '}
                        <del>
                          <bdi>{change.before}</bdi>
                        </del>{' '}
                        {arrow}{' '}
                        <ins>
                          <bdi>{change.after}</bdi>
                        </ins>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
