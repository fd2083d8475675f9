import { Link } from 'react-router';
import { defineMessages, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  title: { en: 'Page not found', ar: 'الصفحة غير موجودة' },
  body: { en: 'This page does not exist.', ar: 'هذه الصفحة غير موجودة.' },
  back: { en: 'Go to the dashboard', ar: 'الانتقال إلى لوحة المتابعة' },
});

/** A page of its own: an h1 like every other page, so screen-reader users land on what happened. */
export function NotFound() {
  const t = useMessages(messages);
  return (
    <div className="page" data-testid="not-found">
      <header className="page-header">
        <h1>{t.title}</h1>
      </header>
      <p>{t.body}</p>
      <p>
        <Link to="/dashboard">{t.back}</Link>
      </p>
    </div>
  );
}
