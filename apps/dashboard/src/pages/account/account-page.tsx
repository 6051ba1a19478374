import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth-api';
import { isApiError } from '../../api/http-client';
import type { EnrolmentStart } from '../../api/types';
import { usersApi } from '../../api/users-api';
import { RoleBadge } from '../../components/badges';
import { EnrolmentPanel } from '../../components/enrolment-panel';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { LanguageSwitch } from '../../components/language-switch';
import { newPasswordProblems, NewPasswordFields } from '../../components/new-password-fields';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { RecoveryCodesPanel } from '../../components/recovery-codes-panel';
import { SessionsList } from '../../components/sessions-list';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { useMe, useSession } from '../../session/session-context';

/** The signed-in user's own account: name, language, password, second factor, sessions. */
export function AccountPage() {
  const { t } = useI18n();
  const [sessionsRound, setSessionsRound] = useState(0);
  return (
    <Page title={t('account.title')}>
      <ProfileSection />
      <PasswordSection onChanged={() => setSessionsRound((n) => n + 1)} />
      <SecondFactorSection />
      <section className="section" aria-labelledby="account-sessions">
        <h2 id="account-sessions">{t('home.sessions')}</h2>
        <p className="muted">{t('home.sessionsExplain')}</p>
        <SessionsList refreshKey={sessionsRound} />
      </section>
    </Page>
  );
}

function ProfileSection() {
  const { t } = useI18n();
  const me = useMe();
  const session = useSession();
  const [name, setName] = useState(me.displayName);
  const [saved, setSaved] = useState(false);
  const save = useAction((displayName: string) => authApi.updateProfile({ displayName }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const result = await save.run(name.trim());
    if (result.ok) {
      session.signedIn(result.value);
      setSaved(true);
    }
  };

  return (
    <section className="section" aria-labelledby="account-profile">
      <h2 id="account-profile">{t('account.profile')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('user.email')}</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>{t('user.role')}</dt>
          <dd>
            <RoleBadge role={me.role} />
          </dd>
        </div>
      </dl>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <ErrorAlert error={save.error} />
      <form className="form form-inline" onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('user.displayName')}
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={save.busy || name.trim() === '' || name.trim() === me.displayName}>
          {t('common.save')}
        </button>
      </form>
      <div className="field">
        <p className="field-label">{t('language.label')}</p>
        <p className="field-hint">{t('account.languageHint')}</p>
        <LanguageSwitch />
      </div>
    </section>
  );
}

function PasswordSection({ onChanged }: { readonly onChanged: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [done, setDone] = useState(false);
  const change = useAction((oldPassword: string, newPassword: string) => authApi.changePassword(oldPassword, newPassword));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setDone(false);
    const problems = newPasswordProblems(t, password, repeat);
    if (problems.password || problems.repeat || current === '') return;
    const result = await change.run(current, password);
    if (result.ok) {
      setCurrent('');
      setPassword('');
      setRepeat('');
      setAttempted(false);
      setDone(true);
      onChanged();
    }
  };

  return (
    <section className="section" aria-labelledby="account-password">
      <h2 id="account-password">{t('account.password')}</h2>
      {done ? <Notice tone="success">{t('account.passwordChanged')}</Notice> : null}
      <ErrorAlert error={change.error} messages={{ INVALID_CREDENTIALS: 'account.currentPasswordWrong' }} />
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          problem={attempted && current === '' ? t('common.required') : undefined}
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <NewPasswordFields password={password} repeat={repeat} onPasswordChange={setPassword} onRepeatChange={setRepeat} showProblems={attempted} />
        <p className="field-hint">{t('account.passwordOtherSessions')}</p>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={change.busy}>
            {t('account.changePassword')}
          </button>
        </div>
      </form>
    </section>
  );
}

type SecondFactorStep =
  | { kind: 'idle' }
  | { kind: 'confirm-enrolment' }
  | { kind: 'enrolling'; started: EnrolmentStart }
  | { kind: 'confirm-codes' }
  | { kind: 'codes'; codes: readonly string[] };

/**
 * Setting up an authenticator app and making new recovery codes both ask for the password again:
 * someone at a computer left signed in must not be able to add their own phone or read new codes.
 */
