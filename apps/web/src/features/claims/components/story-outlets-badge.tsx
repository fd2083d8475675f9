import { definePlurals, useI18n } from '../../../lib/i18n';

const plurals = definePlurals({
  carried: {
    en: { one: 'carried by 1 outlet', other: 'carried by {n} outlets' },
    ar: {
      zero: 'لم تنشره أي وسيلة',
      one: 'نشرته وسيلة واحدة',
      two: 'نشرته وسيلتان',
      few: 'نشرته {n} وسائل',
      many: 'نشرته {n} وسيلة',
      other: 'نشرته {n} وسيلة',
    },
  },
});

export type StoryOutletsBadgeProps = { outlets: number };

/**
 * How many outlets carried the claim's story (reprints and light edits attached to it): a signal in itself. The
 * claim is still counted once. Nothing is shown for a story only one outlet ran.
 */
export function StoryOutletsBadge({ outlets }: StoryOutletsBadgeProps) {
  const { plural } = useI18n();
  if (outlets < 2) return null;
  return (
    <span className="chip" data-testid="story-outlets">
      {plural(plurals.carried, outlets)}
    </span>
  );
}
