import type { Membership, MembershipKind, Role, TeamView } from '../../api/types';
import { CheckboxField, SelectField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

/** Team id → how the user belongs to it. A user belongs to a team at most once. */
export type MembershipChoice = ReadonlyMap<string, MembershipKind>;

export function toChoice(memberships: readonly Membership[]): MembershipChoice {
  return new Map(memberships.map((m) => [m.teamId, m.kind]));
}

export function toMemberships(choice: MembershipChoice): Membership[] {
  return [...choice].map(([teamId, kind]) => ({ teamId, kind }));
}

/**
 * What a role allows (the API's rule): caseworkers are members, supervisors supervise and/or are
 * members, administrators belong to no team.
 */
export function fitToRole(choice: MembershipChoice, role: Role): MembershipChoice {
  if (role === 'admin') return new Map();
  if (role === 'caseworker') return new Map([...choice].filter(([, kind]) => kind === 'member'));
  return choice;
}

export function sameChoice(a: MembershipChoice, b: MembershipChoice): boolean {
  return a.size === b.size && [...a].every(([team, kind]) => b.get(team) === kind);
}

interface MembershipEditorProps {
  readonly role: Role;
  readonly teams: readonly TeamView[];
  readonly value: MembershipChoice;
  readonly onChange: (value: MembershipChoice) => void;
}

export function MembershipEditor({ role, teams, value, onChange }: MembershipEditorProps) {
  const { t } = useI18n();
  const set = (teamId: string, kind: MembershipKind | null) => {
    const next = new Map(value);
    if (kind) next.set(teamId, kind);
    else next.delete(teamId);
    onChange(next);
  };

  return (
    <fieldset className="fieldset">
      <legend>{t('user.teams')}</legend>
      {role === 'admin' ? <p className="field-hint">{t('membership.adminNone')}</p> : null}
      {role !== 'admin' && teams.length === 0 ? <p className="field-hint">{t('membership.noTeamsYet')}</p> : null}
      {role === 'caseworker' && teams.length > 0 ? (
        <>
          <p className="field-hint">{t('membership.caseworkerHint')}</p>
          <div className="checkbox-grid">
            {teams.map((team) => (
              <CheckboxField
                key={team.id}
                label={team.name}
                checked={value.get(team.id) === 'member'}
                onChange={(event) => set(team.id, event.target.checked ? 'member' : null)}
              />
            ))}
          </div>
        </>
      ) : null}
      {role === 'supervisor' && teams.length > 0 ? (
        <>
          <p className="field-hint">{t('membership.supervisorHint')}</p>
          <div className="membership-grid">
            {teams.map((team) => (
              <SelectField
                key={team.id}
                label={team.name}
                value={value.get(team.id) ?? ''}
                onChange={(event) => set(team.id, event.target.value === '' ? null : (event.target.value as MembershipKind))}
              >
                <option value="">{t('membership.none')}</option>
                <option value="supervisor">{t('membership.supervisor')}</option>
                <option value="member">{t('membership.member')}</option>
              </SelectField>
            ))}
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
