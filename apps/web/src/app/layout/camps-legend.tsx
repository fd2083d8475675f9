import { useCamps } from '../../lib/camps';
import { defineMessages, useI18n, useMessages } from '../../lib/i18n';

const messages = defineMessages({
  camps: { en: 'Camps', ar: 'المعسكرات' },
});

export function CampsLegend() {
  const t = useMessages(messages);
  const { lang } = useI18n();
  const { data } = useCamps();
  // Nothing until the conflict's camps are known: no other conflict's camps in the meantime.
  const camps = data ?? [];
  return (
    <aside className="camps-legend" aria-label={t.camps}>
      <span className="camps-legend-title">{t.camps}</span>
      <ul>
        {camps.map((camp) => (
          <li key={camp.id} data-testid={`camp-${camp.id}`} title={camp.descriptionEn}>
            <span className="camp-swatch" style={{ backgroundColor: camp.color }} aria-hidden="true" />
            <span lang={lang}>{lang === 'ar' ? camp.nameAr : camp.nameEn}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
