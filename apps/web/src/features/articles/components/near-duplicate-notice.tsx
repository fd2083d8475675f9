import { Link } from 'react-router';
import { defineMessages, format, useI18n, useMessages } from '../../../lib/i18n';
import { similarityPercent, type NearDuplicate } from '../utils/near-duplicate';

const messages = defineMessages({
  same: {
    en: '{percent} % the same as article #{id} ({outlet}, {date}).',
    ar: 'مطابق بنسبة {percent} % للمقال رقم {id} ({outlet}، {date}).',
  },
  noOutlet: { en: 'no outlet', ar: 'دون وسيلة' },
  explain: {
    en: "Attached, it joins that article's story: its claims are counted once, and its outlet is counted among those that carried the story.",
    ar: 'عند إلحاقه ينضم إلى قصة ذلك المقال: تُحتسب ادعاءاتها مرة واحدة، وتُحتسب وسيلته بين الوسائل التي نشرت القصة.',
  },
  choice: { en: 'How to save it', ar: 'طريقة الحفظ' },
  attach: { en: 'Attach to story', ar: 'إلحاق بالقصة' },
  separate: { en: 'Save as separate', ar: 'حفظ كمقال مستقل' },
  open: { en: 'Open article #{id}', ar: 'افتح المقال رقم {id}' },
});

export type NearDuplicateNoticeProps = {
  near: NearDuplicate;
  separate: boolean;
  onSeparateChange: (separate: boolean) => void;
};

/** The preview found a near-duplicate: says how similar, to what, and lets the analyst attach it (default) or not. */
export function NearDuplicateNotice({ near, separate, onSeparateChange }: NearDuplicateNoticeProps) {
  const t = useMessages(messages);
  const { formatNumber, formatDate } = useI18n();
  return (
    <div className="alert alert-info stack" role="status" data-testid="near-duplicate">
      <p>
        {format(t.same, {
          percent: formatNumber(similarityPercent(near.similarity)),
          id: formatNumber(near.articleId),
          outlet: near.outlet ?? t.noOutlet,
          date: formatDate(near.publishedAt),
        })}{' '}
        <Link to={`/articles/${near.articleId}`}>{format(t.open, { id: formatNumber(near.articleId) })}</Link>
      </p>
      <p className="muted">{t.explain}</p>
      <fieldset className="row">
        <legend className="visually-hidden">{t.choice}</legend>
        <label>
          <input
            type="radio"
            name="near-duplicate"
            checked={!separate}
            onChange={() => onSeparateChange(false)}
            data-testid="near-duplicate-attach"
          />{' '}
          {t.attach}
        </label>
        <label>
          <input
            type="radio"
            name="near-duplicate"
            checked={separate}
            onChange={() => onSeparateChange(true)}
            data-testid="near-duplicate-separate"
          />{' '}
          {t.separate}
        </label>
      </fieldset>
    </div>
  );
}
