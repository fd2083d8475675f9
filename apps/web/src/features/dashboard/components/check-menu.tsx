import type { ReactNode } from 'react';

export type CheckMenuOption = { value: string; label: ReactNode; color?: string };

export type CheckMenuProps = {
  label: string;
  summary: string;
  options: readonly CheckMenuOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  testId?: string;
};

/** A multi-select as a disclosure of checkboxes: keyboard-friendly, no custom listbox to get wrong. */
export function CheckMenu({ label, summary, options, selected, onChange, testId }: CheckMenuProps) {
  function handleToggle(value: string, checked: boolean) {
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  }
  return (
    <details className="check-menu" data-testid={testId}>
      <summary>
        <span className="check-menu-label">{label}</span> <span className="check-menu-summary">{summary}</span>
      </summary>
      <fieldset className="check-menu-options">
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="check-menu-option">
            <input
              type="checkbox"
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => handleToggle(option.value, event.target.checked)}
            />
            {option.color ? (
              <span className="camp-swatch" style={{ backgroundColor: option.color }} aria-hidden="true" />
            ) : null}
            <bdi>{option.label}</bdi>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
