import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ClaimStatus } from '@claimline/contracts';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { eventDateLabel } from '../../../lib/event-date-label';
import { localName, type Narrative } from '../../../lib/lookups';
import { useStatusLabel } from '../../../lib/domain-labels';
import { CampBadge } from '../../../components/ui/camp-badge';
import { Table } from '../../../components/ui/table';
import { textProps } from '../../../lib/script';
import { keyToAction, moveSelection, STATUS_SHORTCUTS } from '../utils/keyboard';
import { rememberedRowIndex, rememberFocusedClaim } from '../utils/remembered-row';
import { InlineStatusSelect } from './inline-status-select';
import type { ClaimListItem } from '../api/types';
import { NarrativeCell } from './narrative-cell';
import { StoryOutletsBadge } from './story-outlets-badge';

const messages = defineMessages({
  caption: { en: 'Claims', ar: 'الادعاءات' },
  claim: { en: 'Claim', ar: 'الادعاء' },
  source: { en: 'Source', ar: 'المصدر' },
  camp: { en: 'Camp', ar: 'المعسكر' },
  eventDate: { en: 'Event date', ar: 'تاريخ الحدث' },
  places: { en: 'Places', ar: 'الأماكن' },
  narratives: { en: 'Narratives', ar: 'الروايات' },
  status: { en: 'Status', ar: 'الحالة' },
  editNarratives: { en: 'Edit', ar: 'تعديل' },
  noNarratives: { en: 'None', ar: 'لا شيء' },
  help: {
    en: 'Keys (any keyboard layout): j / k move · Enter opens · x ticks · status:',
    ar: 'المفاتيح (بأي لوحة مفاتيح): j / k للتنقل · Enter للفتح · x للتحديد · الحالة:',
  },
  selectAll: { en: 'Select every loaded claim', ar: 'تحديد كل الادعاءات المعروضة' },
  selectClaim: { en: 'Select claim', ar: 'تحديد الادعاء' },
  statusFor: { en: 'Status of claim', ar: 'حالة الادعاء' },
  linkHint: {
    en: '· Corroborated and Contested come from links, set on the claim page.',
    ar: '· «مؤيَّد» و«متنازع عليه» يأتيان من الروابط، من صفحة الادعاء.',
  },
});

export type ClaimConflict = { message: string; intended: string };

/** The bulk-review checkboxes; `onToggle`'s `extend` is a shift-click (a range from the last ticked row). */
export type ClaimsTableSelection = {
  ids: ReadonlySet<number>;
  header: 'all' | 'some' | 'none';
  onToggle: (id: number, extend: boolean) => void;
  onToggleAll: () => void;
};

export type ClaimsTableProps = {
  items: ClaimListItem[];
  narratives?: Narrative[];
  canEdit: boolean;
  onOpen: (id: number) => void;
  onStatusChange: (item: ClaimListItem, status: ClaimStatus) => void;
  onNarrativesChange?: (item: ClaimListItem, narrativeIds: number[]) => void;
  conflicts?: Record<number, ClaimConflict>;
  onRetry?: (id: number) => void;
  selection?: ClaimsTableSelection;
};

