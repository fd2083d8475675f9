import { useI18n } from '../../../lib/i18n';
import { localName, type Narrative } from '../../../lib/lookups';
import type { ClaimListItem } from '../api/types';

export type NarrativeCellProps = {
  item: ClaimListItem;
  narratives: Narrative[];
  canEdit: boolean;
  onChange?: (item: ClaimListItem, ids: number[]) => void;
  editLabel: string;
  noneLabel: string;
};

/** The claim's narratives as chips, with a checkbox list to change them in place. */
export function NarrativeCell({ item, narratives, canEdit, onChange, editLabel, noneLabel }: NarrativeCellProps) {
  const { lang } = useI18n();
  const chosen = new Set(item.narratives.map((narrative) => narrative.id));
  function handleToggle(id: number) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange?.(item, [...next]);
  }
  return (
    <div className="row">
      {item.narratives.length === 0 ? <span className="muted">{noneLabel}</span> : null}
      {item.narratives.map((narrative) => (
        <span key={narrative.id} className="chip" style={{ borderColor: narrative.color }}>
          <bdi>{localName(narrative, lang)}</bdi>
        </span>
      ))}
      {canEdit && narratives.length > 0 ? (
        <details className="narrative-editor typeahead">
          <summary className="btn btn-link btn-sm" data-testid={`edit-narratives-${item.id}`}>
            {editLabel}
          </summary>
          <div className="typeahead-list stack narrative-options">
            {narratives.map((narrative) => (
              <label key={narrative.id} className="row">
                <input type="checkbox" checked={chosen.has(narrative.id)} onChange={() => handleToggle(narrative.id)} />
                <span className="camp-swatch" style={{ backgroundColor: narrative.color }} aria-hidden="true" />
                <bdi>{localName(narrative, lang)}</bdi>
              </label>
            ))}
          </div>
        </details>
      ) : null}
    </div>
  );
}
