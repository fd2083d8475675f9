import { useState } from 'react';
import type { ClaimStatus } from '@claimline/contracts';
import { definePlurals, defineMessages, format, useI18n, useMessages } from '../../../lib/i18n';
import { localName, type Narrative, type SourceSummary } from '../../../lib/lookups';
import { useStatusLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { SourceTypeahead } from '../../../components/ui/source-typeahead';
import type { BulkResult, BulkSet } from '../api/bulk-claims';
import { bulkSetOf, type BulkChoice } from '../utils/bulk-summary';
import { STATUS_SHORTCUTS } from '../utils/keyboard';
import { BulkSummary } from './bulk-summary';

const messages = defineMessages({
  region: { en: 'Bulk review', ar: 'المراجعة الجماعية' },
  allMatching: { en: 'Select all {n} matching the filter', ar: 'تحديد كل الادعاءات المطابقة ({n})' },
  clear: { en: 'Clear selection', ar: 'إلغاء التحديد' },
  status: { en: 'Set status', ar: 'تعيين الحالة' },
  addNarrative: { en: 'Add narrative', ar: 'إضافة رواية' },
  removeNarrative: { en: 'Remove narrative', ar: 'إزالة رواية' },
  source: { en: 'Set source', ar: 'تعيين المصدر' },
  sourceSearch: { en: 'Search sources…', ar: 'ابحث في المصادر…' },
  noResults: { en: 'No source found', ar: 'لا يوجد مصدر' },
  keep: { en: '— keep —', ar: '— دون تغيير —' },
  apply: { en: 'Apply', ar: 'تطبيق' },
  applying: { en: 'Applying…', ar: 'جارٍ التطبيق…' },
  chosenSource: { en: 'Source: {name}', ar: 'المصدر: {name}' },
  dropSource: { en: 'Keep sources', ar: 'إبقاء المصادر' },
});

const plurals = definePlurals({
  selected: {
    en: { one: '1 claim selected', other: '{n} claims selected' },
    ar: {
      zero: 'لم يُحدَّد أي ادعاء',
      one: 'ادعاء واحد محدَّد',
      two: 'ادعاءان محدَّدان',
      few: '{n} ادعاءات محدَّدة',
      many: '{n} ادعاءً محدَّدًا',
      other: '{n} ادعاء محدَّد',
    },
  },
});

export type BulkBarProps = {
  count: number;
  total: number;
  offerAllMatching: boolean;
  narratives: Narrative[];
  pending: boolean;
  result: BulkResult | null;
  undoing: boolean;
  restored: number | null;
  onSelectAllMatching: () => void;
  onClear: () => void;
  onApply: (set: BulkSet) => void;
  onUndo: (bulkId: string) => void;
};

/** Above the claims table while rows are ticked, or while the last action's summary is shown. */
export function BulkBar({
  count,
  total,
  offerAllMatching,
  narratives,
  pending,
  result,
  undoing,
  restored,
  onSelectAllMatching,
  onClear,
  onApply,
  onUndo,
}: BulkBarProps) {
  const t = useMessages(messages);
  const { lang, plural, formatNumber } = useI18n();
  const statusLabel = useStatusLabel();
  const [choice, setChoice] = useState<BulkChoice>({});
  const [source, setSource] = useState<SourceSummary | null>(null);
  const set = bulkSetOf({ ...choice, sourceId: source?.id });

  function handleApply() {
    if (!set) return;
    onApply(set);
    setChoice({});
    setSource(null);
  }

  const narrativeSelect = (key: 'addNarrative' | 'removeNarrative', label: string) => (
    <label className="field-inline">
      <span>{label}</span>
      <select
        value={choice[key] ?? ''}
        data-testid={`bulk-${key}`}
        onChange={(event) =>
          setChoice((current) => ({ ...current, [key]: event.target.value ? Number(event.target.value) : undefined }))
        }
      >
        <option value="">{t.keep}</option>
        {narratives.map((narrative) => (
          <option key={narrative.id} value={narrative.id}>
            {localName(narrative, lang)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="bulk-bar" aria-label={t.region} data-testid="bulk-bar">
      {count > 0 ? (
        <div className="row bulk-bar-controls">
          <strong data-testid="bulk-count">{plural(plurals.selected, count)}</strong>
          {offerAllMatching ? (
            <Button size="sm" variant="link" onClick={onSelectAllMatching} data-testid="bulk-all-matching">
              {format(t.allMatching, { n: formatNumber(total) })}
            </Button>
          ) : null}
          <Button size="sm" variant="link" onClick={onClear} data-testid="bulk-clear">
            {t.clear}
          </Button>
          <label className="field-inline">
            <span>{t.status}</span>
            <select
              value={choice.status ?? ''}
              data-testid="bulk-status"
              onChange={(event) =>
                setChoice((current) => ({ ...current, status: (event.target.value || undefined) as ClaimStatus }))
              }
            >
              <option value="">{t.keep}</option>
              {STATUS_SHORTCUTS.map(({ status }) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </select>
          </label>
          {narrativeSelect('addNarrative', t.addNarrative)}
          {narrativeSelect('removeNarrative', t.removeNarrative)}
          {source ? (
            <span className="chip">
              <bdi>{format(t.chosenSource, { name: localName(source, lang) })}</bdi>
              <Button size="sm" variant="link" onClick={() => setSource(null)}>
                {t.dropSource}
              </Button>
            </span>
          ) : (
            <div className="bulk-source">
              <SourceTypeahead
                label={t.source}
                placeholder={t.sourceSearch}
                noResults={t.noResults}
                onSelect={setSource}
                clearOnSelect
                testId="bulk-source"
              />
            </div>
          )}
          <Button variant="primary" size="sm" disabled={!set || pending} onClick={handleApply} data-testid="bulk-apply">
            {pending ? t.applying : t.apply}
          </Button>
        </div>
      ) : null}
      {result ? (
        <BulkSummary result={result} narratives={narratives} undoing={undoing} restored={restored} onUndo={onUndo} />
      ) : null}
    </section>
  );
}
