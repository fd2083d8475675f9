import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { defineMessages, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import type { NarrativeInput } from '../api/narratives';
import {
  COLOR_PATTERN,
  formToInput,
  normaliseColor,
  validateNarrativeForm,
  type NarrativeFormValues,
} from '../utils/narrative-form';

const messages = defineMessages({
  nameEn: { en: 'English name', ar: 'الاسم بالإنجليزية' },
  nameAr: { en: 'Arabic name', ar: 'الاسم بالعربية' },
  description: { en: 'Description (optional)', ar: 'الوصف (اختياري)' },
  descriptionHint: {
    en: 'What the narrative claims, for analysts tagging claims.',
    ar: 'مضمون الرواية، لمساعدة المحللين عند وسم الادعاءات.',
  },
  color: { en: 'Colour', ar: 'اللون' },
  colorHint: {
    en: 'As #RRGGBB; used in charts and tags.',
    ar: 'بالصيغة \u2066#RRGGBB\u2069؛ يُستخدم في الرسوم البيانية والوسوم.',
  },
  colorPicker: { en: 'Pick a colour', ar: 'اختر لونًا' },
  cancel: { en: 'Cancel', ar: 'إلغاء' },
  required: { en: 'Required.', ar: 'مطلوب.' },
  badColor: {
    en: 'Use a colour as #RRGGBB, e.g. #E69F00.',
    ar: 'استخدم لونًا بالصيغة \u2066#RRGGBB\u2069، مثل \u2066#E69F00\u2069.',
  },
  duplicate: { en: 'Another narrative already has this English name.', ar: 'توجد رواية أخرى بالاسم الإنجليزي نفسه.' },
});

export type NarrativeFormProps = {
  initial: NarrativeFormValues;
  submitLabel: string;
  onSubmit: (input: NarrativeInput) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

export function NarrativeForm({ initial, submitLabel, onSubmit, onCancel, autoFocus }: NarrativeFormProps) {
  const t = useMessages(messages);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  // A different narrative remounts the form (the parent gives it a `key` per narrative), which resets its state.
  useEffect(() => {
    if (autoFocus) firstField.current?.focus();
    // Focus once, on mount: a re-render must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function set<K extends keyof NarrativeFormValues>(key: K, value: NarrativeFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const local = validateNarrativeForm(values);
    const localErrors: Record<string, string[]> = {};
    for (const [field, kind] of Object.entries(local))
      localErrors[field] = [kind === 'color' ? t.badColor : t.required];
    setErrors(localErrors);
    if (Object.keys(localErrors).length > 0) return;
    setPending(true);
    try {
      await onSubmit(formToInput(values));
    } catch (error) {
      if (error instanceof ApiError) {
        const fieldErrors = { ...error.fieldErrors };
        // The API's duplicate message is English; say it in the page's language.
        if (error.status === 409) fieldErrors.nameEn = [t.duplicate];
        setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length === 0) setFormError(error.message);
      } else {
        setFormError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setPending(false);
    }
  }

  const pickerValue = COLOR_PATTERN.test(normaliseColor(values.color))
    ? normaliseColor(values.color).toLowerCase()
    : '#000000';

  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="narrative-form">
      {formError ? (
        <div className="alert alert-error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="form-grid">
        <Field label={t.nameEn} error={errors.nameEn}>
          <input
            ref={firstField}
            dir="ltr"
            lang="en"
            maxLength={120}
            value={values.nameEn}
            onChange={(event) => set('nameEn', event.target.value)}
            data-testid="narrative-name-en"
          />
        </Field>
        <Field label={t.nameAr} error={errors.nameAr}>
          <input
            dir="rtl"
            lang="ar"
            maxLength={120}
            value={values.nameAr}
            onChange={(event) => set('nameAr', event.target.value)}
            data-testid="narrative-name-ar"
          />
        </Field>
        <div className="color-field">
          <Field label={t.color} error={errors.color} hint={t.colorHint}>
            <input
              dir="ltr"
              className="color-text"
              maxLength={7}
              spellCheck={false}
              value={values.color}
              onChange={(event) => set('color', event.target.value)}
              data-testid="narrative-color"
            />
          </Field>
          <input
            type="color"
            className="color-picker"
            aria-label={t.colorPicker}
            value={pickerValue}
            onChange={(event) => set('color', event.target.value.toUpperCase())}
            data-testid="narrative-color-picker"
          />
        </div>
      </div>
      <Field label={t.description} error={errors.description} hint={t.descriptionHint}>
        <textarea
          dir="auto"
          maxLength={1000}
          value={values.description}
          onChange={(event) => set('description', event.target.value)}
          style={{ minBlockSize: '4rem' }}
          data-testid="narrative-description"
        />
      </Field>
      <div className="row">
        <Button type="submit" variant="primary" disabled={pending} data-testid="narrative-submit">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} data-testid="narrative-cancel">
            {t.cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
