import { useEffect, useRef, useState, type FormEvent } from 'react';
import { clientsApi } from '../../api/clients-api';
import { isApiError } from '../../api/http-client';
import { teamsApi } from '../../api/teams-api';
import {
  CUSTODY_CATEGORIES,
  DEPORTATION_STAGES,
  RESIDENCE_STAGES,
  TRIAGE_CATEGORIES,
  type CustodyCategory,
  type DeportationStage,
  type DuplicateCandidate,
  type IntakeRequest,
  type Me,
  type ResidenceStage,
  type TeamView,
  type TriageCategory,
} from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-fields';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { custodyCategoryLabel, deportationLabel, residenceLabel } from '../../i18n/labels';
import { Link, useNavigate } from '../../router/router';
import { useMe } from '../../session/session-context';
import { DuplicateList } from './duplicate-list';
import { CareFields, emptyPersonDraft, optional, PersonFields, personDetails, WorkAllowedRadios, type PersonDraft } from './person-fields';
import { asksWorkFlag, custodyNamedByStage, hasPeriodOfStay, reportingIntervalFor, takesTriageCategory } from './status-rules';

interface StatusDraft {
  readonly teamId: string;
  readonly primaryWorkerId: string;
  readonly residenceStage: ResidenceStage;
  readonly residenceExpiresOn: string;
  readonly workAllowed: '' | 'yes' | 'no';
  readonly triageCategory: TriageCategory | '';
  readonly deportationStage: DeportationStage;
  readonly custody: CustodyCategory | '';
  readonly reportingIntervalMonths: string;
  readonly provisionalReleaseUntil: string;
}

/** The teams a user may take a file in for: those they work in or supervise. */
function intakeTeams(me: Me, teams: readonly TeamView[]): TeamView[] {
  const mine = new Set(me.teams.map((m) => m.id));
  return teams.filter((team) => mine.has(team.id));
}

function toRequest(person: PersonDraft, status: StatusDraft, me: Me, confirmNotDuplicate: boolean): IntakeRequest {
  const namedCustody = custodyNamedByStage(status.deportationStage);
  const custody = namedCustody ?? (status.custody === '' ? null : status.custody);
  const interval = reportingIntervalFor(custody);
  return {
    ...personDetails(person),
    teamId: status.teamId,
    // A caseworker is the primary caseworker of what they take in unless they name a colleague.
    ...(status.primaryWorkerId && !(me.role === 'caseworker' && status.primaryWorkerId === me.id) ? { primaryWorkerId: status.primaryWorkerId } : {}),
    residence: {
      stage: status.residenceStage,
      expiresOn: hasPeriodOfStay(status.residenceStage) ? optional(status.residenceExpiresOn) : null,
      workAllowed: asksWorkFlag(status.residenceStage) ? (status.workAllowed === '' ? null : status.workAllowed === 'yes') : null,
      triageCategory: takesTriageCategory(status.residenceStage) && status.triageCategory !== '' ? status.triageCategory : null,
    },
    custody: {
      stage: status.deportationStage,
      custody: namedCustody === null ? custody : null,
      reportingIntervalMonths: interval !== 'none' && status.reportingIntervalMonths !== '' ? Number(status.reportingIntervalMonths) : null,
      provisionalReleaseUntil: custody === 'PROVISIONAL_RELEASE' ? optional(status.provisionalReleaseUntil) : null,
    },
    ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
  };
}

/** Takes a new client in: one form in sections, then the duplicate warning when the person may already have a file. */
export function IntakePage() {
  const { t } = useI18n();
  const me = useMe();
  const teams = useAsync((signal) => teamsApi.list(signal), []);
  const usable = teams.data ? intakeTeams(me, teams.data) : undefined;

  return (
    <Page title={t('intake.title')} intro={t('intake.intro')}>
      {teams.error ? <ErrorAlert error={teams.error} onRetry={teams.reload} /> : null}
      {!usable && !teams.error ? <Loading /> : null}
      {usable && usable.length === 0 ? <p>{t('intake.noTeam')}</p> : null}
      {usable && usable.length > 0 ? <IntakeForm teams={usable} /> : null}
      <p className="secondary-links">
        <Link to="/clients">{t('clients.backToSearch')}</Link>
      </p>
    </Page>
  );
}

