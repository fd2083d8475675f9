import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement, isValidElement } from 'react';

export type FieldProps = {
  label: ReactNode;
  /** Messages from the API (`fieldErrors[name]`) or from the form itself. */
  error?: string | string[];
  hint?: ReactNode;
  /** One input, select or textarea; it gets the id, aria-invalid and aria-describedby. */
  children: ReactElement<Record<string, unknown>>;
  className?: string;
};

export function Field({ label, error, hint, children, className }: FieldProps) {
  const id = useId();
  const errors = Array.isArray(error) ? error : error ? [error] : [];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [errors.length ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: (children.props.id as string | undefined) ?? id,
        'aria-invalid': errors.length > 0 || undefined,
        'aria-describedby': describedBy,
      })
    : children;
  const controlId = (isValidElement(children) && (children.props.id as string | undefined)) || id;
  return (
    <div className={['field', errors.length ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={controlId}>{label}</label>
      {control}
      {hint ? (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      ) : null}
      {errors.length > 0 ? (
        <div id={errorId} className="field-error" role="alert">
          {errors.join(' ')}
        </div>
      ) : null}
    </div>
  );
}
