import { findCamp, useCamps } from '../../lib/camps';
import { useI18n } from '../../lib/i18n';

export type CampBadgeProps = { camp: string | null | undefined };

export function CampBadge({ camp }: CampBadgeProps) {
  const { lang } = useI18n();
  const { data } = useCamps();
  const found = findCamp(data, camp);
  const name = lang === 'ar' ? found.nameAr : found.nameEn;
  return (
    <span className="camp-badge" data-camp={found.id} title={found.descriptionEn} style={{ borderColor: found.color }}>
      <span className="badge-swatch" style={{ backgroundColor: found.color }} aria-hidden="true" />
      <bdi>{name}</bdi>
    </span>
  );
}
