import { DATE_PRECISIONS, type DatePrecision } from '@claimline/contracts';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { localName, type SourceSummary } from '../../../lib/lookups';
import { usePrecisionLabel } from '../../../lib/domain-labels';
import { campColor, useCamps } from '../../../lib/camps';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { CampBadge } from '../../../components/ui/camp-badge';
import { SourceTypeahead } from '../../../components/ui/source-typeahead';
import type { DraftClaim } from '../utils/draft-claims';
import { textProps } from '../../../lib/script';

const messages = defineMessages({
  source: { en: 'Source', ar: 'المصدر' },
  asWritten: { en: 'as written', ar: 'كما ورد' },
  changeSource: { en: 'Change the source…', ar: 'غيّر المصدر…' },
  statusNew: { en: 'new source — will be proposed', ar: 'مصدر جديد — سيُقترح' },
  statusProposed: { en: 'proposed source', ar: 'مصدر مقترح' },
  eventDate: { en: 'Event date', ar: 'تاريخ الحدث' },
  precision: { en: 'Precision', ar: 'الدقة' },
  places: { en: 'Places', ar: 'الأماكن' },
  remove: { en: 'Remove claim', ar: 'إزالة الادعاء' },
  noResults: { en: 'No match in the registry', ar: 'لا نتائج في السجل' },
  edited: { en: 'edited', ar: 'معدّل' },
});

export type DraftClaimCardProps = {
  draft: DraftClaim;
  index: number;
  active: boolean;
  errors?: string[];
  onChange: (draft: DraftClaim) => void;
  onRemove: () => void;
  onFocus: () => void;
};

export function DraftClaimCard({ draft, index, active, errors, onChange, onRemove, onFocus }: DraftClaimCardProps) {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const precisionLabel = usePrecisionLabel();
  const { data: camps } = useCamps();

  function handleSourcePick(source: SourceSummary) {
    onChange({
      ...draft,
      sourceId: source.id,
      sourceName: localName(source, lang),
      camp: source.camp,
      sourceStatus: 'active',
      edited: true,
    });
  }

  return (
    <li
      className={active ? 'claim-card active' : 'claim-card'}
      style={{ borderInlineStartColor: campColor(draft.camp, camps) }}
      data-testid={`draft-claim-${index}`}
      id={`draft-claim-${draft.key}`}
      onFocus={onFocus}
      onClick={onFocus}
    >
      <p className="claim-card-text" {...textProps(draft.text)}>
        {draft.text}
      </p>
      <div className="row">
        <span className="field-label">{t.source}:</span>
        <bdi data-testid={`draft-source-${index}`}>{draft.sourceName || draft.sourceMention}</bdi>
        {draft.sourceMention && draft.sourceMention !== draft.sourceName ? (
          <span className="muted">
            ({t.asWritten}: <bdi>{draft.sourceMention}</bdi>)
          </span>
        ) : null}
        <CampBadge camp={draft.camp} />
        {draft.sourceStatus === 'new' ? <Badge tone="warning">{t.statusNew}</Badge> : null}
        {draft.sourceStatus === 'proposed' ? <Badge tone="warning">{t.statusProposed}</Badge> : null}
        {draft.edited ? <Badge tone="info">{t.edited}</Badge> : null}
      </div>
      <SourceTypeahead
        label={`${t.changeSource} ${index + 1}`}
        placeholder={t.changeSource}
        noResults={t.noResults}
        onSelect={handleSourcePick}
        clearOnSelect
        testId={`draft-source-search-${index}`}
      />
      <div className="row">
        <label className="field field-inline">
          <span>{t.eventDate}</span>
          <input
            type="date"
            value={draft.eventDate?.date ?? ''}
            onChange={(event) =>
              onChange({
                ...draft,
                eventDate: { date: event.target.value, precision: draft.eventDate?.precision ?? 'day' },
                edited: true,
              })
            }
          />
        </label>
        <label className="field field-inline">
          <span>{t.precision}</span>
          <select
            value={draft.eventDate?.precision ?? 'reported'}
            onChange={(event) =>
              onChange({
                ...draft,
                eventDate: { date: draft.eventDate?.date ?? '', precision: event.target.value as DatePrecision },
                edited: true,
              })
            }
          >
            {DATE_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {precisionLabel(precision)}
              </option>
            ))}
          </select>
        </label>
        <Button size="sm" variant="danger" onClick={onRemove} data-testid={`draft-remove-${index}`}>
          {t.remove}
        </Button>
      </div>
      {draft.locations.length > 0 ? (
        <div className="row">
          <span className="field-label">{t.places}:</span>
          {draft.locations.map((location) => (
            <bdi key={location.key} className="chip">
              {lang === 'ar' ? location.name : (location.nameEn ?? location.name)}
            </bdi>
          ))}
        </div>
      ) : null}
      {errors && errors.length > 0 ? (
        <div className="field-error" role="alert">
          {errors.join(' ')}
        </div>
      ) : null}
    </li>
  );
}
