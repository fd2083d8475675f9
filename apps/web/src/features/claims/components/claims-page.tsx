import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ClaimFilterKey, ClaimStatus } from '@claimline/contracts';
import { downloadUrl } from '../../../lib/api-client';
import { useCan } from '../../../lib/auth';
import { defineMessages, format, useI18n, useMessages } from '../../../lib/i18n';
import { localName, useNarratives } from '../../../lib/lookups';
import { useStatusLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { useClaims } from '../api/get-claims';
import { getClaim } from '../api/get-claim';
import { conflictCurrent, useUpdateClaim } from '../api/update-claim';
import type { ClaimListItem, ClaimPatch } from '../api/types';
import {
  listQueryFromSearchParams,
  listQueryToApiQuery,
  listQueryToSearchParams,
  updateFilter,
} from '../utils/claim-filters';
import {
  EMPTY_SELECTION,
  headerState,
  offersAllMatching,
  selectAllMatching,
  selectedCount,
  selectRange,
  toggleAllLoaded,
  toggleRow,
  type ClaimSelection,
} from '../utils/selection';
import { bulkTarget } from '../utils/bulk-summary';
import { useBulkUpdateClaims, useUndoBulkUpdate, type BulkResult, type BulkSet } from '../api/bulk-claims';
import { BulkBar } from './bulk-bar';
import { ClaimsFilters } from './claims-filters';
import { ClaimsTable, type ClaimConflict } from './claims-table';
import { claimsPlurals } from '../messages';
import '../claims.css';

const messages = defineMessages({
  title: { en: 'Claims', ar: 'الادعاءات' },
  showing: { en: 'showing {n}', ar: 'المعروض {n}' },
  csv: { en: 'Download CSV', ar: 'تنزيل CSV' },
  loadMore: { en: 'Load more', ar: 'تحميل المزيد' },
  loading: { en: 'Loading claims…', ar: 'جارٍ تحميل الادعاءات…' },
  emptyTitle: { en: 'No claims match these filters.', ar: 'لا توجد ادعاءات تطابق عوامل التصفية.' },
  emptyHint: {
    en: 'Clear a filter or widen the dates — or add an article so its claims are extracted.',
    ar: 'امسح أحد عوامل التصفية أو وسّع نطاق التاريخ، أو أضف مقالًا لاستخراج ادعاءاته.',
  },
  addArticle: { en: 'Add an article', ar: 'أضف مقالًا' },
  conflict: {
    en: 'Changed by someone else — this row now shows their version.',
    ar: 'غيّره شخص آخر، ويعرض هذا السطر الآن نسخته.',
  },
  yourChange: { en: 'Your change: {change}. Apply it again?', ar: 'تغييرك: {change}. هل تعيد تطبيقه؟' },
  narrativesChange: { en: 'narratives → {names}', ar: 'الروايات ← {names}' },
  saved: { en: 'Saved.', ar: 'تم الحفظ.' },
});

type Intended = { status?: ClaimStatus; narratives?: number[] };

export function ClaimsPage() {
  const t = useMessages(messages);
  const { lang, formatNumber, plural } = useI18n();
  const statusLabel = useStatusLabel();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => listQueryFromSearchParams(params), [params]);
  const canEdit = useCan('edit');
  const claims = useClaims(filters);
  const { data: narratives = [] } = useNarratives();
  const update = useUpdateClaim();
  const [conflicts, setConflicts] = useState<Record<number, ClaimConflict & { patch: Intended }>>({});
  const [error, setError] = useState<unknown>(null);
  const [selection, setSelection] = useState<ClaimSelection>(EMPTY_SELECTION);
  const [bulkResult, setBulkResult] = useState<BulkResult | null>(null);
  const [restored, setRestored] = useState<number | null>(null);
  const bulkUpdate = useBulkUpdateClaims();
  const undoBulk = useUndoBulkUpdate();

  const items = useMemo(() => claims.data?.pages.flatMap((page) => page.items) ?? [], [claims.data]);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const total = claims.data?.pages[0]?.total ?? 0;
  // More matches than the API counts: the total is a lower bound, and "all matching" is not offered.
  const totalCapped = claims.data?.pages[0]?.totalCapped ?? false;

  function handleToggle(id: number, extend: boolean) {
    setSelection((current) => (extend ? selectRange(current, ids, id) : toggleRow(current, id)));
  }

  function handleBulkApply(set: BulkSet) {
    setError(null);
    const { sort: _sort, ...filter } = filters;
    bulkUpdate.mutate(
      { ...bulkTarget(selection, filter, total), set },
      {
        onSuccess: (result) => {
          setBulkResult(result);
          setRestored(null);
          setSelection(EMPTY_SELECTION);
        },
        onError: setError,
      },
    );
  }

  function handleUndo(bulkId: string) {
    setError(null);
    undoBulk.mutate(bulkId, { onSuccess: (result) => setRestored(result.restored), onError: setError });
  }

  function handleFilterChange(key: ClaimFilterKey, value: string | undefined) {
    setError(null);
    // "All matching" meant the old filter's claims.
    setSelection(EMPTY_SELECTION);
    setParams(listQueryToSearchParams(updateFilter(filters, key, value)), { replace: false });
  }

  function handleClear() {
    setSelection(EMPTY_SELECTION);
    setParams(new URLSearchParams(filters.sort ? { sort: filters.sort } : {}));
  }

  const describe = useCallback(
    (intended: Intended) => {
      if (intended.status) return statusLabel(intended.status);
      const names = (intended.narratives ?? [])
        .map((id) => narratives.find((narrative) => narrative.id === id))
        .filter(Boolean)
        .map((narrative) => localName(narrative, lang));
      return format(t.narrativesChange, { names: names.join(', ') || '—' });
    },
    [statusLabel, narratives, lang, t.narrativesChange],
  );

  const apply = useCallback(
    async (item: Pick<ClaimListItem, 'id'>, intended: Intended) => {
      setError(null);
      // The list carries no version; the change is based on the claim as it is now.
      const { version } = await getClaim(item.id);
      const patch: ClaimPatch = { version, ...intended };
      update.mutate(
        { id: item.id, patch },
        {
          onSuccess: () =>
            setConflicts((current) => {
              const { [item.id]: _removed, ...rest } = current;
              return rest;
            }),
          onError: (mutationError) => {
            const current = conflictCurrent(mutationError);
            if (current || (mutationError as { status?: number }).status === 409) {
              setConflicts((all) => ({
                ...all,
                [item.id]: {
                  message: t.conflict,
                  intended: format(t.yourChange, { change: describe(intended) }),
                  patch: intended,
                },
              }));
            } else {
              setError(mutationError);
            }
          },
        },
      );
    },
    [update, t.conflict, t.yourChange, describe],
  );

  function handleStatusChange(item: ClaimListItem, status: ClaimStatus) {
    void apply(item, { status }).catch(setError);
  }

  function handleNarrativesChange(item: ClaimListItem, narrativeIds: number[]) {
    void apply(item, { narratives: narrativeIds }).catch(setError);
  }

  function handleRetry(id: number) {
    const conflict = conflicts[id];
    if (!conflict) return;
    void apply({ id }, conflict.patch).catch(setError);
  }

  function handleOpen(id: number) {
    void navigate(`/claims/${id}`);
  }

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t.title}</h1>
        <div className="row">
          <span className="muted" data-testid="claims-total">
            {plural(totalCapped ? claimsPlurals.moreThan : claimsPlurals.count, total)}
            {items.length < total ? ` · ${format(t.showing, { n: formatNumber(items.length) })}` : ''}
          </span>
          <a
            className="btn"
            href={downloadUrl('/exports/claims.csv', listQueryToApiQuery(filters))}
            download
            data-testid="claims-csv"
          >
            {t.csv}
          </a>
        </div>
      </div>
      <ClaimsFilters filters={filters} onChange={handleFilterChange} onClear={handleClear} />
      <ErrorMessage error={error ?? claims.error} />
      {canEdit && (selection.ids.size > 0 || selection.allMatching || bulkResult) ? (
        <BulkBar
          count={selectedCount(selection, total)}
          total={total}
          offerAllMatching={!totalCapped && offersAllMatching(selection, ids, total)}
          narratives={narratives}
          pending={bulkUpdate.isPending}
          result={bulkResult}
          undoing={undoBulk.isPending}
          restored={restored}
          onSelectAllMatching={() => setSelection(selectAllMatching(ids))}
          onClear={() => setSelection(EMPTY_SELECTION)}
          onApply={handleBulkApply}
          onUndo={handleUndo}
        />
      ) : null}
      {claims.isPending ? (
        <Spinner label={t.loading} />
      ) : items.length === 0 ? (
        <EmptyState title={t.emptyTitle} action={canEdit ? <Link to="/articles/new">{t.addArticle}</Link> : undefined}>
          {t.emptyHint}
        </EmptyState>
      ) : (
        <ClaimsTable
          items={items}
          narratives={narratives}
          canEdit={canEdit}
          onOpen={handleOpen}
          onStatusChange={handleStatusChange}
          onNarrativesChange={handleNarrativesChange}
          conflicts={conflicts}
          onRetry={handleRetry}
          selection={
            canEdit
              ? {
                  ids: selection.ids,
                  header: headerState(selection, ids),
                  onToggle: handleToggle,
                  onToggleAll: () => setSelection((current) => toggleAllLoaded(current, ids)),
                }
              : undefined
          }
        />
      )}
      {claims.hasNextPage ? (
        <div className="row">
          <Button
            onClick={() => void claims.fetchNextPage()}
            disabled={claims.isFetchingNextPage}
            data-testid="load-more"
          >
            {claims.isFetchingNextPage ? t.loading : t.loadMore}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
