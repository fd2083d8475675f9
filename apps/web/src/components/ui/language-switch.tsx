import { useI18n } from '../../lib/i18n';

/** Labelled in the language it switches to, as language pickers should be. */
export function LanguageSwitch() {
  const { lang, setLang } = useI18n();
  const next = lang === 'en' ? 'ar' : 'en';
  function handleClick() {
    setLang(next);
  }
  return (
    <button
      type="button"
      className="btn btn-secondary btn-sm lang-switch"
      data-testid="language-switch"
      lang={next}
      onClick={handleClick}
    >
      {next === 'ar' ? 'العربية' : 'English'}
    </button>
  );
}
