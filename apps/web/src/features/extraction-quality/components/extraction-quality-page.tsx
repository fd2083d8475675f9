import { useSearchParams } from 'react-router';
import { findCamp, useCamps } from '../../../lib/camps';
import { defineMessages, format, useI18n, useMessages } from '../../../lib/i18n';
import { whyRuleLabel } from '../../../lib/why-rule-label';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import { goldZipUrl, useExtractionQuality, type ExtractionQuality } from '../api/get-extraction-quality';
import { formatRatio, sortRules } from '../utils/quality-rows';

const messages = defineMessages({
  title: { en: 'Extraction quality', ar: 'جودة الاستخراج' },
  intro: {
    en: "How the extractor did, measured by the analysts' reviews: claims kept, corrected, rejected or added by hand in the period.",
    ar: 'أداء المستخرِج كما تقيسه مراجعات المحللين: الادعاءات التي أُبقيت أو صُحّحت أو رُفضت أو أُضيفت يدويًا في الفترة.',
  },
  from: { en: 'From', ar: 'من' },
  to: { en: 'To', ar: 'إلى' },
  period: { en: 'Reviewed from {from} to {to}', ar: 'المراجَع من {from} إلى {to}' },
  reviewed: { en: 'Reviewed claims', ar: 'الادعاءات المراجَعة' },
  precision: { en: 'Claim precision', ar: 'دقة الادعاءات' },
  precisionHint: { en: 'a rejected claim is a false positive', ar: 'الادعاء المرفوض إيجابية كاذبة' },
  source: { en: 'Source accuracy', ar: 'دقة المصدر' },
  camp: { en: 'Camp accuracy', ar: 'دقة المعسكر' },
  place: { en: 'Place accuracy', ar: 'دقة الأماكن' },
  misses: { en: 'Added by hand (missed)', ar: 'أُضيفت يدويًا (فاتت المستخرِج)' },
  byCamp: { en: 'By proposed camp', ar: 'حسب المعسكر المقترَح' },
  byRule: { en: 'By rule', ar: 'حسب القاعدة' },
  rule: { en: 'Rule', ar: 'القاعدة' },
  campColumn: { en: 'Camp', ar: 'المعسكر' },
  none: { en: 'No reviewed claims in this period yet.', ar: 'لا ادعاءات مراجَعة في هذه الفترة بعد.' },
  gold: { en: 'Download the gold set (.zip)', ar: 'تنزيل مجموعة التقييم بصيغة zip' },
  goldHint: {
    en: 'The reviewed articles published in the period, with a gold.json in the format of the evaluation sets: run them through the extractor to measure a new version.',
    ar: 'المقالات المراجَعة المنشورة في الفترة، مع ملف gold.json بصيغة مجموعات التقييم: شغّلها على المستخرِج لقياس نسخة جديدة.',
  },
});

export function ExtractionQualityPage() {
  const t = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const period = { from: params.get('from') || undefined, to: params.get('to') || undefined };
  const { data, isPending, error } = useExtractionQuality(period);

  const setDay = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <section className="page" data-testid="extraction-quality-page">
      <div className="page-header">
        <h1>{t.title}</h1>
      </div>
      <p className="muted">{t.intro}</p>
      <div className="row">
        <label className="field">
          <span className="field-label">{t.from}</span>
          <input
            type="date"
            value={period.from ?? ''}
            onChange={(e) => setDay('from', e.target.value)}
            data-testid="quality-from"
          />
        </label>
        <label className="field">
          <span className="field-label">{t.to}</span>
          <input
            type="date"
            value={period.to ?? ''}
            onChange={(e) => setDay('to', e.target.value)}
            data-testid="quality-to"
          />
        </label>
        <a className="button" href={goldZipUrl(period)} download data-testid="quality-gold-zip" title={t.goldHint}>
          {t.gold}
        </a>
      </div>
      {isPending ? (
        <Spinner label={t.title} />
      ) : error ? (
        <ErrorMessage error={error} />
      ) : (
        <QualityFigures quality={data} />
      )}
    </section>
  );
}

function QualityFigures({ quality }: { quality: ExtractionQuality }) {
  const t = useMessages(messages);
  const { lang, formatNumber, formatDate } = useI18n();
  const { data: camps } = useCamps();
  const ratio = (value: ExtractionQuality['precision']) => formatRatio(value, formatNumber);
  const headers = [t.reviewed, t.precision, t.source, t.camp, t.place];
  const cells = (row: ExtractionQuality) => [
    formatNumber(row.reviewed),
    ratio(row.precision),
    ratio(row.sourceAccuracy),
    ratio(row.campAccuracy),
    ratio(row.placeAccuracy),
  ];
  return (
    <div className="stack" data-testid="quality-figures">
      <p className="muted">
        {format(t.period, { from: formatDate(quality.period.from), to: formatDate(quality.period.to) })}
      </p>
      {quality.reviewed === 0 ? <p data-testid="quality-empty">{t.none}</p> : null}
      <dl className="quality-summary">
        {headers.map((label, index) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={`quality-${index}`}>{cells(quality)[index]}</dd>
          </div>
        ))}
        <div>
          <dt>{t.misses}</dt>
          <dd data-testid="quality-misses">{formatNumber(quality.misses)}</dd>
        </div>
      </dl>
      <p className="muted">{`${t.precision}: ${t.precisionHint}`}</p>
      <h2>{t.byCamp}</h2>
      <Table aria-label={t.byCamp} data-testid="quality-by-camp">
        <thead>
          <tr>
            <th>{t.campColumn}</th>
            {headers.map((header) => (
              <th key={header}>{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {quality.byCamp.map((row) => {
            const camp = findCamp(camps, row.camp);
            return (
              <tr key={row.camp}>
                <td>{lang === 'ar' ? camp.nameAr : camp.nameEn}</td>
                {cells({ ...quality, ...row }).map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
      <h2>{t.byRule}</h2>
      <Table aria-label={t.byRule} data-testid="quality-by-rule">
        <thead>
          <tr>
            <th>{t.rule}</th>
            {headers.map((header) => (
              <th key={header}>{header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sortRules(quality.byRule).map((row) => (
            <tr key={`${row.kind}:${row.rule}`}>
              <td>
                {whyRuleLabel(row.rule, lang)} <code dir="ltr">{row.rule}</code>
              </td>
              {cells({ ...quality, ...row }).map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
