import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { findCamp, useCamps } from '../../../lib/camps';
import { defineMessages, definePlurals, useI18n, useMessages } from '../../../lib/i18n';
import { localName, useNarratives } from '../../../lib/lookups';
import { diffSnapshots, type FieldChange } from '../../../lib/history-diff';
import {
  useClaimTypeLabel,
  usePrecisionLabel,
  useRelationLabel,
  useRoleLabel,
  useSourceKindLabel,
  useStatusLabel,
  auditFieldMessages,
} from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import { useAuditLog, type AuditEvent } from '../api/audit';
import { AUDIT_ENTITIES, auditEntityPath, flattenSnapshot, isAuditEntity } from '../utils/audit';

const messages = defineMessages({
  title: { en: 'Audit log', ar: 'سجل التدقيق' },
  intro: {
    en: 'Every change to data, newest first: who, when, and the values before and after.',
    ar: 'كل تغيير على البيانات، الأحدث أولًا: من أجراه ومتى، والقيم قبله وبعده.',
  },
  entity: { en: 'Record type', ar: 'نوع السجل' },
  all: { en: 'All records', ar: 'كل السجلات' },
  e_claim: { en: 'Claim', ar: 'ادعاء' },
  e_article: { en: 'Article', ar: 'مقال' },
  e_source: { en: 'Source', ar: 'مصدر' },
  e_narrative: { en: 'Narrative', ar: 'رواية' },
  e_user: { en: 'User', ar: 'مستخدم' },
  e_export: { en: 'Export', ar: 'تصدير' },
  when: { en: 'When', ar: 'الوقت' },
  who: { en: 'By', ar: 'بواسطة' },
  record: { en: 'Record', ar: 'السجل' },
  action: { en: 'Action', ar: 'الإجراء' },
  changes: { en: 'Changes', ar: 'التغييرات' },
  system: { en: 'system', ar: 'النظام' },
  noFieldChanges: { en: 'No field changes.', ar: 'لا تغييرات في الحقول.' },
  loadOlder: { en: 'Load older', ar: 'تحميل الأقدم' },
  loadingOlder: { en: 'Loading older events…', ar: 'جارٍ تحميل الأحداث الأقدم…' },
  end: { en: 'Beginning of the log.', ar: 'بداية السجل.' },
  empty: { en: 'No events recorded yet.', ar: 'لم تُسجّل أي أحداث بعد.' },
  emptyHint: {
    en: 'Edits to claims, sources, narratives and users, and every export, appear here.',
    ar: 'تظهر هنا التعديلات على الادعاءات والمصادر والروايات والمستخدمين، وكل عملية تصدير.',
  },
  emptyFiltered: { en: 'No events for this record type.', ar: 'لا أحداث لهذا النوع من السجلات.' },
  emptyFilteredHint: { en: 'Choose “All records” to see everything.', ar: 'اختر «كل السجلات» لعرض كل شيء.' },
  yes: { en: 'yes', ar: 'نعم' },
  no: { en: 'no', ar: 'لا' },
  // Actions
  a_create: { en: 'created', ar: 'إنشاء' },
  a_update: { en: 'edited', ar: 'تعديل' },
  a_delete: { en: 'deleted', ar: 'حذف' },
  a_grade: { en: 'graded automatically', ar: 'تقييم تلقائي' },
  a_link: { en: 'linked', ar: 'ربط' },
  a_unlink: { en: 'unlinked', ar: 'إلغاء ربط' },
  a_accept: { en: 'accepted', ar: 'قبول' },
  a_merge: { en: 'merged', ar: 'دمج' },
  a_propose: { en: 'proposed', ar: 'اقتراح' },
  a_csv: { en: 'exported (CSV)', ar: 'تصدير (CSV)' },
  a_bootstrap: { en: 'created at first start', ar: 'إنشاء عند أول تشغيل' },
  // Source registry states and article languages, as values in a diff.
  s_active: { en: 'active', ar: 'نشط' },
  s_proposed: { en: 'proposed', ar: 'مقترح' },
  s_merged: { en: 'merged', ar: 'مدموج' },
  l_ar: { en: 'Arabic', ar: 'العربية' },
  l_en: { en: 'English', ar: 'الإنجليزية' },
  // Fields, in the analysts' words rather than the API's property names.
});

/** Count-bearing strings: each language's plural forms (Arabic has six), chosen by `plural(message, n)`. */
const auditPlurals = definePlurals({
  shown: {
    en: { one: '{n} event shown', other: '{n} events shown' },
    ar: {
      zero: 'لا أحداث معروضة',
      one: 'حدث واحد معروض',
      two: 'حدثان معروضان',
      few: '{n} أحداث معروضة',
      many: '{n} حدثًا معروضًا',
      other: '{n} حدث معروض',
    },
  },
});

const NUMBER_FIELDS = new Set(['claims', 'claimsMoved', 'rows']);
const DATE_FIELDS = new Set(['publishedAt', 'eventDate', 'from', 'to']);

