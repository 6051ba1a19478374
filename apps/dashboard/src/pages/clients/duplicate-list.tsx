import type { DuplicateCandidate } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

/**
 * Files that may belong to the same person. One the user may see links to it; for files they may
 * not see, the server names only the team and its supervisors, so the list says whom to ask.
 */
export function DuplicateList({ candidates }: { readonly candidates: readonly DuplicateCandidate[] }) {
  const { t } = useI18n();
  return (
    <ul className="duplicate-list">
      {candidates.map((candidate) =>
        candidate.inYourScope && candidate.clientId && candidate.caseNumber ? (
          <li key={candidate.clientId}>
            <strong>{candidate.caseNumber}</strong> <span className="muted">({candidate.teamName})</span>
            {candidate.reason ? <> — {t(`duplicates.reason.${candidate.reason}` as const)}</> : null}
            <br />
            <Link to={`/clients/${candidate.clientId}`} target="_blank" rel="noopener">
              {t('duplicates.openFile', { caseNumber: candidate.caseNumber })}
            </Link>
          </li>
        ) : (
          <li key={`team:${candidate.teamName}`}>
            <span>{t('duplicates.inOtherTeam', { team: candidate.teamName })}</span>
            <br />
            <span>
              {candidate.askSupervisors.length > 0
                ? t('duplicates.askSupervisors', { names: candidate.askSupervisors.join(t('duplicates.nameSeparator')) })
                : t('duplicates.askTeam')}
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
