import { useState, type FormEvent } from 'react';
import { referralsApi } from '../../../api/referrals-api';
import type { ReferralStepAction, ReferralView } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { DateTime } from '../../../components/date-time';
import { SelectField, TextAreaField } from '../../../components/form-fields';
import { LocalDate } from '../../../components/local-date';
import { useAction } from '../../../hooks/use-async';
import { todayInTokyo } from '../../../i18n/format';
import { useI18n, type MessageKey } from '../../../i18n/i18n';
import { programmeLabel, serviceKindLabel, shareableFieldLabel } from '../../../i18n/labels';
import { IntakeAppointment } from './intake-appointment-form';
import { EditDraftForm } from './referral-form';
import { ReferralErrorAlert, ReferralStatusBadge, ReferralWarnings, UrgencyBadge } from './referral-parts';

/** What the caseworker may do here; the page offers nothing the server would refuse for the role or the file. */
export interface ReferralPermissions {
  readonly edit: boolean;
  readonly send: boolean;
  readonly step: boolean;
  readonly link: boolean;
  /** Reading the letter: caseworkers and supervisors. */
  readonly letter: boolean;
}

interface ReferralCardProps {
  readonly clientId: string;
  readonly referral: ReferralView;
  readonly can: ReferralPermissions;
  readonly onChanged: (message: string) => void;
  readonly onReload: () => void;
}

/** Answers a caseworker records (the partner's given by phone among them), cancelling apart. */
const STEP_LABELS: Readonly<Record<Exclude<ReferralStepAction, 'cancel'>, MessageKey>> = {
  acknowledge: 'referrals.step.acknowledge',
  accept: 'referrals.step.accept',
  decline: 'referrals.step.decline',
  start: 'referrals.step.start',
  complete: 'referrals.step.complete',
};

const STEP_DONE: Readonly<Record<ReferralStepAction, MessageKey>> = {
  acknowledge: 'referrals.stepDone.acknowledge',
  accept: 'referrals.stepDone.accept',
  decline: 'referrals.stepDone.decline',
  start: 'referrals.stepDone.start',
  complete: 'referrals.stepDone.complete',
  cancel: 'referrals.stepDone.cancel',
};

/** Sent and not yet accepted or refused: the follow-up counts. */
const AWAITING = new Set(['sent', 'acknowledged']);

