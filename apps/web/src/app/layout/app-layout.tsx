import { useEffect } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { SIGNED_OUT_EVENT } from '../../lib/api-client';
import { ME_QUERY_KEY, can, useLogout, useUser } from '../../lib/auth';
import { defineMessages, useMessages } from '../../lib/i18n';
import { Button } from '../../components/ui/button';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { useConflict } from '../../lib/conflict/conflict-provider';
import { CampsLegend } from './camps-legend';
import { ConflictSwitcher } from './conflict-switcher';

const messages = defineMessages({
  appName: { en: 'Claimline', ar: 'كليم لاين' },
  tagline: { en: 'Competing narratives, attributed', ar: 'روايات متنافسة ومنسوبة إلى مصادرها' },
  mainNav: { en: 'Main navigation', ar: 'التنقل الرئيسي' },
  dashboard: { en: 'Dashboard', ar: 'لوحة المتابعة' },
  compare: { en: 'Compare', ar: 'مقارنة' },
  map: { en: 'Map', ar: 'الخريطة' },
  claims: { en: 'Claims', ar: 'الادعاءات' },
  articles: { en: 'Articles', ar: 'المقالات' },
  feeds: { en: 'Feeds', ar: 'الخلاصات' },
  sources: { en: 'Sources', ar: 'المصادر' },
  exports: { en: 'Exports', ar: 'التصدير' },
  admin: { en: 'Admin', ar: 'الإدارة' },
  signOut: { en: 'Sign out', ar: 'تسجيل الخروج' },
  skip: { en: 'Skip to content', ar: 'انتقل إلى المحتوى' },
  role_viewer: { en: 'viewer', ar: 'مشاهد' },
  role_analyst: { en: 'analyst', ar: 'محلل' },
  role_admin: { en: 'admin', ar: 'مسؤول' },
});

export function AppLayout() {
  const t = useMessages(messages);
  const { data: user } = useUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  // Links stay plain: ConflictProvider puts the current conflict back on any URL that lacks it.
  const { conflict } = useConflict();

  // Any 401 from the API means the session ended elsewhere (expiry, another tab).
  useEffect(() => {
    function handleSignedOut() {
      queryClient.setQueryData(ME_QUERY_KEY, null);
    }
    window.addEventListener(SIGNED_OUT_EVENT, handleSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, handleSignedOut);
  }, [queryClient]);

  function handleSignOut() {
    logout.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });
  }

  const links = [
    { to: '/dashboard', label: t.dashboard },
    { to: '/compare', label: t.compare },
    { to: '/map', label: t.map },
    { to: '/claims', label: t.claims },
    { to: '/articles', label: t.articles },
    { to: '/feeds', label: t.feeds },
    { to: '/sources', label: t.sources },
    { to: '/exports', label: t.exports },
    ...(can(user?.role, 'admin') ? [{ to: '/admin/users', label: t.admin }] : []),
  ];
  const roleLabel = user ? (t[`role_${user.role}` as 'role_viewer'] ?? user.role) : '';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="app-header">
        <div className="app-brand">
          <NavLink to="/dashboard" className="app-name">
            {t.appName}
          </NavLink>
          <span className="app-tagline">{t.tagline}</span>
        </div>
        <nav className="app-nav" aria-label={t.mainNav}>
          {links.map((link) => (
            <NavLink
              key={link.to}
              to={link.to}
              // The admin link stays highlighted on every admin page (users, narratives, audit log).
              className={({ isActive }) =>
                isActive || (link.to.startsWith('/admin/') && pathname.startsWith('/admin/'))
                  ? 'nav-link active'
                  : 'nav-link'
              }
            >
              {link.label}
            </NavLink>
          ))}
        </nav>
        <div className="app-user">
          <ConflictSwitcher />
          <LanguageSwitch />
          {user ? (
            <span className="user-chip" data-testid="current-user">
              <bdi className="user-email">{user.email}</bdi>
              <span className="user-role" data-testid="current-role">
                {roleLabel}
              </span>
            </span>
          ) : null}
          <Button size="sm" onClick={handleSignOut} disabled={logout.isPending} data-testid="sign-out">
            {t.signOut}
          </Button>
        </div>
      </header>
      <CampsLegend />
      <main id="main" className="app-main">
        {/* A new conflict remounts the page: its queries start over under the new conflict's keys. */}
        <Outlet key={conflict} />
      </main>
    </div>
  );
}
