import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import type { Camp } from '../../../lib/camps';
import { format, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { useAddCamp, useUpdateCamp, type CampPatch } from '../api/conflicts';
import { conflictMessages } from '../messages';
import { campFormProblems, type CampFormValues } from '../utils/form-errors';
import { problemText } from '../utils/problem-text';

const ROLES = ['belligerent', 'un', 'international', 'unknown'] as const;

export type CampFormProps = {
  conflict: string;
  camp?: Pick<Camp, 'id' | 'nameEn' | 'nameAr' | 'color' | 'role' | 'order'>;
};

/** One camp edited inline (or, without `camp`, a new one); the API's pack errors show under their field. */
export function CampForm({ conflict, camp }: CampFormProps) {
  const t = useMessages(conflictMessages);
  const update = useUpdateCamp();
  const add = useAddCamp();
  const initial: CampFormValues = camp
    ? { ...camp, order: String(camp.order) }
    : { id: '', nameEn: '', nameAr: '', color: '#999999', role: 'belligerent', order: '1' };
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const testId = `camp-form-${conflict}-${camp?.id ?? 'new'}`;

  function set(key: keyof CampFormValues, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const local = problemText(campFormProblems(values), t);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const body: CampPatch = {
      nameEn: values.nameEn.trim(),
      nameAr: values.nameAr.trim(),
      color: values.color,
      role: values.role as CampPatch['role'],
      order: Number(values.order),
    };
    try {
      if (camp) {
        await update.mutateAsync({ conflict, camp: camp.id, body });
        setMessage({ kind: 'ok', text: format(t.saved, { id: camp.id }) });
      } else {
        await add.mutateAsync({ conflict, body: { ...body, id: values.id.trim() } });
        setMessage({ kind: 'ok', text: format(t.campAdded, { id: values.id.trim() }) });
        setValues(initial);
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // Pack errors name fields like `camps[3].role`: shown under the matching input, else above the row.
      const byField: Record<string, string[]> = {};
      const other: string[] = [];
      for (const [field, messages] of Object.entries(error.fieldErrors)) {
        const key = (Object.keys(values) as (keyof CampFormValues)[]).find((name) => field.split('.').at(-1) === name);
        if (key) byField[key] = [...(byField[key] ?? []), ...messages];
        else other.push(...messages);
      }
      setErrors(byField);
      if (other.length > 0 || Object.keys(byField).length === 0)
        setMessage({ kind: 'error', text: other.length > 0 ? other.join(' ') : error.message });
    }
  }

  return (
    <form className="form camp-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid={testId}>
      <div className="form-grid">
        <Field label={t.campId} error={errors.id}>
          <input
            value={values.id}
            dir="ltr"
            readOnly={Boolean(camp)}
            onChange={(event) => set('id', event.target.value)}
            data-testid={`${testId}-id`}
          />
        </Field>
        <Field label={t.nameEn} error={errors.nameEn}>
          <input
            value={values.nameEn}
            dir="ltr"
            onChange={(event) => set('nameEn', event.target.value)}
            data-testid={`${testId}-nameEn`}
          />
        </Field>
        <Field label={t.nameAr} error={errors.nameAr}>
          <input
            value={values.nameAr}
            dir="rtl"
            onChange={(event) => set('nameAr', event.target.value)}
            data-testid={`${testId}-nameAr`}
          />
        </Field>
        <Field label={t.color} error={errors.color}>
          <input
            value={values.color}
            dir="ltr"
            onChange={(event) => set('color', event.target.value)}
            data-testid={`${testId}-color`}
          />
        </Field>
        <Field label={t.role} error={errors.role}>
          <select
            value={values.role}
            onChange={(event) => set('role', event.target.value)}
            data-testid={`${testId}-role`}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t[`role_${role}`]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.order} error={errors.order}>
          <input
            value={values.order}
            inputMode="numeric"
            dir="ltr"
            onChange={(event) => set('order', event.target.value)}
            data-testid={`${testId}-order`}
          />
        </Field>
      </div>
      <Button type="submit" size="sm" disabled={update.isPending || add.isPending} data-testid={`${testId}-save`}>
        {camp ? t.save : t.addCamp}
      </Button>
      {message ? (
        <span
          className={message.kind === 'ok' ? 'muted' : 'field-error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
        >
          {message.text}
        </span>
      ) : null}
    </form>
  );
}
