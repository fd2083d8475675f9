import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useCan, useUser, type Permission } from '../../lib/auth';
import { defineMessages, useMessages } from '../../lib/i18n';
import { Spinner } from '../../components/ui/spinner';
import { ErrorMessage } from '../../components/ui/error-message';
import { EmptyState } from '../../components/ui/empty-state';

const messages = defineMessages({
  loading: { en: 'Checking your session…', ar: 'جارٍ التحقق من الجلسة…' },
  forbidden: { en: 'Your role cannot open this page.', ar: 'لا يسمح دورك بفتح هذه الصفحة.' },
  forbiddenHint: { en: 'Ask an administrator for a different role.', ar: 'اطلب من أحد المسؤولين دورًا آخر.' },
});

export type RequireAuthProps = { children: ReactNode };

/** Asks GET /api/auth/session once; no user → the sign-in page, remembering where the user wanted to go. */
export function RequireAuth({ children }: RequireAuthProps) {
  const t = useMessages(messages);
  const location = useLocation();
  const { data: user, isPending, error } = useUser();
  if (isPending) {
    return (
      <div className="page-center">
        <Spinner label={t.loading} />
      </div>
    );
  }
  if (error) return <ErrorMessage error={error} />;
  if (!user) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

export type RequirePermissionProps = { permission: Permission; children: ReactNode };

export function RequirePermission({ permission, children }: RequirePermissionProps) {
  const t = useMessages(messages);
  const allowed = useCan(permission);
  if (!allowed) return <EmptyState title={t.forbidden}>{t.forbiddenHint}</EmptyState>;
  return <>{children}</>;
}