function IntakeForm({ teams }: { readonly teams: readonly TeamView[] }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [person, setPerson] = useState<PersonDraft>(emptyPersonDraft);
  const [status, setStatus] = useState<StatusDraft>(() => ({
    teamId: teams.length === 1 ? teams[0].id : '',
    primaryWorkerId: me.role === 'caseworker' ? me.id : '',
    residenceStage: 'NO_STATUS',
    residenceExpiresOn: '',
    workAllowed: '',
    triageCategory: '',
    deportationStage: 'D0_NONE',
    custody: '',
    reportingIntervalMonths: '',
    provisionalReleaseUntil: '',
  }));
  const [candidates, setCandidates] = useState<readonly DuplicateCandidate[] | null>(null);
  const [checked, setChecked] = useState<readonly DuplicateCandidate[] | null>(null);
  const warningRef = useRef<HTMLDivElement>(null);
  const members = useAsync((signal) => (status.teamId ? teamsApi.get(status.teamId, signal) : Promise.resolve(null)), [status.teamId]);
  const intake = useAction((confirm: boolean) => clientsApi.intake(toRequest(person, status, me, confirm)));
  const check = useAction(() => {
    const details = personDetails(person);
    return clientsApi.duplicateCheck({
      familyName: details.familyName,
      givenName: details.givenName,
      nativeName: details.nativeName,
      katakanaName: details.katakanaName,
      dateOfBirth: details.dateOfBirth,
      residenceCardNumber: details.residenceCardNumber,
    });
  });

  useEffect(() => {
    if (candidates) warningRef.current?.focus();
  }, [candidates]);

  const set = <K extends keyof StatusDraft>(key: K, value: StatusDraft[K]) => setStatus((current) => ({ ...current, [key]: value }));
  const problems = fieldProblemsOf(intake.error, t, locale);
  const problem = (field: string) => problemFor(problems, field);

  const send = async (confirm: boolean) => {
    const result = await intake.run(confirm);
    if (result.ok) {
      navigate(`/clients/${result.value.client.id}?created=1`);
      return;
    }
    if (isApiError(result.error, 'DUPLICATE_SUSPECTED')) {
      const found = result.error.details?.candidates;
      intake.clearError();
      setCandidates(Array.isArray(found) ? (found as DuplicateCandidate[]) : []);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(false);
  };

  const runCheck = async () => {
    setChecked(null);
    const result = await check.run();
    if (result.ok) setChecked(result.value);
  };

  const eligibleWorkers = (members.data?.members ?? []).filter((m) => m.active && (m.role === 'caseworker' || m.role === 'supervisor'));
  const namedCustody = custodyNamedByStage(status.deportationStage);
  const interval = reportingIntervalFor(namedCustody ?? (status.custody === '' ? null : status.custody));

  if (candidates) {
    return (
      <div className="alert alert-warning duplicate-warning" role="alert" tabIndex={-1} ref={warningRef}>
        <p className="alert-message">{t('duplicates.title')}</p>
        <p>{t('duplicates.body')}</p>
        <DuplicateList candidates={candidates} />
        <ErrorAlert error={intake.error} />
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={intake.busy} onClick={() => void send(true)}>
            {t('duplicates.createAnyway')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setCandidates(null)}>
            {t('duplicates.backToForm')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="form form-wide" onSubmit={submit}>
      <ErrorAlert error={intake.error} />

      <fieldset className="fieldset">
        <legend>{t('intake.section.team')}</legend>
        <div className="field-grid">
          <SelectField
            label={t('intake.team')}
            required
            value={status.teamId}
            onChange={(event) => setStatus({ ...status, teamId: event.target.value, primaryWorkerId: me.role === 'caseworker' ? me.id : '' })}
          >
            <option value="">{t('common.choose')}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
          {status.teamId ? (
            <SelectField
              label={t('intake.primaryWorker')}
              hint={me.role === 'caseworker' ? t('intake.primaryWorkerHintCaseworker') : t('intake.primaryWorkerHintSupervisor')}
              required
              problem={problem('primaryWorkerId')}
              value={status.primaryWorkerId}
              onChange={(event) => set('primaryWorkerId', event.target.value)}
            >
              <option value="">{t('common.choose')}</option>
              {eligibleWorkers.map((worker) => (
                <option key={worker.userId} value={worker.userId}>
                  {worker.displayName}
                </option>
              ))}
            </SelectField>
          ) : null}
        </div>
        {members.error ? <ErrorAlert error={members.error} onRetry={members.reload} /> : null}
      </fieldset>

      <PersonFields draft={person} onChange={setPerson} problem={problem} />

      <div className="duplicate-check">
        <p className="field-hint">{t('duplicates.checkHint')}</p>
        <div className="button-row">
          <button type="button" className="button button-secondary" disabled={check.busy || person.familyName.trim() === ''} onClick={() => void runCheck()}>
            {t('duplicates.check')}
          </button>
        </div>
        <ErrorAlert error={check.error} />
        {checked && checked.length === 0 ? <Notice tone="info">{t('duplicates.noneFound')}</Notice> : null}
        {checked && checked.length > 0 ? (
          <div className="alert alert-warning" role="alert">
            <p className="alert-message">{t('duplicates.title')}</p>
            <DuplicateList candidates={checked} />
          </div>
        ) : null}
      </div>

      <fieldset className="fieldset">
        <legend>{t('intake.section.residence')}</legend>
        <SelectField label={t('client.residenceStatus')} value={status.residenceStage} onChange={(event) => set('residenceStage', event.target.value as ResidenceStage)}>
          {RESIDENCE_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {residenceLabel(t, stage)}
            </option>
          ))}
        </SelectField>
        {hasPeriodOfStay(status.residenceStage) ? (
          <TextField
            label={t('client.residenceExpiresOn')}
            type="date"
            required
            className="field-short"
            problem={problem('residence.expiresOn')}
            value={status.residenceExpiresOn}
            onChange={(event) => set('residenceExpiresOn', event.target.value)}
          />
        ) : null}
        {asksWorkFlag(status.residenceStage) ? <WorkAllowedRadios value={status.workAllowed} problem={problem('residence.workAllowed')} onChange={(value) => set('workAllowed', value)} /> : null}
        {takesTriageCategory(status.residenceStage) ? (
          <SelectField label={t('client.triageCategory')} value={status.triageCategory} onChange={(event) => set('triageCategory', event.target.value as TriageCategory | '')}>
            <option value="">{t('common.notRecorded')}</option>
            {TRIAGE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </SelectField>
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('intake.section.custody')}</legend>
        <SelectField label={t('client.deportationStage')} value={status.deportationStage} onChange={(event) => set('deportationStage', event.target.value as DeportationStage)}>
          {DEPORTATION_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {deportationLabel(t, stage)}
            </option>
          ))}
        </SelectField>
        {namedCustody === null ? (
          <SelectField label={t('client.custodyNow')} required problem={problem('custody.custody')} value={status.custody} onChange={(event) => set('custody', event.target.value as CustodyCategory | '')}>
            <option value="">{t('common.choose')}</option>
            {CUSTODY_CATEGORIES.filter((category) => category !== 'NONE').map((category) => (
              <option key={category} value={category}>
                {custodyCategoryLabel(t, category)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {interval !== 'none' ? (
          <TextField
            label={t('client.reportingIntervalMonths')}
            hint={interval === 'required' ? t('client.reportingIntervalRequired') : t('client.reportingIntervalOptional')}
            type="number"
            min={1}
            max={interval === 'required' ? 3 : 12}
            required={interval === 'required'}
            className="field-short"
            problem={problem('custody.reportingIntervalMonths')}
            value={status.reportingIntervalMonths}
            onChange={(event) => set('reportingIntervalMonths', event.target.value)}
          />
        ) : null}
        {(namedCustody ?? status.custody) === 'PROVISIONAL_RELEASE' ? (
          <TextField
            label={t('status.releaseUntil')}
            hint={t('status.releaseUntilHint')}
            type="date"
            className="field-short"
            problem={problem('custody.provisionalReleaseUntil')}
            value={status.provisionalReleaseUntil}
            onChange={(event) => set('provisionalReleaseUntil', event.target.value)}
          />
        ) : null}
      </fieldset>

      <CareFields draft={person} onChange={setPerson} problem={problem} />

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={intake.busy}>
          {intake.busy ? t('common.saving') : t('intake.submit')}
        </button>
      </div>
    </form>
  );
}
