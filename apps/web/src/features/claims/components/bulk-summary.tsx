import { definePlurals, defineMessages, format, useI18n, useMessages } from '../../../lib/i18n';
import { localName, type Narrative } from '../../../lib/lookups';
import { useStatusLabel } from '../../../lib/domain-labels';
import { Button } from '../../../components/ui/button';
import type { BulkResult } from '../api/bulk-claims';
import { bulkSummaryLines, groupSkipped, type BulkSummaryLine } from '../utils/bulk-summary';

const messages = defineMessages({
  counts: {
    en: 'Changed {changed} · unchanged {unchanged} · skipped {skipped}',
    ar: 'غُيّر {changed} · دون تغيير {unchanged} · تُخطّي {skipped}',
  },
  statusFrom: { en: 'were {status}', ar: 'كانت حالتها «{status}»' },
  narrativeAdded: { en: 'given «{name}»', ar: 'أُضيفت إليها «{name}»' },
  narrativeRemoved: { en: 'no longer «{name}»', ar: 'أُزيلت منها «{name}»' },
  source: { en: 'moved to the new source', ar: 'نُقلت إلى المصدر الجديد' },
  camp: { en: 'changed camp with it', ar: 'تغيّر معسكرها معه' },
  'not-found': { en: 'no longer exist', ar: 'لم تعد موجودة' },
  'status-needs-links': {
    en: 'left as they were: Corroborated and Contested come only from links',
    ar: 'بقيت كما هي: «مؤيَّد» و«متنازع عليه» لا يأتيان إلا من الروابط',
  },
  undo: { en: 'Undo', ar: 'تراجع' },
  undoing: { en: 'Undoing…', ar: 'جارٍ التراجع…' },
  unknownNarrative: { en: 'narrative #{id}', ar: 'الرواية رقم {id}' },
});

const plurals = definePlurals({
  claims: {
    en: { one: '1 claim', other: '{n} claims' },
    ar: {
      zero: 'لا ادعاءات',
      one: 'ادعاء واحد',
      two: 'ادعاءان',
      few: '{n} ادعاءات',
      many: '{n} ادعاءً',
      other: '{n} ادعاء',
    },
  },
  restored: {
    en: { one: 'Undone: 1 claim restored.', other: 'Undone: {n} claims restored.' },
    ar: {
      zero: 'تم التراجع: لم يُستعد أي ادعاء.',
      one: 'تم التراجع: استُعيد ادعاء واحد.',
      two: 'تم التراجع: استُعيد ادعاءان.',
      few: 'تم التراجع: استُعيدت {n} ادعاءات.',
      many: 'تم التراجع: استُعيد {n} ادعاءً.',
      other: 'تم التراجع: استُعيد {n} ادعاء.',
    },
  },
});

export type BulkSummaryProps = {
  result: BulkResult;
  narratives: Narrative[];
  undoing: boolean;
  restored: number | null;
  onUndo: (bulkId: string) => void;
};

/** What the last bulk action changed, in claims, with its Undo (until it is undone). */
export function BulkSummary({ result, narratives, undoing, restored, onUndo }: BulkSummaryProps) {
  const t = useMessages(messages);
  const { lang, plural, formatNumber } = useI18n();
  const statusLabel = useStatusLabel();
  const narrativeName = (id: number) => {
    const narrative = narratives.find((n) => n.id === id);
    return narrative ? localName(narrative, lang) : format(t.unknownNarrative, { id });
  };
  const describe = (line: BulkSummaryLine): string => {
    switch (line.kind) {
      case 'statusFrom':
        return format(t.statusFrom, { status: statusLabel(line.status) });
      case 'narrativeAdded':
      case 'narrativeRemoved':
        return format(t[line.kind], { name: narrativeName(line.narrativeId) });
      default:
        return t[line.kind];
    }
  };

  return (
    <div className="alert alert-info bulk-summary" role="status" data-testid="bulk-summary">
      <div className="row">
        <strong>
          {format(t.counts, {
            changed: formatNumber(result.changed),
            unchanged: formatNumber(result.unchanged),
            skipped: formatNumber(result.skipped.length),
          })}
        </strong>
        {result.bulkId && restored === null ? (
          <Button size="sm" disabled={undoing} onClick={() => onUndo(result.bulkId!)} data-testid="bulk-undo">
            {undoing ? t.undoing : t.undo}
          </Button>
        ) : null}
      </div>
      <ul>
        {bulkSummaryLines(result.summary).map((line, index) => (
          <li key={index}>
            {plural(plurals.claims, line.claims)} {describe(line)}
          </li>
        ))}
        {groupSkipped(result.skipped).map((group) => {
          const code = result.skipped.find((skip) => skip.reason === group.reason)?.code;
          return (
            <li key={group.reason}>
              {plural(plurals.claims, group.ids.length)} {code ? t[code] : group.reason} (
              {group.ids
                .slice(0, 10)
                .map((id) => `#${id}`)
                .join(', ')}
              {group.ids.length > 10 ? '…' : ''})
            </li>
          );
        })}
      </ul>
      {restored !== null ? <p data-testid="bulk-undone">{plural(plurals.restored, restored)}</p> : null}
    </div>
  );
}
