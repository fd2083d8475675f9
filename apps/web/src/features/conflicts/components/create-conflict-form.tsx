import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { format, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { useCreateConflict } from '../api/conflicts';
import { conflictMessages } from '../messages';
import { conflictFormProblems, type ConflictFormValues } from '../utils/form-errors';
import { problemText } from '../utils/problem-text';

const EMPTY: ConflictFormValues = { id: '', nameEn: '', nameAr: '', periodFrom: '', periodTo: '' };

export function CreateConflictForm() {
  const t = useMessages(conflictMessages);
  const create = useCreateConflict();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  function set(key: keyof ConflictFormValues, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    setFormError(null);
    const local = problemText(conflictFormProblems(values), t);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const created = await create.mutateAsync({
        id: values.id.trim(),
        nameEn: values.nameEn.trim(),
        nameAr: values.nameAr.trim(),
        periodFrom: values.periodFrom,
        ...(values.periodTo ? { periodTo: values.periodTo } : {}),
      });
      setValues(EMPTY);
      setNotice(format(t.created, { name: created.nameEn }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fieldErrors = error.status === 409 ? { id: [t.exists] } : error.fieldErrors;
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setFormError(error.message);
    }
  }

  const fields: { key: keyof ConflictFormValues; label: string; type?: string; dir?: 'ltr' | 'rtl' }[] = [
    { key: 'id', label: t.id, dir: 'ltr' },
    { key: 'nameEn', label: t.nameEn, dir: 'ltr' },
    { key: 'nameAr', label: t.nameAr, dir: 'rtl' },
    { key: 'periodFrom', label: t.periodFrom, type: 'date' },
    { key: 'periodTo', label: t.periodTo, type: 'date' },
  ];
  return (
    <form className="form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="conflict-form">
      {formError ? (
        <div className="alert alert-error" role="alert">
          {formError}
        </div>
      ) : null}
      {notice ? (
        <div className="alert alert-success" role="status">
          {notice}
        </div>
      ) : null}
      <div className="form-grid">
        {fields.map((field) => (
          <Field key={field.key} label={field.label} error={errors[field.key]}>
            <input
              type={field.type ?? 'text'}
              dir={field.dir}
              value={values[field.key]}
              onChange={(event) => set(field.key, event.target.value)}
              data-testid={`conflict-${field.key}`}
            />
          </Field>
        ))}
      </div>
      <Button type="submit" disabled={create.isPending} data-testid="conflict-create">
        {t.create}
      </Button>
    </form>
  );
}
