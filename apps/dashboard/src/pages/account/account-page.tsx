import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth-api';
import { isApiError } from '../../api/http-client';
import { usersApi } from '../../api/users-api';
import { RoleBadge } from '../../components/badges';
import { ConfirmButton } from '../../components/confirm-button';
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

type SecondFactorStep = { kind: 'idle' } | { kind: 'enrolling' } | { kind: 'codes'; codes: readonly string[] };

function SecondFactorSection() {
  const { t } = useI18n();
  const me = useMe();
  const session = useSession();
  const [step, setStep] = useState<SecondFactorStep>({ kind: 'idle' });
  const regenerate = useAction(() => authApi.regenerateRecoveryCodes());
  // Administrators can read their own account, which says whether a second factor is set up.
  const own = useAsync(
    (signal) => (me.role === 'admin' && session.secondFactorEnabled === undefined ? usersApi.get(me.id, signal) : Promise.resolve(null)),
    [me.id, me.role],
  );
  const enabled = session.secondFactorEnabled ?? own.data?.secondFactorEnabled;

  const makeNewCodes = async () => {
    const result = await regenerate.run();
    if (result.ok) {
      session.noteSecondFactor(true);
      setStep({ kind: 'codes', codes: result.value.recoveryCodes });
    } else if (isApiError(result.error, 'SECOND_FACTOR_NOT_STARTED')) {
      session.noteSecondFactor(false);
    }
  };

  let body;
  if (step.kind === 'codes') {
    body = <RecoveryCodesPanel codes={step.codes} onDone={() => setStep({ kind: 'idle' })} />;
  } else if (step.kind === 'enrolling') {
    body = (
      <>
        <EnrolmentPanel
          onEnrolled={(codes) => {
            session.noteSecondFactor(true);
            setStep({ kind: 'codes', codes });
          }}
          onAlreadyEnabled={() => {
            session.noteSecondFactor(true);
            setStep({ kind: 'idle' });
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => setStep({ kind: 'idle' })}>
          {t('common.cancel')}
        </button>
      </>
    );
  } else {
    const setUp = (
      <button type="button" className="button button-primary" onClick={() => setStep({ kind: 'enrolling' })}>
        {t('account.setUpSecondFactor')}
      </button>
    );
    const newCodes = (
      <ConfirmButton
        label={t('account.regenerateCodes')}
        question={t('account.regenerateQuestion')}
        confirmLabel={t('account.regenerateConfirm')}
        busy={regenerate.busy}
        onConfirm={() => void makeNewCodes()}
      />
    );
    body = (
      <>
        {enabled === true ? <p>{t('account.secondFactorOn')}</p> : null}
        {enabled === false ? <p>{t('account.secondFactorOff')}</p> : null}
        {enabled === undefined ? <p>{t('account.secondFactorUnknown')}</p> : null}
        {isApiError(regenerate.error, 'SECOND_FACTOR_NOT_STARTED') ? null : <ErrorAlert error={regenerate.error} />}
        <div className="button-row">
          {enabled !== false ? newCodes : null}
          {enabled !== true ? setUp : null}
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
