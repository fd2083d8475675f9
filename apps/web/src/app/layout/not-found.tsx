import { Link } from 'react-router';
import { defineMessages, useMessages } from '../../lib/i18n';
import { EmptyState } from '../../components/ui/empty-state';

const messages = defineMessages({
  title: { en: 'This page does not exist.', ar: 'هذه الصفحة غير موجودة.' },
  back: { en: 'Go to the dashboard', ar: 'الانتقال إلى لوحة المتابعة' },
});

export function NotFound() {
  const t = useMessages(messages);
  return <EmptyState title={t.title} action={<Link to="/dashboard">{t.back}</Link>} />;
}
