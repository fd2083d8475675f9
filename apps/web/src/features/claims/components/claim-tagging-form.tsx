import { useState, type FormEvent } from 'react';
import {
  CLAIM_TYPES,
  DATE_PRECISIONS,
  type CampId,
  type ClaimStatus,
  type ClaimType,
  type DatePrecision,
} from '@claimline/contracts';
import { ApiError } from '../../../lib/api-client';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { localName, locationSearchQueryOptions, useNarratives, type NamedEntity } from '../../../lib/lookups';
import { useClaimTypeLabel, usePrecisionLabel, useStatusLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { CampBadge } from '../../../components/ui/camp-badge';
import { Field } from '../../../components/ui/field';
import { SourceTypeahead } from '../../../components/ui/source-typeahead';
import { Typeahead } from '../../../components/ui/typeahead';
import { RemovableChip } from '../../../components/ui/removable-chip';
import { conflictCurrent, useUpdateClaim } from '../api/update-claim';
import type { ClaimDetail } from '../api/types';
import { buildClaimPatch } from '../utils/claim-patch';
import { keepTouched, statusChoices } from '../utils/status-choices';

const messages = defineMessages({
  title: { en: 'Tagging', ar: 'الوسم' },
  source: { en: 'Source', ar: 'المصدر' },
  sourceSearch: { en: 'Search the source registry…', ar: 'ابحث في سجل المصادر…' },
  mention: { en: 'As written', ar: 'كما ورد' },
  camp: { en: 'Camp', ar: 'المعسكر' },
  claimType: { en: 'Claim type', ar: 'نوع الادعاء' },
  none: { en: '— none —', ar: '— لا شيء —' },
  status: { en: 'Status', ar: 'الحالة' },
  derivedStatusHint: {
    en: 'Corroborated and Contested come from links: link this claim to a claim of another camp that says the same or the opposite.',
    ar: '«مؤيَّد» و«متنازع عليه» يأتيان من الروابط: اربط هذا الادعاء بادعاء من معسكر آخر يقول الشيء نفسه أو عكسه.',
  },
  narratives: { en: 'Narratives', ar: 'الروايات' },
  addNarrative: { en: 'Add a narrative…', ar: 'أضف رواية…' },
  places: { en: 'Places', ar: 'الأماكن' },
  placeSearch: { en: 'Search places…', ar: 'ابحث عن مكان…' },
  eventDate: { en: 'Event date', ar: 'تاريخ الحدث' },
  precision: { en: 'Precision', ar: 'الدقة' },
  note: { en: 'Note', ar: 'ملاحظة' },
  save: { en: 'Save tagging', ar: 'حفظ الوسم' },
  saving: { en: 'Saving…', ar: 'جارٍ الحفظ…' },
  saved: { en: 'Saved.', ar: 'تم الحفظ.' },
  noResults: { en: 'No match', ar: 'لا نتائج' },
  conflict: {
    en: 'Changed by someone else while you were editing. The page now shows their version; your edits are still in this form — save again to apply them.',
    ar: 'غيّر شخص آخر هذا الادعاء أثناء تعديلك. تعرض الصفحة الآن نسخته، وما زالت تعديلاتك في هذا النموذج — احفظ مجددًا لتطبيقها.',
  },
  readOnly: { en: 'Your role can read but not change tags.', ar: 'يسمح دورك بالقراءة فقط دون تعديل الوسوم.' },
});

type FormState = {
  source: (NamedEntity & { camp?: CampId }) | null;
  /** Shown only: the API derives the camp from the source. */
  camp: CampId;
  claimType: ClaimType | '';
  status: ClaimStatus;
  narratives: number[];
  locations: NamedEntity[];
  eventDate: string;
  datePrecision: DatePrecision;
  note: string;
};

function initialState(claim: ClaimDetail): FormState {
  return {
    source: claim.source,
    camp: claim.camp,
    claimType: claim.claimType ?? '',
    status: claim.status,
    narratives: claim.narratives.map((narrative) => narrative.id),
    locations: claim.places ?? claim.locations,
    eventDate: claim.eventDate ?? '',
    datePrecision: claim.datePrecision ?? 'reported',
    note: claim.note ?? '',
  };
}

export type ClaimTaggingFormProps = { claim: ClaimDetail; canEdit: boolean };

export function ClaimTaggingForm({ claim, canEdit }: ClaimTaggingFormProps) {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const statusLabel = useStatusLabel();
  const typeLabel = useClaimTypeLabel();
  const precisionLabel = usePrecisionLabel();
  const { data: narratives = [] } = useNarratives();
  const update = useUpdateClaim();
  // Initialised once per claim: a refresh after a conflict must not wipe what the analyst chose.
  const [form, setForm] = useState<FormState>(() => initialState(claim));
  const [version, setVersion] = useState(claim.version);
  // The fields the analyst changed since the last save, and the claim version this form last took in.
  const [touched, setTouched] = useState<ReadonlySet<keyof FormState>>(() => new Set());
  const [seenVersion, setSeenVersion] = useState(claim.version);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning' | 'error'; text: string } | null>(null);

  if (claim.version !== seenVersion) {
    // The page changed the claim (a link regraded it, this form saved it): take in the server's values, except
    // those the analyst is editing, and its version, so the next save neither conflicts nor reverts the change.
    setSeenVersion(claim.version);
    setVersion(claim.version);
    setForm((current) => keepTouched(initialState(claim), current, touched));
  }

  function set<K extends keyof FormState>(key: K, value: FormState[K]) {
    setForm((current) => ({ ...current, [key]: value }));
    setTouched((current) => new Set(current).add(key));
    setNotice(null);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldErrors({});
    update.mutate(
      {
        id: claim.id,
        patch: buildClaimPatch(
          claim,
          {
            sourceId: form.source?.id ?? null,
            claimType: form.claimType,
            status: form.status,
            narratives: form.narratives,
            locations: form.locations.map((location) => location.id),
            eventDate: form.eventDate,
            datePrecision: form.datePrecision,
            note: form.note,
          },
          version,
        ),
      },
      {
        onSuccess: (updated) => {
          setVersion(updated.version);
          setTouched(new Set());
          setNotice({ tone: 'success', text: t.saved });
        },
        onError: (error) => {
          const current = conflictCurrent(error);
          if (current) {
            setVersion(current.version);
            setNotice({ tone: 'warning', text: t.conflict });
          } else if (error instanceof ApiError && error.status === 409) {
            setNotice({ tone: 'warning', text: t.conflict });
          } else {
            setFieldErrors(error instanceof ApiError ? error.fieldErrors : {});
            setNotice({ tone: 'error', text: error.message });
          }
        },
      },
    );
  }

  const available = narratives.filter((narrative) => !form.narratives.includes(narrative.id));

  return (
    <form className="panel form" onSubmit={handleSubmit} data-testid="tagging-form">
      <h2>{t.title}</h2>
      {!canEdit ? <p className="muted">{t.readOnly}</p> : null}
      {notice ? (
        <div
          className={`alert alert-${notice.tone}`}
          role={notice.tone === 'success' ? 'status' : 'alert'}
          data-testid="tagging-notice"
        >
          {notice.text}
        </div>
      ) : null}
      <fieldset
        disabled={!canEdit || update.isPending}
        className="stack"
        style={{ border: 'none', padding: 0, margin: 0 }}
      >
        <div className="field">
          <span className="field-label">{t.source}</span>
          <div className="row">
            {form.source ? (
              <RemovableChip
                label={localName(form.source, lang)}
                onRemove={() => set('source', null)}
                testId="tag-source"
              />
            ) : null}
            <span className="muted">
              {t.mention}: <bdi>{claim.sourceMention}</bdi>
            </span>
          </div>
          <SourceTypeahead
            label={t.source}
            placeholder={t.sourceSearch}
            noResults={t.noResults}
            onSelect={(item) => {
              setForm((current) => ({ ...current, source: item, camp: item.camp }));
              setNotice(null);
            }}
            clearOnSelect
            testId="tag-source-search"
          />
          {fieldErrors.sourceId ? <div className="field-error">{fieldErrors.sourceId.join(' ')}</div> : null}
        </div>
        <div className="row">
          <span className="field-label">{t.camp}:</span> <CampBadge camp={form.camp} />
        </div>
        <div className="form-grid">
          <Field label={t.claimType} error={fieldErrors.claimType}>
            <select
              value={form.claimType}
              onChange={(event) => set('claimType', event.target.value as ClaimType | '')}
              data-testid="tag-claim-type"
            >
              <option value="">{t.none}</option>
              {CLAIM_TYPES.map((type) => (
                <option key={type} value={type}>
                  {typeLabel(type)}
                </option>
              ))}
            </select>
          </Field>
          <div className="stack" style={{ gap: '0.25rem' }}>
            <Field label={t.status} error={fieldErrors.status}>
              <select
                value={form.status}
                onChange={(event) => set('status', event.target.value as ClaimStatus)}
                aria-describedby="tag-status-hint"
                data-testid="tag-status"
              >
                {statusChoices(claim.status, claim.grading).map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </select>
            </Field>
            <small id="tag-status-hint" className="muted" data-testid="tag-status-hint">
              {t.derivedStatusHint}
            </small>
          </div>
        </div>
        <div className="field">
          <span className="field-label">{t.narratives}</span>
          <div className="row" data-testid="tag-narratives">
            {form.narratives.map((id) => {
              const narrative =
                narratives.find((candidate) => candidate.id === id) ??
                claim.narratives.find((candidate) => candidate.id === id);
              return (
                <RemovableChip
                  key={id}
                  label={narrative ? localName(narrative, lang) : `#${id}`}
                  style={{ borderColor: narrative?.color }}
                  onRemove={() =>
                    set(
                      'narratives',
                      form.narratives.filter((other) => other !== id),
                    )
                  }
                />
              );
            })}
            {available.length > 0 ? (
              <select
                aria-label={t.addNarrative}
                value=""
                onChange={(event) =>
                  event.target.value && set('narratives', [...form.narratives, Number(event.target.value)])
                }
                data-testid="tag-add-narrative"
              >
                <option value="">{t.addNarrative}</option>
                {available.map((narrative) => (
                  <option key={narrative.id} value={narrative.id}>
                    {localName(narrative, lang)}
                  </option>
                ))}
              </select>
            ) : null}
          </div>
          {fieldErrors.narratives ? <div className="field-error">{fieldErrors.narratives.join(' ')}</div> : null}
        </div>
        <div className="field">
          <span className="field-label">{t.places}</span>
          <div className="row">
            {form.locations.map((location) => (
              <RemovableChip
                key={location.id}
                label={localName(location, lang)}
                onRemove={() =>
                  set(
                    'locations',
                    form.locations.filter((other) => other.id !== location.id),
                  )
                }
              />
            ))}
          </div>
          <Typeahead
            label={t.places}
            placeholder={t.placeSearch}
            noResults={t.noResults}
            queryFor={locationSearchQueryOptions}
            getKey={(item) => item.id}
            renderOption={(item) => <bdi>{localName(item, lang)}</bdi>}
            onSelect={(item) => {
              if (!form.locations.some((location) => location.id === item.id))
                set('locations', [...form.locations, item]);
            }}
            clearOnSelect
            testId="tag-place-search"
          />
        </div>
        <div className="form-grid">
          <Field label={t.eventDate} error={fieldErrors.eventDate}>
            <input
              type="date"
              value={form.eventDate}
              onChange={(event) => set('eventDate', event.target.value)}
              data-testid="tag-event-date"
            />
          </Field>
          <Field label={t.precision} error={fieldErrors.datePrecision}>
            <select
              value={form.datePrecision}
              onChange={(event) => set('datePrecision', event.target.value as DatePrecision)}
            >
              {DATE_PRECISIONS.map((precision) => (
                <option key={precision} value={precision}>
                  {precisionLabel(precision)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label={t.note} error={fieldErrors.note}>
          <textarea
            dir="auto"
            value={form.note}
            onChange={(event) => set('note', event.target.value)}
            style={{ minBlockSize: '4rem' }}
            data-testid="tag-note"
          />
        </Field>
        {canEdit ? (
          <div className="row">
            <Button type="submit" variant="primary" data-testid="tag-save">
              {update.isPending ? t.saving : t.save}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
