import { useState, type FormEvent } from 'react';
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_LENGTH, USER_ROLES, type UserRole } from '@claimline/contracts';
import { ApiError } from '../../../lib/api-client';
import { defineMessages, useMessages } from '../../../lib/i18n';
import { useRoleLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { useCreateUser } from '../api/users';

const messages = defineMessages({
  title: { en: 'Add a user', ar: 'إضافة مستخدم' },
  email: { en: 'Email', ar: 'البريد الإلكتروني' },
  role: { en: 'Role', ar: 'الدور' },
  password: { en: 'Initial password', ar: 'كلمة المرور الأولية' },
  passwordHint: {
    en: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_BYTES} characters (${PASSWORD_MAX_BYTES / 2} in Arabic script); share it privately.`,
    ar: `من ${PASSWORD_MIN_LENGTH} إلى ${PASSWORD_MAX_BYTES} حرفًا (${PASSWORD_MAX_BYTES / 2} بالحروف العربية)؛ شاركها بشكل خاص.`,
  },
  create: { en: 'Create user', ar: 'إنشاء المستخدم' },
  created: { en: 'User {email} created.', ar: 'أُنشئ المستخدم {email}.' },
  required: { en: 'Required.', ar: 'مطلوب.' },
});

export function CreateUserForm() {
  const t = useMessages(messages);
  const roleLabel = useRoleLabel();
  const create = useCreateUser();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>('analyst');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    setFormError(null);
    const local: Record<string, string[]> = {};
    if (!email.trim()) local.email = [t.required];
    if (!password) local.password = [t.required];
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    create.mutate(
      { email: email.trim(), role, password },
      {
        onSuccess: (user) => {
          setCreated(t.created.replace('{email}', user.email));
          setEmail('');
          setPassword('');
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors);
          setFormError(error.message);
        },
      },
    );
  }

  return (
    <form className="panel form" onSubmit={handleSubmit} noValidate data-testid="create-user-form">
      <h2>{t.title}</h2>
      {formError ? (
        <div className="alert alert-error" role="alert">
          {formError}
        </div>
      ) : null}
      {created ? (
        <div className="alert alert-success" role="status" data-testid="user-created">
          {created}
        </div>
      ) : null}
      <div className="form-grid">
        <Field label={t.email} error={errors.email}>
          <input
            type="email"
            dir="ltr"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            data-testid="new-user-email"
          />
        </Field>
        <Field label={t.role} error={errors.role}>
          <select
            value={role}
            onChange={(event) => setRole(event.target.value as UserRole)}
            data-testid="new-user-role"
          >
            {USER_ROLES.map((item) => (
              <option key={item} value={item}>
                {roleLabel(item)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.password} error={errors.password} hint={t.passwordHint}>
          <input
            type="password"
            dir="ltr"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            data-testid="new-user-password"
          />
        </Field>
      </div>
      <div className="row">
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="new-user-submit">
          {t.create}
        </Button>
      </div>
    </form>
  );
}
