import { isApiError } from '../../../api/http-client';
import type { ReferralStatus, ReferralUrgency, ReferralWarningView } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { StaleAlert } from '../../../components/stale-alert';
import { useI18n } from '../../../i18n/i18n';
import { inLocale, referralStatusLabel, urgencyLabel } from '../../../i18n/labels';

/** The id of the consents section's heading: where a refusal for lack of consent sends the user. */
export const CONSENTS_HEADING_ID = 'referral-consents';

export function ReferralStatusBadge({ status }: { readonly status: ReferralStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-referral badge-referral-${status}`}>{referralStatusLabel(t, status)}</span>;
}

export function UrgencyBadge({ urgency }: { readonly urgency: ReferralUrgency }) {
  const { locale } = useI18n();
  return <span className={`badge badge-urgency-${urgency}`}>{urgencyLabel(locale, urgency)}</span>;
}

/** Where the referral does not fit what the file shows: a warning with its basis, never a block. */
export function ReferralWarnings({ warnings }: { readonly warnings: readonly ReferralWarningView[] }) {
  const { t, locale } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warning referral-warnings">
      <p className="alert-message">{t('referrals.warningsTitle')}</p>
      <ul className="plain-list">
        {warnings.map((warning) => (
          <li key={warning.code}>
            {inLocale(locale, warning.label.ja, warning.label.en)}
            <span className="basis small">
              {' '}
              <span className="muted">{t('referrals.basis')}</span> {warning.basis}
            </span>
          </li>
        ))}
      </ul>
      <p className="small">{t('referrals.warningsAdvice')}</p>
    </div>
  );
}

/** Moves the reader to the consents section, where the missing consent is recorded. */
function goToConsents(): void {
  const heading = document.getElementById(CONSENTS_HEADING_ID);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/**
 * A refused referral write in words the caseworker can act on: no consent (and where to record
 * it), someone else's change first, a step the referral cannot take now.
 */
export function ReferralErrorAlert({ error, onReload }: { readonly error: unknown; readonly onReload: () => void }) {
  const { t } = useI18n();
  if (error === undefined || error === null) return null;
  if (isApiError(error, 'STALE_VERSION')) return <StaleAlert onReload={onReload} />;
  if (isApiError(error, 'CONSENT_REQUIRED')) {
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-message">{t('referrals.consentRequired')}</p>
        <p>{t('referrals.consentRequiredNothingSent')}</p>
        <button type="button" className="button button-secondary button-small" onClick={goToConsents}>
          {t('referrals.goToConsents')}
        </button>
      </div>
    );
  }
  return (
    <ErrorAlert
      error={error}
      messages={{
        PARTNER_SERVICE_INACTIVE: 'referrals.error.PARTNER_SERVICE_INACTIVE',
        REFERRAL_TRANSITION_NOT_ALLOWED: 'referrals.error.REFERRAL_TRANSITION_NOT_ALLOWED',
        RECORD_NOT_FOUND: 'referrals.error.RECORD_NOT_FOUND',
      }}
    />
  );
}
