import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useDebouncedValue } from '../../hooks/use-debounced-value';

// Any query key shape: callers build their own queryOptions (mutable or readonly keys).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKey = any;

export type TypeaheadProps<T> = {
  /** Builds the search query for the typed text (e.g. sourceSearchQueryOptions). */
  queryFor: (q: string) => UseQueryOptions<T[], Error, T[], AnyKey>;
  getKey: (item: T) => string | number;
  renderOption: (item: T) => ReactNode;
  onSelect: (item: T) => void;
  placeholder?: string;
  label: string;
  noResults?: string;
  initialText?: string;
  /** Empties the box after a pick (adding chips) instead of showing the picked text. */
  clearOnSelect?: boolean;
  textFor?: (item: T) => string;
  disabled?: boolean;
  id?: string;
  testId?: string;
  minChars?: number;
};

/** A combobox over an API search: debounced typing, arrow keys, Enter to pick, Escape to close. */
export function Typeahead<T>({
  queryFor,
  getKey,
  renderOption,
  onSelect,
  placeholder,
  label,
  noResults = '—',
  initialText = '',
  clearOnSelect = false,
  textFor,
  disabled,
  id,
  testId,
  minChars = 1,
}: TypeaheadProps<T>) {
  const generated = useId();
  const inputId = id ?? generated;
  const listId = `${inputId}-list`;
  const [text, setText] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 200);
  const enabled = open && q.length >= minChars;
  const { data = [], isFetching } = useQuery({ ...queryFor(q), enabled });
  const items = enabled ? data.slice(0, 12) : [];

  function pick(item: T) {
    onSelect(item);
    setText(clearOnSelect ? '' : (textFor?.(item) ?? text));
    setOpen(false);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(items.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && items[active]) {
        event.preventDefault();
        pick(items[active]);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="typeahead">
      <input
        id={inputId}
        type="search"
        dir="auto"
        role="combobox"
        aria-label={label}
        aria-expanded={open && items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={handleKeyDown}
      />
      {open && enabled ? (
        <ul className="typeahead-list" id={listId} role="listbox" aria-label={label}>
          {items.length === 0 && !isFetching ? <li className="typeahead-option muted">{noResults}</li> : null}
          {items.map((item, index) => (
            <li
              key={getKey(item)}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className="typeahead-option"
              onMouseDown={(event) => {
                event.preventDefault();
                pick(item);
              }}
            >
              {renderOption(item)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
