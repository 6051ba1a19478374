import { useState } from 'react';
import { EnrolmentPanel } from '../../components/enrolment-panel';
import { ErrorAlert } from '../../components/error-alert';
import { Page } from '../../components/page';
import { RecoveryCodesPanel } from '../../components/recovery-codes-panel';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from '../../router/router';
import { useSession } from '../../session/session-context';

/**
 * Sign-in for a role that must use a second factor and has none yet: set it up, then keep the
 * recovery codes. The session becomes active with the confirmation; the dashboard waits until
 * the user says the codes are saved.
 */
export function EnrolmentStepPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const finish = useAction(() => session.refresh());

  const cancel = async () => {
    await session.signOut();
    navigate('/sign-in', { replace: true });
  };

  return (
    <Page title={t('enrol.title')} intro={codes ? undefined : t('enrol.requiredIntro')}>
      {codes ? (
        <>
          <ErrorAlert error={finish.error} />
          <RecoveryCodesPanel codes={codes} onDone={() => void finish.run()} />
        </>
      ) : (
        <>
          <EnrolmentPanel
            onEnrolled={(recoveryCodes) => {
              session.noteSecondFactor(true);
              setCodes(recoveryCodes);
            }}
          />
          <p className="secondary-links">
            <button type="button" className="button button-link" onClick={() => void cancel()}>
              {t('secondFactor.cancel')}
            </button>
          </p>
        </>
      )}
    </Page>
  );
}