export function ReferralCard({ clientId, referral, can, onChanged, onReload }: ReferralCardProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const toPartner = referral.target.partnerId !== null;
  const send = useAction(() => referralsApi.send(clientId, referral.id, referral.version));
  const cancel = useAction(() => referralsApi.step(clientId, referral.id, { version: referral.version, action: 'cancel' }));
  const today = todayInTokyo();
  const followUpDue = referral.followUpOn !== null && AWAITING.has(referral.status) && referral.followUpOn <= today;
  const steps = referral.allowedActions.filter((action): action is Exclude<ReferralStepAction, 'cancel'> => action !== 'send' && action !== 'cancel');
  const title = toPartner
    ? `${referral.target.organisationName ?? '—'} — ${referral.target.serviceName ?? serviceKindLabel(locale, referral.target.serviceKind)}`
    : t('referrals.internalTitle', { service: referral.target.internalService ?? serviceKindLabel(locale, referral.target.serviceKind) });

  const doSend = async () => {
    const result = await send.run();
    if (result.ok) onChanged(toPartner ? t('referrals.sent', { number: referral.number }) : t('referrals.sentInternal', { number: referral.number }));
  };

  return (
    <li className={`card referral-card referral-${referral.status}${followUpDue ? ' referral-follow-up-due' : ''}`} aria-labelledby={`referral-${referral.id}`}>
      <h3 className="card-title" id={`referral-${referral.id}`}>
        <span className="referral-number">{t('referrals.number', { number: referral.number })}</span> {title}
      </h3>
      <p className="referral-badges">
        <ReferralStatusBadge status={referral.status} /> <UrgencyBadge urgency={referral.urgency} />{' '}
        <span className="badge badge-soft">{serviceKindLabel(locale, referral.target.serviceKind)}</span>
        {referral.target.programme ? <span className="badge badge-soft">{programmeLabel(t, referral.target.programme)}</span> : null}
      </p>
      <ReferralWarnings warnings={referral.warnings} />
      <ReferralFacts referral={referral} followUpDue={followUpDue} />

      {referral.status === 'draft' && toPartner && !referral.consentCovered ? (
        <p className="referral-consent-missing">
          <span className="badge badge-withdrawn">{t('referrals.noConsentBadge')}</span> {t('referrals.noConsentYet')}
        </p>
      ) : null}

      {can.letter && toPartner ? <LetterPreview clientId={clientId} referral={referral} /> : null}

      {referral.status === 'draft' ? (
        <>
          <ReferralErrorAlert error={send.error} onReload={onReload} />
          <div className="button-row">
            {can.send && referral.allowedActions.includes('send') ? (
              <button type="button" className="button button-primary" disabled={send.busy} onClick={() => void doSend()}>
                {toPartner ? t('referrals.send') : t('referrals.sendInternal')}
              </button>
            ) : null}
            {can.edit ? (
              <button type="button" className="button button-secondary" aria-expanded={editing} onClick={() => setEditing(!editing)}>
                {editing ? t('referrals.closeEdit') : t('referrals.editDraft')}
              </button>
            ) : null}
          </div>
          {editing && can.edit ? (
            <EditDraftForm
              clientId={clientId}
              referral={referral}
              onReload={onReload}
              onSaved={() => {
                setEditing(false);
                onChanged(t('referrals.draftSaved', { number: referral.number }));
              }}
            />
          ) : null}
        </>
      ) : null}

      {can.step && (referral.status === 'accepted' || referral.status === 'in-progress') ? <IntakeAppointment clientId={clientId} referral={referral} onChanged={onChanged} onReload={onReload} /> : null}

      {can.step && steps.length > 0 ? <StepForm clientId={clientId} referral={referral} steps={steps} onChanged={onChanged} onReload={onReload} /> : null}

      {can.link && toPartner ? <LinkActions clientId={clientId} referral={referral} onChanged={onChanged} onReload={onReload} /> : null}

      {can.step && referral.allowedActions.includes('cancel') ? (
        <div className="subsection">
          <ReferralErrorAlert error={cancel.error} onReload={onReload} />
          <ConfirmButton
            label={t('referrals.cancel')}
            question={referral.status === 'draft' ? t('referrals.cancelDraftQuestion') : t('referrals.cancelSentQuestion')}
            confirmLabel={t('referrals.cancelConfirm')}
            busy={cancel.busy}
            danger
            small
            onConfirm={() =>
              void cancel.run().then((result) => {
                if (result.ok) onChanged(t(STEP_DONE.cancel, { number: referral.number }));
              })
            }
          />
        </div>
      ) : null}
    </li>
  );
}

