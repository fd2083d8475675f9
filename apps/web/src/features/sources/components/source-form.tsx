import { useState, type FormEvent } from 'react';
import { SOURCE_KINDS, type SourceKind } from '@claimline/contracts';
import { ApiError } from '../../../lib/api-client';
import { toApiCampId, useCamps, type ApiCampId } from '../../../lib/camps';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { useSourceKindLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { formatAliases, parseAliases } from '../utils/aliases';

const messages = defineMessages({
  nameAr: { en: 'Arabic name', ar: 'الاسم بالعربية' },
  nameEn: { en: 'English name', ar: 'الاسم بالإنجليزية' },
  camp: { en: 'Camp', ar: 'المعسكر' },
  kind: { en: 'Kind', ar: 'النوع' },
  aliases: { en: 'Aliases', ar: 'الأسماء البديلة' },
  aliasesHint: {
    en: 'One per line: the ways articles write this source.',
    ar: 'واحد في كل سطر: الصيغ التي تكتب بها المقالات هذا المصدر.',
  },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  required: { en: 'Required.', ar: 'مطلوب.' },
});

export type SourceFormValues = { nameAr: string; nameEn: string; camp: ApiCampId; kind: SourceKind; aliases: string[] };

export type SourceFormProps = {
  initial?: Partial<SourceFormValues>;
  submitLabel: string;
  /** Hide the aliases field (accepting a proposal takes no aliases). */
  withAliases?: boolean;
  onSubmit: (values: SourceFormValues) => Promise<unknown>;
  onCancel?: () => void;
  testId?: string;
};

export function SourceForm({ initial, submitLabel, withAliases = true, onSubmit, onCancel, testId }: SourceFormProps) {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const kindLabel = useSourceKindLabel();
  const { data: camps = [] } = useCamps();
  const [nameAr, setNameAr] = useState(initial?.nameAr ?? '');
  const [nameEn, setNameEn] = useState(initial?.nameEn ?? '');
  const [camp, setCamp] = useState<ApiCampId>(initial?.camp ?? 'UNKNOWN');
  const [kind, setKind] = useState<SourceKind>(initial?.kind ?? 'other');
  const [aliases, setAliases] = useState(formatAliases(initial?.aliases ?? []));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string[]> = {};
    if (!nameAr.trim()) local.nameAr = [t.required];
    if (!nameEn.trim()) local.nameEn = [t.required];
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    setPending(true);
    try {
      await onSubmit({ nameAr: nameAr.trim(), nameEn: nameEn.trim(), camp, kind, aliases: parseAliases(aliases) });
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fieldErrors);
      setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid={testId}>
      {formError ? (
        <div className="alert alert-error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="form-grid">
        <Field label={t.nameAr} error={errors.nameAr}>
          <input
            dir="rtl"
            lang="ar"
            value={nameAr}
            onChange={(event) => setNameAr(event.target.value)}
            data-testid="source-name-ar"
          />
        </Field>
        <Field label={t.nameEn} error={errors.nameEn}>
          <input
            dir="ltr"
            value={nameEn}
            onChange={(event) => setNameEn(event.target.value)}
            data-testid="source-name-en"
          />
        </Field>
        <Field label={t.camp} error={errors.camp}>
          <select
            value={camp}
            onChange={(event) => setCamp(toApiCampId(event.target.value) ?? camp)}
            data-testid="source-camp"
          >
            {camps.map((item) => (
              <option key={item.id} value={item.id}>
                {lang === 'ar' ? item.nameAr : item.nameEn}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.kind} error={errors.kind}>
          <select
            value={kind}
            onChange={(event) => setKind(event.target.value as SourceKind)}
            data-testid="source-kind"
          >
            {SOURCE_KINDS.map((item) => (
              <option key={item} value={item}>
                {kindLabel(item)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {withAliases ? (
        <Field label={t.aliases} error={errors.aliases} hint={t.aliasesHint}>
          <textarea
            dir="auto"
            value={aliases}
            onChange={(event) => setAliases(event.target.value)}
            style={{ minBlockSize: '5rem' }}
            data-testid="source-aliases"
          />
        </Field>
      ) : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={pending} data-testid="source-submit">
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t.cancel}</Button> : null}
      </div>
    </form>
  );
}
