import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useLogin, type User } from '../../../lib/auth';
import { defineMessages, useMessages } from '../../../lib/i18n';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';

const messages = defineMessages({
  email: { en: 'Email', ar: 'البريد الإلكتروني' },
  password: { en: 'Password', ar: 'كلمة المرور' },
  submit: { en: 'Sign in', ar: 'تسجيل الدخول' },
  submitting: { en: 'Signing in…', ar: 'جارٍ تسجيل الدخول…' },
  emailRequired: { en: 'Enter your email address.', ar: 'أدخل بريدك الإلكتروني.' },
  emailInvalid: { en: 'This does not look like an email address.', ar: 'هذا لا يبدو عنوان بريد إلكتروني.' },
  passwordRequired: { en: 'Enter your password.', ar: 'أدخل كلمة المرور.' },
  badCredentials: { en: 'Wrong email or password.', ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.' },
  tooMany: { en: 'Too many attempts. Wait a minute and try again.', ar: 'محاولات كثيرة. انتظر دقيقة ثم حاول مجددًا.' },
});

export type SignInFormProps = { onSignedIn: (user: User) => void };

type Errors = { email?: string[]; password?: string[]; form?: string };

export function validateSignIn(
  email: string,
  password: string,
  t: { emailRequired: string; emailInvalid: string; passwordRequired: string },
): Errors {
  const errors: Errors = {};
  if (!email.trim()) errors.email = [t.emailRequired];
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = [t.emailInvalid];
  if (!password) errors.password = [t.passwordRequired];
  return errors;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const t = useMessages(messages);
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = validateSignIn(email, password, t);
    setErrors(local);
    if (local.email || local.password) return;
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (response) => onSignedIn(response.user),
        onError: (error) => {
          if (error instanceof ApiError) {
            const form = error.status === 401 ? t.badCredentials : error.status === 429 ? t.tooMany : error.message;
            setErrors({ email: error.fieldErrors.email, password: error.fieldErrors.password, form });
          } else {
            setErrors({ form: error.message });
          }
        },
      },
    );
  }

  return (
    <form className="form sign-in-form" onSubmit={handleSubmit} noValidate>
      {errors.form ? (
        <div className="alert alert-error" role="alert" data-testid="sign-in-error">
          {errors.form}
        </div>
      ) : null}
      <Field label={t.email} error={errors.email}>
        <input
          name="email"
          type="email"
          autoComplete="username"
          dir="ltr"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </Field>
      <Field label={t.password} error={errors.password}>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          dir="ltr"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <Button type="submit" variant="primary" disabled={login.isPending}>
        {login.isPending ? t.submitting : t.submit}
      </Button>
    </form>
  );
}