export function ClaimsTable({
  items,
  narratives = [],
  canEdit,
  onOpen,
  onStatusChange,
  onNarrativesChange,
  conflicts = {},
  onRetry,
  selection,
}: ClaimsTableProps) {
  const t = useMessages(messages);
  const statusLabel = useStatusLabel();
  const { lang } = useI18n();
  // Back from a claim's page, the list lands on the row it was on.
  const [selectedIndex, setSelected] = useState(() => rememberedRowIndex(items.map((item) => item.id)));
  // A shorter page (a new filter) keeps the selection on its last row.
  const selected = Math.min(selectedIndex, items.length - 1);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);
  // The document-wide key handler is registered once and reads the latest props through this ref.
  const latest = useRef({ items, selected, canEdit, onOpen, onStatusChange, selection });
  useLayoutEffect(() => {
    latest.current = { items, selected, canEdit, onOpen, onStatusChange, selection };
  });

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const action = keyToAction({
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        targetTag: target?.tagName,
        targetEditable: target?.isContentEditable,
      });
      if (!action) return;
      const current = latest.current;
      if (action.type === 'move') {
        event.preventDefault();
        setSelected((index) =>
          moveSelection(Math.min(index, current.items.length - 1), action.delta, current.items.length),
        );
        return;
      }
      const item = current.items[current.selected];
      if (!item) return;
      // Enter on a focused link or button keeps its own meaning.
      if (action.type === 'open' && target && ['A', 'BUTTON', 'SUMMARY'].includes(target.tagName)) return;
      event.preventDefault();
      if (action.type === 'open') current.onOpen(item.id);
      else if (action.type === 'toggle') current.selection?.onToggle(item.id, false);
      else if (current.canEdit && item.status !== action.status) current.onStatusChange(item, action.status);
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, []);

  const selectedId = items[selected]?.id;
  useEffect(() => {
    rowRefs.current[selected]?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  useEffect(() => {
    if (selectedId !== undefined) rememberFocusedClaim(selectedId);
  }, [selectedId]);
  const columns = selection ? 8 : 7;

  return (
    <>
      <p className="help-line" data-testid="keyboard-help">
        {t.help}{' '}
        {STATUS_SHORTCUTS.map((shortcut) => (
          <span key={shortcut.key} className="help-shortcut">
            <kbd>{shortcut.key}</kbd> {statusLabel(shortcut.status)}{' '}
          </span>
        ))}
        {t.linkHint}
      </p>
      <Table aria-label={t.caption} data-testid="claims-table" className="claims-table">
        <thead>
          <tr>
            {selection ? (
              <th className="select-cell">
                <HeaderCheckbox state={selection.header} label={t.selectAll} onToggle={selection.onToggleAll} />
              </th>
            ) : null}
            <th className="claim-text-cell">{t.claim}</th>
            <th>{t.source}</th>
            <th>{t.camp}</th>
            <th>{t.eventDate}</th>
            <th>{t.places}</th>
            <th>{t.narratives}</th>
            <th>{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const conflict = conflicts[item.id];
            return (
              <ClaimRowGroup key={item.id}>
                <tr
                  ref={(el) => {
                    rowRefs.current[index] = el;
                  }}
                  className={index === selected ? 'selected' : undefined}
                  aria-selected={index === selected}
                  data-testid={`claim-row-${item.id}`}
                  onClick={() => setSelected(index)}
                >
                  {selection ? (
                    <td className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={`${t.selectClaim} ${item.id}`}
                        data-testid={`select-claim-${item.id}`}
                        checked={selection.ids.has(item.id)}
                        onChange={(event) =>
                          selection.onToggle(item.id, (event.nativeEvent as MouseEvent).shiftKey === true)
                        }
                      />
                    </td>
                  ) : null}
                  <td className="claim-text-cell">
                    <Link to={`/claims/${item.id}`} {...textProps(item.text)} className="claim-link">
                      {item.text}
                    </Link>{' '}
                    <StoryOutletsBadge outlets={item.storyOutlets} />
                  </td>
                  <td>
                    <bdi>{item.source ? localName(item.source, lang) : item.sourceMention}</bdi>
                  </td>
                  <td>
                    <CampBadge camp={item.camp} />
                  </td>
                  <td>
                    <time dateTime={item.eventDate}>{eventDateLabel(item.eventDate, item.datePrecision, lang)}</time>
                  </td>
                  <td>
                    {item.locations.map((location) => (
                      <bdi key={location.id} className="chip">
                        {localName(location, lang)}
                      </bdi>
                    ))}
                  </td>
                  <td>
                    <NarrativeCell
                      item={item}
                      narratives={narratives}
                      canEdit={canEdit && Boolean(onNarrativesChange)}
                      onChange={onNarrativesChange}
                      editLabel={t.editNarratives}
                      noneLabel={t.noNarratives}
                    />
                  </td>
                  <td>
                    <InlineStatusSelect
                      label={`${t.statusFor} ${item.id}`}
                      testId={`status-select-${item.id}`}
                      status={item.status}
                      disabled={!canEdit}
                      onCommit={(status) => onStatusChange(item, status)}
                    />
                  </td>
                </tr>
                {conflict ? (
                  <tr className="conflict-row">
                    <td colSpan={columns}>
                      <div className="alert alert-warning row" role="alert">
                        <span>{conflict.message}</span>
                        <span>{conflict.intended}</span>
                        {onRetry ? (
                          <button type="button" className="btn btn-sm" onClick={() => onRetry(item.id)}>
                            ↻
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ) : null}
              </ClaimRowGroup>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}

function HeaderCheckbox({
  state,
  label,
  onToggle,
}: {
  state: 'all' | 'some' | 'none';
  label: string;
  onToggle: () => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  // "Some" has no HTML attribute: the mixed state is a DOM property.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      data-testid="select-all-loaded"
      checked={state === 'all'}
      onChange={onToggle}
    />
  );
}

function ClaimRowGroup({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
