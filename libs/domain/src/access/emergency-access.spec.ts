import { describe, expect, it } from '@jest/globals';
import { CLIENT_FILE_ACTIONS, emergencyAccessAllows, emergencyActionsFor, emergencyFieldsFor, fieldsEmergencyAccessRefuses, type ClientFileAction } from './emergency-access.js';

const SUPERVISOR_MAY: readonly ClientFileAction[] = [
  'note.add',
  'appointment.create',
  'appointment.update',
  'application.open',
  'application.step',
  'residence.step',
  'custody.step',
  'document.upload',
  'document.submission',
  'materials-request.create',
];

describe('emergencyAccessAllows', () => {
  it.each([
    ['supervisor', 'note.add', true],
    ['supervisor', 'appointment.create', true],
    ['supervisor', 'appointment.update', true],
    ['supervisor', 'application.open', true],
    ['supervisor', 'application.step', true],
    ['supervisor', 'residence.step', true],
    ['supervisor', 'custody.step', true],
    ['supervisor', 'application.update', false],
    ['supervisor', 'application.step-correction', false],
    ['supervisor', 'deadline.override', false],
    ['supervisor', 'deadline.waive', false],
    ['supervisor', 'deadline.met', false],
    ['supervisor', 'deadline.recompute', false],
    ['supervisor', 'client.update', false],
    ['supervisor', 'client.close', false],
    ['supervisor', 'client.reopen', false],
    ['supervisor', 'client.reassign', false],
    ['supervisor', 'client.export', false],
    ['supervisor', 'client.break-glass', false],
    ['supervisor', 'document.upload', true],
    ['supervisor', 'document.submission', true],
    ['supervisor', 'materials-request.create', true],
    ['supervisor', 'document.version', false],
    ['supervisor', 'document.update', false],
    ['supervisor', 'document.delete', false],
    ['supervisor', 'document.translation', false],
    ['supervisor', 'materials-request.update', false],
    ['supervisor', 'referral.create', false],
    ['supervisor', 'referral.update', false],
    ['supervisor', 'referral.send', false],
    ['supervisor', 'referral.step', false],
    ['supervisor', 'referral.link', false],
    ['supervisor', 'referral-consent.record', false],
    ['supervisor', 'referral-consent.withdraw', false],
    ['admin', 'document.upload', false],
    ['admin', 'note.add', false],
    ['admin', 'appointment.create', false],
    ['admin', 'application.step', false],
    ['admin', 'deadline.waive', false],
    ['admin', 'client.update', false],
    ['admin', 'client.close', false],
    ['caseworker', 'note.add', false],
    ['someone', 'note.add', false],
  ] as const)('%s, %s → %s', (role, action, allowed) => {
    expect(emergencyAccessAllows(role, action)).toBe(allowed);
  });

  it('leaves an administrator read-only, whatever the action', () => {
    expect(CLIENT_FILE_ACTIONS.filter((action) => emergencyAccessAllows('admin', action))).toEqual([]);
  });

  it('lists for a supervisor exactly the actions that record what happens', () => {
    expect([...emergencyActionsFor('supervisor')].sort()).toEqual([...SUPERVISOR_MAY].sort());
    expect(emergencyActionsFor('admin')).toEqual([]);
  });
});

describe('fieldsEmergencyAccessRefuses', () => {
  it.each([
    // What happens now on an existing appointment: held, missed or cancelled, how it went, moved.
    ['supervisor', 'appointment.update', ['status'], []],
    ['supervisor', 'appointment.update', ['status', 'outcome'], []],
    ['supervisor', 'appointment.update', ['startsAt', 'endsAt'], []],
    ['supervisor', 'appointment.update', [], []],
    // What the team arranged stays theirs.
    ['supervisor', 'appointment.update', ['notes'], ['notes']],
    ['supervisor', 'appointment.update', ['place'], ['place']],
    ['supervisor', 'appointment.update', ['kind', 'interpreterLanguage', 'applicationId'], ['kind', 'interpreterLanguage', 'applicationId']],
    ['supervisor', 'appointment.update', ['status', 'place', 'outcome', 'notes'], ['place', 'notes']],
    // Actions that record something new limit no field.
    ['supervisor', 'appointment.create', ['kind', 'place', 'notes'], []],
    ['supervisor', 'note.add', ['body'], []],
    // Where the action is refused, so is every field.
    ['admin', 'appointment.update', ['status'], ['status']],
    ['supervisor', 'client.update', ['phone'], ['phone']],
    ['caseworker', 'appointment.update', ['outcome'], ['outcome']],
  ] as const)('%s, %s changing %j → refuses %j', (role, action, changed, refused) => {
    expect(fieldsEmergencyAccessRefuses(role, action, changed)).toEqual(refused);
  });

  it('names the fields an appointment change may touch, and limits no other action', () => {
    expect(emergencyFieldsFor('appointment.update')).toEqual(['status', 'outcome', 'startsAt', 'endsAt']);
    expect(CLIENT_FILE_ACTIONS.filter((action) => emergencyFieldsFor(action) !== undefined)).toEqual(['appointment.update']);
  });
});
