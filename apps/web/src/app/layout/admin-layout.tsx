import { NavLink, Outlet } from 'react-router';
import { defineMessages, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  adminNav: { en: 'Administration', ar: 'الإدارة' },
  users: { en: 'Users', ar: 'المستخدمون' },
  narratives: { en: 'Narratives', ar: 'الروايات' },
  audit: { en: 'Audit log', ar: 'سجل التدقيق' },
  quality: { en: 'Extraction quality', ar: 'جودة الاستخراج' },
  conflicts: { en: 'Conflicts', ar: 'النزاعات' },
});

/** The admin area's own navigation above each admin page; the route itself is guarded by RequirePermission. */
export function AdminLayout() {
  const t = useMessages(messages);
  const links = [
    { to: '/admin/users', label: t.users, testId: 'admin-nav-users' },
    { to: '/admin/narratives', label: t.narratives, testId: 'admin-nav-narratives' },
    { to: '/admin/audit', label: t.audit, testId: 'admin-nav-audit' },
    { to: '/admin/extraction-quality', label: t.quality, testId: 'admin-nav-quality' },
    { to: '/admin/conflicts', label: t.conflicts, testId: 'admin-nav-conflicts' },
  ];
  return (
    <div className="admin-area">
      <nav className="admin-nav" aria-label={t.adminNav} data-testid="admin-nav">
        {links.map((link) => (
          <NavLink
            key={link.to}
            to={link.to}
            className={({ isActive }) => (isActive ? 'admin-nav-link active' : 'admin-nav-link')}
            data-testid={link.testId}
          >
            {link.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
