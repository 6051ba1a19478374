import { useEffect, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/http-client';
import { partnerRepliesApi } from '../../api/referrals-api';
import type { PartnerAnswerAction, PartnerReferralView } from '../../api/types';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { referralStatusLabel, serviceKindLabel, urgencyLabel } from '../../i18n/labels';

/** The token travels in the fragment (`#token=…`), which browsers never send to a server. */
function tokenFromFragment(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  return token && /^[A-Za-z0-9_-]{20,200}$/.test(token) ? token : null;
}

/** Refusals that mean the link itself no longer opens anything: said plainly, without detail. */
function linkRefused(error: unknown): 'expired' | 'invalid' | null {
  if (isApiError(error, 'REPLY_LINK_EXPIRED')) return 'expired';
  // A malformed address (not a referral's id) is as dead as a guessed token.
  if (isApiError(error, 'REPLY_LINK_INVALID') || isApiError(error, 'VALIDATION_FAILED') || isApiError(error, 'RECORD_NOT_FOUND')) return 'invalid';
  return null;
}

/**
 * A partner organisation's page for one referral, opened from the e-mailed link without an
 * account: who sent it, what the client needs, what the caseworker chose to share, the letter,
 * and an answer. The token is taken out of the address bar at once and kept only in memory.
 */
export function PartnerReplyPage({ referralId }: { readonly referralId: string }) {
  const { t } = useI18n();
  const [token, setToken] = useState(tokenFromFragment);
  // Counts the links opened in this tab: the same link opened again is read again (it may have closed since).
  const [opening, setOpening] = useState(0);
  const opened = useAsync((signal) => (token ? partnerRepliesApi.open(referralId, token, signal) : Promise.resolve(null)), [referralId, token, opening]);
  const [answered, setAnswered] = useState<PartnerReferralView | null>(null);

  useEffect(() => {
    const clearAddress = () => window.history.replaceState(null, '', window.location.pathname);
    // The token was read as the page started; it leaves the address bar and the history at once.
    if (window.location.hash) clearAddress();
    const onHashChange = () => {
      if (!window.location.hash) return;
      // A link opened again in the same tab: start over with its token.
      const next = tokenFromFragment();
      clearAddress();
      if (next) {
        setToken(next);
        setAnswered(null);
        setOpening((n) => n + 1);
      }
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const refused = token ? linkRefused(opened.error) : 'invalid';
  if (refused) return <LinkRefused reason={refused} />;
  if (opened.error && !opened.data) {
    return (
      <Page title={t('partnerReply.title')}>
        <ErrorAlert error={opened.error} onRetry={opened.reload} />
      </Page>
    );
  }
  const view = answered ?? opened.data;
  if (!view || !token) {
    return (
      <Page title={t('partnerReply.title')}>
        <Loading />
      </Page>
    );
  }
  return <ReferralForPartner referralId={referralId} token={token} view={view} answered={answered !== null} onAnswered={setAnswered} />;
}

function LinkRefused({ reason }: { readonly reason: 'expired' | 'invalid' }) {
  const { t } = useI18n();
  return (
    <Page title={t('partnerReply.title')}>
      <div className="alert alert-error" role="alert">
        <p className="alert-message">{reason === 'expired' ? t('partnerReply.expiredTitle') : t('partnerReply.invalidTitle')}</p>
        <p>{reason === 'expired' ? t('partnerReply.expiredBody') : t('partnerReply.invalidBody')}</p>
        <p>{t('partnerReply.contactSender')}</p>
      </div>
    </Page>
  );
}

interface ReferralForPartnerProps {
  readonly referralId: string;
  readonly token: string;
  readonly view: PartnerReferralView;
  readonly answered: boolean;
  readonly onAnswered: (view: PartnerReferralView) => void;
}

function ReferralForPartner({ referralId, token, view, answered, onAnswered }: ReferralForPartnerProps) {
  const { t, locale } = useI18n();
  const answers = view.allowedActions.filter((action): action is PartnerAnswerAction => action === 'acknowledge' || action === 'accept' || action === 'decline');

  return (
    <Page title={t('partnerReply.heading', { number: view.number })} intro={t('partnerReply.from', { organisation: view.fromOrganisation })}>
      {answered ? (
        <Notice tone="success">
          <p className="alert-message">{t('partnerReply.answerRecorded')}</p>
          <p>{t('partnerReply.statusNow', { status: referralStatusLabel(t, view.status) })}</p>
        </Notice>
      ) : null}
      <dl className="facts partner-facts">
        <div>
          <dt>{t('partnerReply.sender')}</dt>
          <dd>
            {view.fromOrganisation}
            {view.caseworkerName ? <span className="muted"> ({t('partnerReply.caseworker', { name: view.caseworkerName })})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('partnerReply.to')}</dt>
          <dd>
            {view.organisationName} — {view.serviceName}
            <span className="muted small"> ({serviceKindLabel(locale, view.serviceKind)})</span>
          </dd>
        </div>
        <div>
          <dt>{t('referrals.urgency')}</dt>
          <dd>
            <span className={`badge badge-urgency-${view.urgency}`}>{urgencyLabel(locale, view.urgency)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('referrals.sentOn')}</dt>
          <dd>
            <LocalDate value={view.sentOn} />
          </dd>
        </div>
        <div>
          <dt>{t('partnerReply.status')}</dt>
          <dd>
            <span className={`badge badge-referral badge-referral-${view.status}`}>{referralStatusLabel(t, view.status)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('partnerReply.linkUntil')}</dt>
          <dd>
            <DateTime iso={view.linkExpiresAt} />
          </dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="partner-reason">
        <h2 id="partner-reason">{t('partnerReply.reason')}</h2>
        <p className="pre-line" lang={view.letterLocale}>
          {view.reason}
        </p>
      </section>

      <section className="section" aria-labelledby="partner-shared">
        <h2 id="partner-shared">{t('partnerReply.shared')}</h2>
        <p className="muted">{t('partnerReply.sharedExplain')}</p>
        {view.shared.length === 0 ? (
          <p>{t('partnerReply.sharedNone')}</p>
        ) : (
          <dl className="facts shared-facts" lang={view.letterLocale}>
            {view.shared.map((row) => (
              <div key={row.field}>
                <dt>{row.label}</dt>
                <dd className="pre-line">{row.value}</dd>
              </div>
            ))}
          </dl>
        )}
        <LetterDownload referralId={referralId} token={token} number={view.number} />
      </section>

      <section className="section" aria-labelledby="partner-answer">
        <h2 id="partner-answer">{t('partnerReply.answerTitle')}</h2>
        {view.partnerNote ? (
          <p>
            <span className="muted">{t('partnerReply.yourNote')}</span> <span className="pre-line">{view.partnerNote}</span>
          </p>
        ) : null}
        {answers.length > 0 ? (
          <AnswerForm key={view.status} referralId={referralId} token={token} answers={answers} onAnswered={onAnswered} />
        ) : (
          <p>{t('partnerReply.nothingToAnswer')}</p>
        )}
      </section>
      <p className="small muted">{t('partnerReply.privacy')}</p>
    </Page>
  );
}

/** The letter as sent: fetched with the token in the body, then saved from memory as a file. */
function LetterDownload({ referralId, token, number }: { readonly referralId: string; readonly token: string; readonly number: number }) {
  const { t } = useI18n();
  const download = useAction(() => partnerRepliesApi.letter(referralId, token));
  const save = async () => {
    const result = await download.run();
    if (!result.ok) return;
    const url = URL.createObjectURL(result.value);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `referral-${number}.pdf`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // The click has handed the bytes to the browser's download; the address is not needed after.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const refused = linkRefused(download.error);
  return (
    <div className="subsection">
      {refused ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-message">{refused === 'expired' ? t('partnerReply.expiredTitle') : t('partnerReply.invalidTitle')}</p>
          <p>{t('partnerReply.contactSender')}</p>
        </div>
      ) : (
        <ErrorAlert error={download.error} />
      )}
      <button type="button" className="button button-secondary" disabled={download.busy} onClick={() => void save()}>
        {download.busy ? t('common.loading') : t('partnerReply.downloadLetter')}
      </button>
    </div>
  );
}

const ANSWER_LABELS: Readonly<Record<PartnerAnswerAction, MessageKey>> = {
  acknowledge: 'partnerReply.answer.acknowledge',
  accept: 'partnerReply.answer.accept',
  decline: 'partnerReply.answer.decline',
};

function AnswerForm({
  referralId,
  token,
  answers,
  onAnswered,
}: {
  readonly referralId: string;
  readonly token: string;
  readonly answers: readonly PartnerAnswerAction[];
  readonly onAnswered: (view: PartnerReferralView) => void;
}) {
  const { t } = useI18n();
  const [action, setAction] = useState<PartnerAnswerAction | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ action?: string; reason?: string }>({});
  const send = useAction((chosen: PartnerAnswerAction) =>
    partnerRepliesApi.answer(referralId, token, { action: chosen, reason: chosen === 'decline' ? reason.trim() : undefined, note: note.trim() === '' ? undefined : note.trim() }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = {
      action: action === null ? t('partnerReply.chooseAnswer') : undefined,
      reason: action === 'decline' && reason.trim() === '' ? t('partnerReply.reasonRequired') : undefined,
    };
    setProblems(next);
    if (action === null || next.reason) return;
    const result = await send.run(action);
    if (result.ok) onAnswered(result.value);
  };

  const refused = linkRefused(send.error);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-labelledby="partner-answer" noValidate>
      {refused ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-message">{refused === 'expired' ? t('partnerReply.expiredTitle') : t('partnerReply.invalidTitle')}</p>
          <p>{t('partnerReply.contactSender')}</p>
        </div>
      ) : (
        <ErrorAlert error={send.error} />
      )}
      <fieldset className="fieldset">
        <legend>{t('partnerReply.yourAnswer')}</legend>
        <div className="radio-list">
          {answers.map((option) => (
            <label key={option} className="radio">
              <input type="radio" name="partner-answer" value={option} checked={action === option} onChange={() => setAction(option)} />
              <span>{t(ANSWER_LABELS[option])}</span>
            </label>
          ))}
        </div>
        {problems.action ? <p className="field-problem">{problems.action}</p> : null}
      </fieldset>
      {action === 'decline' ? (
        <TextAreaField label={t('partnerReply.declineReason')} hint={t('partnerReply.declineReasonHint')} rows={3} required maxLength={2000} problem={problems.reason} value={reason} onChange={(event) => setReason(event.target.value)} />
      ) : null}
      <TextAreaField label={t('partnerReply.note')} hint={t('partnerReply.noteHint')} rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={send.busy}>
          {t('partnerReply.submit')}
        </button>
      </div>
    </form>
  );
}