export function AuditPage() {
  const t = useMessages(messages);
  const fieldNames = useMessages(auditFieldMessages);
  const labels = t as Record<string, string>;
  const { lang, dir, formatDate, formatNumber, plural } = useI18n();
  const [params, setParams] = useSearchParams();
  const entityParam = params.get('entity');
  const entity = isAuditEntity(entityParam) ? entityParam : undefined;
  const log = useAuditLog(entity);
  const statusLabel = useStatusLabel();
  const relationLabel = useRelationLabel();
  const claimTypeLabel = useClaimTypeLabel();
  const precisionLabel = usePrecisionLabel();
  const kindLabel = useSourceKindLabel();
  const roleLabel = useRoleLabel();
  const { data: narratives = [] } = useNarratives();
  const { data: camps } = useCamps();
  // Arrows are not mirrored by the bidi algorithm: point the way the text reads.
  const arrow = dir === 'rtl' ? '←' : '→';

  const events = useMemo(() => log.data?.pages.flat() ?? [], [log.data]);

  function leaf(field: string): string {
    return field.split('.').pop() ?? field;
  }

  /** Names values in the analysts' terms; `entity` tells a source's registry status from a claim's review status. */
  const resolverFor =
    (entity: string) =>
    (field: string, value: unknown): string | undefined => {
      const key = leaf(field);
      if (typeof value === 'boolean') return value ? t.yes : t.no;
      if (key === 'narratives' && typeof value === 'number') {
        const narrative = narratives.find((item) => item.id === value);
        return narrative ? localName(narrative, lang) : undefined;
      }
      if ((key === 'camp' || key === 'campId') && typeof value === 'string') {
        const camp = findCamp(camps, value);
        return camp.id === value ? (lang === 'ar' ? camp.nameAr : camp.nameEn) : undefined;
      }
      if (typeof value === 'string') {
        if (key === 'status') return entity === 'source' ? (labels[`s_${value}`] ?? value) : statusLabel(value);
        if (key === 'language') return labels[`l_${value}`] ?? value;
        if (key === 'relation') return relationLabel(value);
        if (key === 'claimType') return claimTypeLabel(value);
        if (key === 'datePrecision') return precisionLabel(value);
        if (key === 'kind') return kindLabel(value);
        if (key === 'role') return roleLabel(value);
        if (DATE_FIELDS.has(key) && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value);
      }
      if (typeof value === 'number' && NUMBER_FIELDS.has(key)) return formatNumber(value);
      return undefined;
    };

  function fieldLabel(field: string): string {
    return field
      .split('.')
      .map((part) => (fieldNames as Record<string, string>)[part] ?? part)
      .join(' › ');
  }

  function actionLabel(event: AuditEvent): string {
    return labels[`a_${event.action.split('.').pop()}`] ?? event.action;
  }

  function handleEntity(value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set('entity', value);
    else next.delete('entity');
    setParams(next, { replace: true });
  }

  function renderChanges(event: AuditEvent) {
    const changes: FieldChange[] = diffSnapshots(
      flattenSnapshot(event.before),
      flattenSnapshot(event.after),
      lang,
      resolverFor(event.entity),
    );
    if (changes.length === 0) return <span className="muted">{t.noFieldChanges}</span>;
    return (
      <ul className="audit-changes">
        {changes.map((change) => (
          <li key={change.field} className="history-change">
            <strong>{fieldLabel(change.field)}</strong>:{' '}
            {/* A creation has no before and a deletion no after: show the one side rather than "— →". */}
            {event.before == null ? (
              <ins>
                <bdi>{change.after}</bdi>
              </ins>
            ) : event.after == null ? (
              <del>
                <bdi>{change.before}</bdi>
              </del>
            ) : (
              <>
                <del>
                  <bdi>{change.before}</bdi>
                </del>{' '}
                {arrow}{' '}
                <ins>
                  <bdi>{change.after}</bdi>
                </ins>
              </>
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="page" data-testid="audit-page">
      <div className="page-header">
        <h1>{t.title}</h1>
        <label className="field field-inline">
          <span className="field-label">{t.entity}</span>
          <select
            value={entity ?? ''}
            onChange={(event) => handleEntity(event.target.value)}
            data-testid="audit-entity"
          >
            <option value="">{t.all}</option>
            {AUDIT_ENTITIES.map((item) => (
              <option key={item} value={item}>
                {labels[`e_${item}`]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted" style={{ margin: 0 }}>
        {t.intro}
      </p>
      <ErrorMessage error={log.error} />
      {log.isPending ? (
        <Spinner />
      ) : events.length === 0 ? (
        entity ? (
          <EmptyState title={t.emptyFiltered} action={<Button onClick={() => handleEntity('')}>{t.all}</Button>}>
            {t.emptyFilteredHint}
          </EmptyState>
        ) : (
          <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>
        )
      ) : (
        <>
          <Table data-testid="audit-table" aria-label={t.title}>
            <thead>
              <tr>
                <th>{t.when}</th>
                <th>{t.who}</th>
                <th>{t.record}</th>
                <th>{t.action}</th>
                <th>{t.changes}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => {
                const path = auditEntityPath(event.entity, event.entityId);
                const recordLabel = (
                  <>
                    {labels[`e_${event.entity}`] ?? event.entity} <bdi dir="ltr">#{event.entityId}</bdi>
                  </>
                );
                return (
                  <tr
                    key={event.id}
                    data-testid={`audit-row-${event.id}`}
                    data-entity={event.entity}
                    data-entity-id={event.entityId}
                    data-action={event.action}
                  >
                    <td className="nowrap">
                      <time dateTime={event.at}>{formatDate(event.at)}</time>
                    </td>
                    <td>
                      <bdi>{event.userName ?? t.system}</bdi>
                    </td>
                    <td className="nowrap">{path ? <Link to={path}>{recordLabel}</Link> : recordLabel}</td>
                    <td>{actionLabel(event)}</td>
                    <td className="audit-changes-cell">{renderChanges(event)}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <div className="row">
            <span className="muted" data-testid="audit-count">
              {plural(auditPlurals.shown, events.length)}
            </span>
            {log.hasNextPage ? (
              <Button
                onClick={() => void log.fetchNextPage()}
                disabled={log.isFetchingNextPage}
                data-testid="audit-load-older"
              >
                {log.isFetchingNextPage ? t.loadingOlder : t.loadOlder}
              </Button>
            ) : (
              <span className="muted">{t.end}</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
