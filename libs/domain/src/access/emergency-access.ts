/**
 * Emergency ("break-glass") access lets a supervisor or administrator reach one file outside
 * their scope for a short while (a client in crisis at the office, their caseworker away). It is
 * for reading the file and recording what happens in the emergency, never for decisions that
 * belong to the file's own team.
 */

/** Every change a caller can make to a client file, named by what it does. */
export const CLIENT_FILE_ACTIONS = [
  'note.add',
  'appointment.create',
  'appointment.update',
  'application.open',
  'application.step',
  'application.update',
  'application.step-correction',
  'residence.step',
  'custody.step',
  'deadline.override',
  'deadline.waive',
  'deadline.met',
  'deadline.recompute',
  'client.update',
  'client.close',
  'client.reopen',
  'client.reassign',
  'client.export',
  'client.break-glass',
  'document.upload',
  'document.version',
  'document.update',
  'document.delete',
  'document.translation',
  'document.submission',
  'materials-request.create',
  'materials-request.update',
  'referral.create',
  'referral.update',
  'referral.send',
  'referral.step',
  'referral.link',
  'referral-consent.record',
  'referral-consent.withdraw',
] as const;
export type ClientFileAction = (typeof CLIENT_FILE_ACTIONS)[number];

/**
 * What emergency access allows, per role. Only new facts are recorded: a note, an appointment
 * (made, moved, held, missed or cancelled), a procedure step, the next application. Nothing the
 * team recorded is amended (client details, application details, corrections of a step), no
 * deadline is decided by hand (override, waive, met, recompute: a wrong one silences reminders
 * of a legal time limit; a recorded step still meets its deadlines through the stage machine),
 * and the file is not closed, reopened, reassigned, exported, or opened again on top of a live
 * emergency access. Sensitive documents (medical, trauma) are not even shown under it. An administrator manages accounts, not files: their emergency access reads.
 */
const ALLOWED: Readonly<Record<'caseworker' | 'supervisor' | 'admin', readonly ClientFileAction[]>> = {
  supervisor: [
    'note.add',
    'appointment.create',
    'appointment.update',
    'application.open',
    'application.step',
    'residence.step',
    'custody.step',
    // A paper the client brings in the emergency (an ISA notice, a summons), the fact that it was
    // handed in, and ISA's letter asking for more: new facts. Not a new version of the team's
    // document, its description, translation or deletion.
    'document.upload',
    'document.submission',
    'materials-request.create',
    // Nothing of referrals: giving the client's data to a third party, and the consent that allows
    // it, are decisions of the file's own team with the client (APPI Art. 27). In an emergency the
    // shelter is called by phone, and a note records it.
  ],
  admin: [],
  // Caseworkers cannot open emergency access at all; listed so the table covers every role.
  caseworker: [],
};

/**
 * Where an allowed action changes something the team already recorded, the fields emergency
 * access may change; an action not listed changes nothing recorded (a new note, appointment,
 * step or application). On an appointment that is what happens now: it was held, missed or
 * cancelled (status), how it went (outcome), and moving it (startsAt, endsAt). Its kind, place,
 * interpreter, notes and application are what the team arranged, and stay theirs.
 */
const FIELDS: Readonly<Partial<Record<ClientFileAction, readonly string[]>>> = {
  'appointment.update': ['status', 'outcome', 'startsAt', 'endsAt'],
};

export function emergencyAccessAllows(role: string, action: ClientFileAction): boolean {
  return emergencyActionsFor(role).includes(action);
}

/** The actions a role may take under emergency access (empty: read-only). */
export function emergencyActionsFor(role: string): readonly ClientFileAction[] {
  return role === 'supervisor' || role === 'admin' || role === 'caseworker' ? ALLOWED[role] : [];
}

/**
 * Of the fields a change would alter, those emergency access does not let this role change with
 * this action (empty: the change is allowed). Every field is refused where the action is.
 */
export function fieldsEmergencyAccessRefuses(role: string, action: ClientFileAction, changed: readonly string[]): string[] {
  if (!emergencyAccessAllows(role, action)) return [...changed];
  const allowed = FIELDS[action];
  return allowed === undefined ? [] : changed.filter((field) => !allowed.includes(field));
}

/** The fields emergency access may change with this action, where it limits them (else undefined: any). */
export function emergencyFieldsFor(action: ClientFileAction): readonly string[] | undefined {
  return FIELDS[action];
}
