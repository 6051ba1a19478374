import { useState, type FormEvent } from 'react';
import { referralsApi } from '../../../api/referrals-api';
import { APPOINTMENT_KINDS, type AppointmentKind, type ReferralView } from '../../../api/types';
import { SelectField, TextField } from '../../../components/form-fields';
import { useAction } from '../../../hooks/use-async';
import { tokyoInputToIso } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { appointmentKindLabel } from '../../../i18n/labels';
import { Link } from '../../../router/router';
import { ReferralErrorAlert } from './referral-parts';

interface IntakeAppointmentProps {
  readonly clientId: string;
  readonly referral: ReferralView;
  readonly onChanged: (message: string) => void;
  readonly onReload: () => void;
}

/**
 * The appointment an accepted referral leads to (the shelter's intake, the first lesson): made as
 * one of the file's appointments, with its reminders, and linked to the referral. Once made, it is
 * moved or cancelled in the Appointments tab like any other.
 */
export function IntakeAppointment({ clientId, referral, onChanged, onReload }: IntakeAppointmentProps) {
  const { t } = useI18n();
  const [kind, setKind] = useState<AppointmentKind>('other');
  const [startsAt, setStartsAt] = useState('');
  const [place, setPlace] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const add = useAction((start: string) => referralsApi.addAppointment(clientId, referral.id, { version: referral.version, kind, startsAt: start, place: place.trim() || null }));

  if (referral.appointmentId !== null) {
    return (
      <p className="subsection">
        {t('referrals.intakeRecorded')} <Link to="?tab=appointments">{t('referrals.intakeOpenAppointments')}</Link>
      </p>
    );
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const start = tokyoInputToIso(startsAt);
    setProblem(start ? undefined : t('common.required'));
    if (!start) return;
    const result = await add.run(start);
    if (result.ok) onChanged(t('referrals.intakeAdded', { number: referral.number }));
  };

  return (
    <form className="form subsection" onSubmit={(event) => void submit(event)} aria-label={t('referrals.intakeTitle', { number: referral.number })} noValidate>
      <h4>{t('referrals.intakeTitle', { number: referral.number })}</h4>
      <ReferralErrorAlert error={add.error} onReload={onReload} />
      <SelectField label={t('appointments.kind')} value={kind} onChange={(event) => setKind(event.target.value as AppointmentKind)}>
        {APPOINTMENT_KINDS.map((option) => (
          <option key={option} value={option}>
            {appointmentKindLabel(t, option)}
          </option>
        ))}
      </SelectField>
      <TextField label={t('appointments.startsAt')} type="datetime-local" required problem={problem} value={startsAt} onChange={(event) => setStartsAt(event.target.value)} />
      <TextField label={t('appointments.place')} maxLength={300} value={place} onChange={(event) => setPlace(event.target.value)} />
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={add.busy}>
          {t('referrals.intakeSubmit')}
        </button>
      </div>
    </form>
  );
}
