import { useState, type ChangeEvent } from 'react';
import { ApiError } from '../../../lib/api-client';
import { format, useMessages } from '../../../lib/i18n';
import { Field } from '../../../components/ui/field';
import { useImportPack, type PackImportResult } from '../api/conflicts';
import { conflictMessages } from '../messages';
import { packErrors, type PackError } from '../utils/form-errors';

/** A pack file read in the browser and sent as text; the result's counts, or each error with its line. */
export function PackImport() {
  const t = useMessages(conflictMessages);
  const importPack = useImportPack();
  const [result, setResult] = useState<PackImportResult | null>(null);
  const [errors, setErrors] = useState<PackError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setResult(null);
    setErrors([]);
    setFailure(null);
    if (!file) return;
    try {
      setResult(await importPack.mutateAsync(await file.text()));
    } catch (error) {
      const rows = error instanceof ApiError ? packErrors(error.fieldErrors) : [];
      setErrors(rows);
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      event.target.value = '';
    }
  }

  return (
    <div className="pack-import" data-testid="pack-import">
      <Field label={t.importFile}>
        <input
          type="file"
          accept=".yaml,.yml,.json,text/yaml"
          onChange={(event) => void handleFile(event)}
          data-testid="pack-file"
        />
      </Field>
      {importPack.isPending ? <p className="muted">{t.importing}</p> : null}
      {result ? (
        <p className="alert alert-success" role="status" data-testid="pack-result">
          {format(t.imported, {
            id: result.id,
            state: result.created ? t.stateCreated : t.stateUpdated,
            camps: result.camps,
            sources: result.sourcesAdded,
            places: result.placesAdded,
            narratives: result.narrativesAdded,
          })}
        </p>
      ) : null}
      {failure ? (
        <div className="alert alert-error" role="alert" data-testid="pack-errors">
          <p>{errors.length > 0 ? t.packInvalid : failure}</p>
          {errors.length > 0 ? (
            <ul>
              {errors.map((error, index) => (
                <li key={index} data-line={error.line ?? undefined}>
                  {error.line !== null ? <strong>{format(t.line, { n: error.line })}: </strong> : null}
                  <bdi dir="ltr">
                    {error.field}: {error.message}
                  </bdi>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
