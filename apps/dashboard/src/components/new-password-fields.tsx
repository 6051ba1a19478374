import { useI18n, type Translate } from '../i18n/i18n';
import { TextField } from './form-fields';

/** The API's rule (ASVS V2.1): at least 12 characters, counted as Unicode code points. */
export const PASSWORD_MIN_LENGTH = 12;

/** What the form can tell before asking the server; the server also refuses common passwords. */
export function newPasswordProblems(t: Translate, password: string, repeat: string): { password?: string; repeat?: string } {
  const problems: { password?: string; repeat?: string } = {};
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.password = t('password.problem.TOO_SHORT');
  if (repeat !== password) problems.repeat = t('password.repeatMismatch');
  return problems;
}

interface NewPasswordFieldsProps {
  readonly password: string;
  readonly repeat: string;
  readonly onPasswordChange: (value: string) => void;
  readonly onRepeatChange: (value: string) => void;
  /** Show the problems (after a first attempt to submit). */
  readonly showProblems: boolean;
}

export function NewPasswordFields({ password, repeat, onPasswordChange, onRepeatChange, showProblems }: NewPasswordFieldsProps) {
  const { t } = useI18n();
  const problems = showProblems ? newPasswordProblems(t, password, repeat) : {};
  return (
    <>
      <TextField
        label={t('password.new')}
        hint={t('password.hint')}
        problem={problems.password}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => onPasswordChange(event.target.value)}
      />
      <TextField
        label={t('password.repeat')}
        problem={problems.repeat}
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => onRepeatChange(event.target.value)}
      />
    </>
  );
}