function SecondFactorSection() {
  const { t } = useI18n();
  const me = useMe();
  const session = useSession();
  const [step, setStep] = useState<SecondFactorStep>({ kind: 'idle' });
  const regenerate = useAction((password: string) => authApi.regenerateRecoveryCodes(password));
  const startEnrolment = useAction((password: string) => authApi.startEnrolment(password));
  // Administrators can read their own account, which says whether a second factor is set up.
  const own = useAsync(
    (signal) => (me.role === 'admin' && session.secondFactorEnabled === undefined ? usersApi.get(me.id, signal) : Promise.resolve(null)),
    [me.id, me.role],
  );
  const enabled = session.secondFactorEnabled ?? own.data?.secondFactorEnabled;

  const backToIdle = () => {
    regenerate.clearError();
    startEnrolment.clearError();
    setStep({ kind: 'idle' });
  };

  const makeNewCodes = async (password: string): Promise<boolean> => {
    const result = await regenerate.run(password);
    if (result.ok) {
      session.noteSecondFactor(true);
      setStep({ kind: 'codes', codes: result.value.recoveryCodes });
    } else if (isApiError(result.error, 'SECOND_FACTOR_NOT_STARTED')) {
      session.noteSecondFactor(false);
      setStep({ kind: 'idle' });
    }
    return result.ok;
  };

  const beginEnrolment = async (password: string): Promise<boolean> => {
    const result = await startEnrolment.run(password);
    if (result.ok) {
      setStep({ kind: 'enrolling', started: result.value });
    } else if (isApiError(result.error, 'SECOND_FACTOR_ALREADY_ENABLED')) {
      session.noteSecondFactor(true);
      setStep({ kind: 'idle' });
    }
    return result.ok;
  };

  let body;
  if (step.kind === 'codes') {
    body = <RecoveryCodesPanel codes={step.codes} onDone={backToIdle} />;
  } else if (step.kind === 'confirm-enrolment') {
    body = (
      <PasswordConfirmForm
        explain={t('account.setUpPasswordAgain')}
        submitLabel={t('account.setUpContinue')}
        busy={startEnrolment.busy}
        error={startEnrolment.error}
        onSubmit={beginEnrolment}
        onCancel={backToIdle}
      />
    );
  } else if (step.kind === 'confirm-codes') {
    body = (
      <PasswordConfirmForm
        explain={`${t('account.regenerateQuestion')} ${t('account.passwordAgain')}`}
        submitLabel={t('account.regenerateConfirm')}
        busy={regenerate.busy}
        error={regenerate.error}
        onSubmit={makeNewCodes}
        onCancel={backToIdle}
      />
    );
  } else if (step.kind === 'enrolling') {
    body = (
      <>
        <EnrolmentPanel
          started={step.started}
          onEnrolled={(codes) => {
            session.noteSecondFactor(true);
            // The account's own record (`me`) says the factor is off until it is read again.
            void session.refresh();
            setStep({ kind: 'codes', codes });
          }}
          onAlreadyEnabled={() => {
            session.noteSecondFactor(true);
            setStep({ kind: 'idle' });
          }}
        />
        <button type="button" className="button button-secondary" onClick={backToIdle}>
          {t('common.cancel')}
        </button>
      </>
    );
  } else {
    body = (
      <>
        {enabled === true ? <p>{t('account.secondFactorOn')}</p> : null}
        {enabled === false ? <p>{t('account.secondFactorOff')}</p> : null}
        {enabled === undefined ? <p>{t('account.secondFactorUnknown')}</p> : null}
        <div className="button-row">
          {enabled !== false ? (
            <button type="button" className="button button-secondary" onClick={() => setStep({ kind: 'confirm-codes' })}>
              {t('account.regenerateCodes')}
            </button>
          ) : null}
          {enabled !== true ? (
            <button type="button" className="button button-primary" onClick={() => setStep({ kind: 'confirm-enrolment' })}>
              {t('account.setUpSecondFactor')}
            </button>
          ) : null}
        </div>
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="account-second-factor">
      <h2 id="account-second-factor">{t('account.secondFactor')}</h2>
      {body}
    </section>
  );
}

interface PasswordConfirmFormProps {
  readonly explain: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly error: unknown;
  /** Resolves to whether it worked; a refused password is cleared for the next try. */
  readonly onSubmit: (password: string) => Promise<boolean>;
  readonly onCancel: () => void;
}

/** The password typed again before a sensitive change. Wrong ones count toward the lockout. */
function PasswordConfirmForm({ explain, submitLabel, busy, error, onSubmit, onCancel }: PasswordConfirmFormProps) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [attempted, setAttempted] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    if (password === '') return;
    if (!(await onSubmit(password))) setPassword('');
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{explain}</p>
      <ErrorAlert error={error} />
      <TextField
        label={t('account.confirmPassword')}
        type="password"
        autoComplete="current-password"
        required
        autoFocus
        problem={attempted && password === '' ? t('common.required') : undefined}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
