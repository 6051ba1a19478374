import { describeError, type CodeMessages, type FieldLabel } from '../i18n/describe-error';
import { useI18n } from '../i18n/i18n';

/** What went wrong, in words the user can act on; for server faults, the reference to quote. */
interface ErrorAlertProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
  /** This screen's own words for some codes. */
  readonly messages?: CodeMessages;
  /** Names the fields a refused step or calculation lists (dates, rule inputs). */
  readonly fieldLabel?: FieldLabel;
}

export function ErrorAlert({ error, onRetry, messages, fieldLabel }: ErrorAlertProps) {
  const { t, locale } = useI18n();
  if (error === undefined || error === null) return null;
  const { message, items, reference } = describeError(error, t, locale, messages, fieldLabel);
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-message">{message}</p>
      {items.length > 0 ? (
        <ul className="alert-items">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
      {reference ? (
        <p className="alert-reference">
          {t('error.reference')} <code>{reference}</code>
        </p>
      ) : null}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
