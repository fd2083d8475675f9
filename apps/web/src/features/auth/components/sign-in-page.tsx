import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useUser } from '../../../lib/auth';
import { defineMessages, useMessages } from '../../../lib/i18n';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { SignInForm } from './sign-in-form';
import { safeNextPath } from '../utils/safe-next';

const messages = defineMessages({
  title: { en: 'Sign in to Claimline', ar: 'تسجيل الدخول إلى كليم لاين' },
  intro: {
    en: 'Track who claims what in Arabic and English reporting.',
    ar: 'تابع من يدّعي ماذا في التغطية الإخبارية العربية والإنجليزية.',
  },
});

export function SignInPage() {
  const t = useMessages(messages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { data: user } = useUser();

  if (user) return <Navigate to={next} replace />;

  function handleSignedIn() {
    void navigate(next, { replace: true });
  }

  return (
    <main className="sign-in-page">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <LanguageSwitch />
        </div>
        <h1>{t.title}</h1>
        <p className="muted">{t.intro}</p>
        <SignInForm onSignedIn={handleSignedIn} />
      </div>
    </main>
  );
}
