import { useEffect, useRef } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { useMessages } from '../../../lib/i18n';
import { compareMessages } from '../messages';
import type { ClaimArticle, ContestedPair } from '../types';
import { ContestedSides, EvidenceList } from './contested-pair-parts';

export type ConfirmLinkDialogProps = {
  pair: ContestedPair;
  articles: Map<number, ClaimArticle>;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A link regrades both claims, so it is never one click: the analyst sees both claims, their outlets
 * and the evidence before confirming. A modal <dialog> keeps focus inside and closes on Escape.
 */
export function ConfirmLinkDialog({ pair, articles, pending, error, onConfirm, onCancel }: ConfirmLinkDialogProps) {
  const t = useMessages(compareMessages);
  const ref = useRef<HTMLDialogElement>(null);

  // Opened as a modal once mounted; the parent unmounts it to close.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  return (
    <dialog
      ref={ref}
      className="contested-dialog"
      aria-labelledby="contested-dialog-title"
      data-testid="confirm-link-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="contested-dialog-title">{t.confirmTitle}</h2>
      <p className="help-line">{t.confirmBody}</p>
      <EvidenceList evidence={pair.evidence} />
      <ContestedSides pair={pair} articles={articles} />
      <ErrorMessage error={error} />
      <div className="contested-dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel} data-testid="confirm-link-cancel">
          {t.cancel}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={onConfirm}
          disabled={pending}
          data-testid="confirm-link"
        >
          {pending ? t.linking : t.confirmLink}
        </button>
      </div>
    </dialog>
  );
}
