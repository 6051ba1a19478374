import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth-api';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useAction((address: string) => authApi.requestPasswordReset(address));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const address = email.trim();
    const result = await request.run(address);
    if (result.ok) setSentTo(address);
  };

  return (
    <Page title={t('forgot.title')} intro={sentTo ? undefined : t('forgot.intro')}>
      {sentTo ? (
        <Notice tone="success">
          <p>{t('forgot.sent', { email: sentTo })}</p>
          <p>{t('forgot.sentHint')}</p>
        </Notice>
      ) : (
        <>
          <ErrorAlert error={request.error} />
          <form className="form" onSubmit={(event) => void submit(event)}>
            <TextField
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={request.busy}>
                {t('forgot.submit')}
              </button>
            </div>
          </form>
        </>
      )}
      <p className="secondary-links">
        <Link to="/sign-in">{t('common.backToSignIn')}</Link>
      </p>
    </Page>
  );
}
