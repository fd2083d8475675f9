import { Badge } from '../../../components/ui/badge';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import type { AttributionWhy } from '../api/types';
import { whyRuleLabel } from '../../../lib/why-rule-label';

const messages = defineMessages({
  title: { en: 'Why this source and camp?', ar: 'لماذا هذا المصدر وهذا المعسكر؟' },
  cue: { en: 'Cue', ar: 'فعل الإسناد' },
  source: { en: 'Source', ar: 'المصدر' },
  camp: { en: 'Camp', ar: 'المعسكر' },
  none: {
    en: 'No reasons stored: an analyst marked this claim, or it was stored before the extractor kept its reasons.',
    ar: 'لا تعليل محفوظ: حدّد محلّلٌ هذا الادعاء، أو خُزّن قبل أن يحفظ المستخرِج تعليله.',
  },
});

export type AttributionWhyPanelProps = { why: AttributionWhy | null };

/**
 * The extractor's reasons for the claim: for the cue, the source and the camp, the rule's short name, its stable id
 * (what analysts' quality figures are counted by) and the engine's sentence with the evidence (in English).
 */
export function AttributionWhyPanel({ why }: AttributionWhyPanelProps) {
  const t = useMessages(messages);
  const { lang } = useI18n();
  return (
    <div className="panel" data-testid="attribution-why">
      <h2>{t.title}</h2>
      {why ? (
        <dl className="stack">
          {(['cue', 'source', 'camp'] as const).map((part) => (
            <div key={part} data-testid={`why-${part}`}>
              <dt>
                <strong>{t[part]}</strong>: {whyRuleLabel(why[part].rule, lang)}{' '}
                <Badge>
                  <code dir="ltr">{why[part].rule}</code>
                </Badge>
              </dt>
              <dd className="muted" dir="ltr" lang="en" style={{ margin: 0 }}>
                {why[part].text}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t.none}</p>
      )}
    </div>
  );
}
