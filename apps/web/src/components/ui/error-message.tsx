import { errorMessage } from '../../lib/api-client';

export type ErrorMessageProps = { error: unknown };

export function ErrorMessage({ error }: ErrorMessageProps) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      {errorMessage(error)}
    </div>
  );
}
