import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { useI18n } from '../../lib/i18n';
import { documentTitle, titleKeyOf } from '../page-titles';

/** Keeps `document.title` on the current page's name, in the UI language (screen readers announce it). */
export function DocumentTitle() {
  const { lang } = useI18n();
  const matches = useMatches();
  const key = titleKeyOf(matches.map((match) => match.handle));
  useEffect(() => {
    document.title = documentTitle(lang, key);
  }, [lang, key]);
  return null;
}
