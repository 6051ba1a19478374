import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';

interface ConfirmButtonProps {
  readonly label: string;
  /** The question shown before the action runs: what it does and to whom. */
  readonly question: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly busy?: boolean;
  readonly danger?: boolean;
  /** The smaller button, beside other small ones. */
  readonly small?: boolean;
}

/**
 * A button for actions with consequences (deactivating an account, ending sessions): the first
 * press asks in place, the second does it. No modal dialog: focus stays where the user is.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, busy = false, danger = false, small = false }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={openRef}
        type="button"
        className={`button ${danger ? 'button-danger-outline' : 'button-secondary'}${small ? ' button-small' : ''}`}
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className={`button ${danger ? 'button-danger' : 'button-primary'}`}
          disabled={busy}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
