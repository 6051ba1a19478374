/** Every kind of audit event, so queries and tests can rely on stable names. */
export const AuditAction = {
  SignIn: 'auth.sign-in',
  SignInMfa: 'auth.sign-in.second-factor',
  SignOut: 'auth.sign-out',
  SessionRevoked: 'auth.session.revoked',
  PasswordChanged: 'auth.password.changed',
  PasswordResetRequested: 'auth.password-reset.requested',
  /** Reset requests past the per-address or per-network-address limit (once per window; the address as a keyed hash). */
  PasswordResetThrottled: 'auth.password-reset.throttled',
  /** A wrong password typed again to confirm a sensitive change (counts toward the lockout). */
  PasswordConfirmationFailed: 'auth.password.confirmation-failed',
  PasswordResetCompleted: 'auth.password-reset.completed',
  InvitationAccepted: 'auth.invitation.accepted',
  MfaEnrolled: 'auth.mfa.enrolled',
  MfaReset: 'auth.mfa.reset',
  /** Too many wrong second factors in a row: the second factor is locked for a while. */
  SecondFactorLocked: 'auth.mfa.locked',
  RecoveryCodesRegenerated: 'auth.mfa.recovery-codes.regenerated',
  UserCreated: 'account.user.created',
  UserUpdated: 'account.user.updated',
  UserDeactivated: 'account.user.deactivated',
  UserReactivated: 'account.user.reactivated',
  InvitationSent: 'account.invitation.sent',
  TeamCreated: 'account.team.created',
  TeamUpdated: 'account.team.updated',
  ProfileUpdated: 'account.profile.updated',
  AuditQueried: 'audit.queried',
  /** Someone listed the demo installation's caught mail. */
  CaughtMailListed: 'caught-mail.listed',
  /** Someone opened a caught message (target: the message id); denied when not theirs to open. */
  CaughtMailRead: 'caught-mail.read',
  /** A state-changing request to the read-only queue board, refused. */
  QueueBoardChangeRefused: 'queue-board.change-refused',
  ClientRead: 'client.read',
  /** A signed-in user asked for a file that exists but is outside their scope (answered 404). */
  ClientAccessDenied: 'client.access.denied',
  /** A duplicate check before intake: counts of matches in and outside the caller's scope. */
  ClientDuplicateCheck: 'client.duplicate-check',
  ClientListed: 'client.listed',
  ClientCreated: 'client.created',
  ClientUpdated: 'client.updated',
  ClientClosed: 'client.closed',
  ClientReopened: 'client.reopened',
  ClientAnonymised: 'client.anonymised',
  ClientNoteAdded: 'client.note.added',
  ApplicationCreated: 'application.created',
  ApplicationUpdated: 'application.updated',
  StageRecorded: 'client.stage.recorded',
  AppointmentCreated: 'appointment.created',
  AppointmentUpdated: 'appointment.updated',
  DeadlineOverridden: 'deadline.overridden',
  DeadlineWaived: 'deadline.waived',
  DeadlineMet: 'deadline.met',
  DeadlinesRecomputed: 'deadline.recomputed',
  ReminderPolicyChanged: 'reminder.policy.changed',
  ClientExported: 'client.exported',
  BreakGlass: 'client.break-glass',
  BreakGlassEnded: 'client.break-glass.ended',
  BreakGlassRefused: 'client.break-glass.refused',
  DocumentUploaded: 'document.uploaded',
  DocumentVersionAdded: 'document.version.added',
  /** A document's description or its versions were shown (the list audits as client.read). */
  DocumentViewed: 'document.viewed',
  /** A version's bytes were sent: downloaded, or previewed inline (details.disposition). */
  DocumentDownloaded: 'document.downloaded',
  DocumentUpdated: 'document.updated',
  DocumentDeleted: 'document.deleted',
  DocumentVersionDeleted: 'document.version.deleted',
  DocumentTranslationChanged: 'document.translation.changed',
  DocumentSubmitted: 'document.submitted',
  /** The client export with document files (a ZIP): which documents left, in details. */
  DocumentsExported: 'document.exported',
  MaterialsRequestCreated: 'materials-request.created',
  MaterialsRequestUpdated: 'materials-request.updated',
  ChecklistTemplateChanged: 'checklist-template.changed',
  /** The partner directory (target: the organisation or the service; changed field names, never values). */
  PartnerCreated: 'partner.created',
  PartnerUpdated: 'partner.updated',
  PartnerDeactivated: 'partner.deactivated',
  PartnerReactivated: 'partner.reactivated',
  PartnerServiceCreated: 'partner.service.created',
  PartnerServiceUpdated: 'partner.service.updated',
  /** Places free and the day they were counted, in details. */
  PartnerCapacitySet: 'partner.service.capacity-set',
  PartnerServiceDeactivated: 'partner.service.deactivated',
  PartnerServiceReactivated: 'partner.service.reactivated',
  /** Referrals of a client (target: the referral; the fields chosen by name, never their values). */
  ReferralCreated: 'referral.created',
  ReferralUpdated: 'referral.updated',
  /** The letter left: to which partner, which fields by name. */
  ReferralSent: 'referral.sent',
  /** A step recorded by the caseworker or answered by the partner (details.action, details.by). */
  ReferralStep: 'referral.step',
  /** The letter was rendered for the caseworker (a preview before sending, or a copy). */
  ReferralLetterViewed: 'referral.letter.viewed',
  ReferralLinkRevoked: 'referral.link.revoked',
  ReferralLinkReissued: 'referral.link.reissued',
  /** The link's e-mail was taken by the mail server (outcome success) or refused (failure); details.sentTo. */
  ReferralLinkMailed: 'referral.link.mailed',
  /** The partner opened their reply link (outcome success), or a link was refused (outcome denied, details.refusal). */
  ReferralReplyOpened: 'referral.reply.opened',
  ReferralConsentRecorded: 'referral-consent.recorded',
  ReferralConsentWithdrawn: 'referral-consent.withdrawn',
  /** A report was shown (details: the report's name, the period and the team filter; never a figure). */
  ReportViewed: 'report.viewed',
  /** The reports were exported as a file (details: the period, the team filter and the format). */
  ReportExported: 'report.exported',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
