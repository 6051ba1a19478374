import type { DuplicateCandidate } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';

/**
 * Files that may belong to the same person. One the user may see links to it; one of another
 * team shows only its case number and team, and whom to ask.
 */
export function DuplicateList({ candidates }: { readonly candidates: readonly DuplicateCandidate[] }) {
  const { t } = useI18n();
  return (
    <ul className="duplicate-list">
      {candidates.map((candidate) => (
        <li key={candidate.caseNumber}>
          <strong>{candidate.caseNumber}</strong> <span className="muted">({candidate.teamName})</span> — {t(`duplicates.reason.${candidate.reason}` as const)}
          <br />
          {candidate.inYourScope && candidate.clientId ? (
            <Link to={`/clients/${candidate.clientId}`} target="_blank" rel="noopener">
              {t('duplicates.openFile', { caseNumber: candidate.caseNumber })}
            </Link>
          ) : (
            <span>{t('duplicates.askSupervisor', { team: candidate.teamName })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