function ReferralFacts({ referral, followUpDue }: { readonly referral: ReferralView; readonly followUpDue: boolean }) {
  const { t, locale } = useI18n();
  const toPartner = referral.target.partnerId !== null;
  return (
    <dl className="facts facts-compact referral-facts">
      <div className="fact-wide">
        <dt>{t('referrals.reason')}</dt>
        <dd className="pre-line">{referral.reason}</dd>
      </div>
      {toPartner ? (
        <div className="fact-wide">
          <dt>{referral.sharedRows ? t('referrals.sharedSent') : t('referrals.sharedChosen')}</dt>
          <dd>
            {referral.sharedRows ? (
              referral.sharedRows.length === 0 ? (
                t('referrals.sharedNothing')
              ) : (
                <ul className="plain-list shared-rows">
                  {referral.sharedRows.map((row) => (
                    <li key={row.field}>
                      <span className="muted">{row.label}:</span> {row.value}
                    </li>
                  ))}
                </ul>
              )
            ) : referral.sharedFields.length === 0 ? (
              t('referrals.sharedNothing')
            ) : (
              referral.sharedFields.map((field) => shareableFieldLabel(locale, field)).join(locale === 'ja' ? '、' : ', ')
            )}
          </dd>
        </div>
      ) : null}
      {toPartner ? (
        <div>
          <dt>{t('referrals.letterLocale')}</dt>
          <dd lang={referral.letterLocale}>{referral.letterLocale === 'ja' ? '日本語' : 'English'}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('referrals.sentOn')}</dt>
        <dd>{referral.sentOn ? <LocalDate value={referral.sentOn} /> : <span className="muted">{t('referrals.notSent')}</span>}</dd>
      </div>
      {referral.followUpOn ? (
        <div className={followUpDue ? 'follow-up-due' : undefined}>
          <dt>{t('referrals.followUpOn')}</dt>
          <dd>
            <LocalDate value={referral.followUpOn} />
            {followUpDue ? (
              <>
                {' '}
                <span className="badge badge-deadline-missed">{t('referrals.followUpDue')}</span>
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {toPartner && referral.status !== 'draft' ? (
        <div>
          <dt>{t('referrals.replyLink')}</dt>
          <dd>
            {referral.replyLink === null ? (
              <span className="muted">{t('referrals.replyLinkNone')}</span>
            ) : referral.replyLink.expired ? (
              <>
                {t('referrals.replyLinkExpired')} <DateTime iso={referral.replyLink.expiresAt} />
              </>
            ) : (
              <>
                {t('referrals.replyLinkUntil')} <DateTime iso={referral.replyLink.expiresAt} />
              </>
            )}
            {referral.replyLink ? (
              <>
                <br />
                <span className="small">{t('referrals.replyLinkSentTo', { address: referral.replyLink.sentTo })}</span>
                {referral.replyLink.mail === 'failed' ? (
                  <span className="field-problem" role="alert">
                    {' '}
                    {t('referrals.replyLinkMailFailed')}
                  </span>
                ) : null}
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {referral.answeredAt ? (
        <div>
          <dt>{t('referrals.answeredAt')}</dt>
          <dd>
            <DateTime iso={referral.answeredAt} />
          </dd>
        </div>
      ) : null}
      {referral.partnerNote ? (
        <div className="fact-wide">
          <dt>{t('referrals.partnerNote')}</dt>
          <dd className="pre-line partner-note">{referral.partnerNote}</dd>
        </div>
      ) : null}
      {referral.declineReason ? (
        <div className="fact-wide">
          <dt>{t('referrals.declineReason')}</dt>
          <dd className="pre-line">{referral.declineReason}</dd>
        </div>
      ) : null}
      {referral.outcome ? (
        <div className="fact-wide">
          <dt>{t('referrals.outcome')}</dt>
          <dd className="pre-line">{referral.outcome}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('referrals.createdBy')}</dt>
        <dd>
          {referral.createdByName ?? '—'} · <DateTime iso={referral.createdAt} />
        </dd>
      </div>
    </dl>
  );
}

/**
 * The letter in the page, from the api's inline answer: the dashboard's policy lets it frame its
 * own origin only (a blob: address would be refused), and the PDF answer carries its own policy.
 */
function LetterPreview({ clientId, referral }: { readonly clientId: string; readonly referral: ReferralView }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const inline = referralsApi.letterUrl(clientId, referral.id, 'inline');
  const label = referral.status === 'draft' ? t('referrals.previewLetter') : t('referrals.showLetter');
  return (
    <div className="document-preview referral-letter">
      <div className="button-row">
        <button type="button" className="button button-secondary" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? t('referrals.hideLetter') : label}
        </button>
        <a className="button button-secondary" href={referralsApi.letterUrl(clientId, referral.id, 'attachment')} download>
          {t('referrals.downloadLetter')}
        </a>
      </div>
      {referral.status === 'draft' && shown ? <p className="small muted">{t('referrals.previewExplain')}</p> : null}
      {shown ? <iframe src={inline} title={t('referrals.letterTitle', { number: referral.number })} className="document-preview-frame" /> : null}
    </div>
  );
}

interface StepFormProps {
  readonly clientId: string;
  readonly referral: ReferralView;
  readonly steps: readonly Exclude<ReferralStepAction, 'cancel'>[];
  readonly onChanged: (message: string) => void;
  readonly onReload: () => void;
}

/** The next step as the caseworker records it: the partner's answer by phone, the service started, how it ended. */
function StepForm({ clientId, referral, steps, onChanged, onReload }: StepFormProps) {
  const { t } = useI18n();
  const [action, setAction] = useState<Exclude<ReferralStepAction, 'cancel'>>(steps[0]);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const answer = action === 'acknowledge' || action === 'accept' || action === 'decline';
  const step = useAction(() =>
    referralsApi.step(clientId, referral.id, {
      version: referral.version,
      action,
      reason: action === 'decline' ? reason.trim() : undefined,
      outcome: action === 'complete' ? outcome.trim() : undefined,
      note: answer && note.trim() !== '' ? note.trim() : undefined,
    }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = (action === 'decline' && reason.trim() === '') || (action === 'complete' && outcome.trim() === '');
    setProblem(missing ? t('common.required') : undefined);
    if (missing) return;
    const result = await step.run();
    if (result.ok) onChanged(t(STEP_DONE[action], { number: referral.number }));
  };

  return (
    <form className="form subsection referral-step" onSubmit={(event) => void submit(event)} aria-label={t('referrals.recordStep', { number: referral.number })} noValidate>
      <h4>{t('referrals.recordStep', { number: referral.number })}</h4>
      <ReferralErrorAlert error={step.error} onReload={onReload} />
      <SelectField label={t('referrals.nextStep')} value={action} onChange={(event) => setAction(event.target.value as Exclude<ReferralStepAction, 'cancel'>)}>
        {steps.map((option) => (
          <option key={option} value={option}>
            {t(STEP_LABELS[option])}
          </option>
        ))}
      </SelectField>
      {action === 'decline' ? (
        <TextAreaField label={t('referrals.declineReason')} rows={2} required maxLength={2000} problem={problem} value={reason} onChange={(event) => setReason(event.target.value)} />
      ) : null}
      {action === 'complete' ? (
        <TextAreaField label={t('referrals.outcome')} hint={t('referrals.outcomeHint')} rows={2} required maxLength={2000} problem={problem} value={outcome} onChange={(event) => setOutcome(event.target.value)} />
      ) : null}
      {answer ? <TextAreaField label={t('referrals.phoneNote')} hint={t('referrals.phoneNoteHint')} rows={2} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} /> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={step.busy}>
          {t('referrals.recordStepSubmit')}
        </button>
      </div>
    </form>
  );
}

/** A new reply link when the partner lost theirs, or closing it (sent to a wrong address, say). */
function LinkActions({ clientId, referral, onChanged, onReload }: { readonly clientId: string; readonly referral: ReferralView; readonly onChanged: (message: string) => void; readonly onReload: () => void }) {
  const { t } = useI18n();
  const reissue = useAction(() => referralsApi.reissueLink(clientId, referral.id));
  const revoke = useAction(() => referralsApi.revokeLink(clientId, referral.id));
  const open = referral.status === 'sent' || referral.status === 'acknowledged' || referral.status === 'accepted' || referral.status === 'in-progress';
  const live = referral.replyLink !== null && !referral.replyLink.expired;
  if (!open && !live) return null;
  return (
    <div className="subsection referral-link-actions">
      <ReferralErrorAlert error={reissue.error ?? revoke.error} onReload={onReload} />
      <div className="button-row">
        {open ? (
          <ConfirmButton
            label={t('referrals.reissueLink')}
            question={t('referrals.reissueQuestion')}
            confirmLabel={t('referrals.reissueConfirm')}
            busy={reissue.busy}
            small
            onConfirm={() =>
              void reissue.run().then((result) => {
                if (result.ok) onChanged(t('referrals.linkReissued', { number: referral.number }));
              })
            }
          />
        ) : null}
        {live ? (
          <ConfirmButton
            label={t('referrals.revokeLink')}
            question={t('referrals.revokeQuestion')}
            confirmLabel={t('referrals.revokeConfirm')}
            busy={revoke.busy}
            danger
            small
            onConfirm={() =>
              void revoke.run().then((result) => {
                if (result.ok) onChanged(t('referrals.linkRevoked', { number: referral.number }));
              })
            }
          />
        ) : null}
      </div>
    </div>
  );
}
