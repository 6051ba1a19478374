import type { ReactNode } from 'react';
import type { Bilingual, Confidence, Hardness } from '../api/types';
import { daysBetween } from '../i18n/format';
import { translate, useI18n } from '../i18n/i18n';
import { confidenceLabel, hardnessLabel, inLocale } from '../i18n/labels';
import { LocalDate } from './local-date';

/** "3 days left", "Due today", "2 days overdue": counted in calendar days from today in Japan. */
export function DaysLeft({ dueDate, today }: { readonly dueDate: string; readonly today: string }) {
  const { t } = useI18n();
  const days = daysBetween(today, dueDate);
  if (Number.isNaN(days)) return null;
  if (days < 0) return <span className="days-left days-overdue">{t('deadline.overdueBy', { days: -days })}</span>;
  if (days === 0) return <span className="days-left days-today">{t('deadline.dueToday')}</span>;
  return <span className={`days-left${days <= 7 ? ' days-soon' : ''}`}>{t('deadline.daysLeft', { days })}</span>;
}

export function HardnessBadge({ hardness }: { readonly hardness: Hardness }) {
  const { t } = useI18n();
  return <span className={`badge badge-${hardness}`}>{hardnessLabel(t, hardness)}</span>;
}

/** V and S as a badge; U also says in words that a lawyer should check the rule. */
export function ConfidenceBadge({ confidence }: { readonly confidence: Confidence }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-confidence-${confidence}`} title={t(`confidence.explain.${confidence}` as const)}>
      {confidenceLabel(t, confidence)}
    </span>
  );
}

export function UnverifiedWarning() {
  const { t } = useI18n();
  return <p className="unverified">{t('confidence.unverifiedWarning')}</p>;
}

interface DeadlineFactsProps {
  readonly dueDate: string;
  readonly hardness: Hardness;
  readonly confidence: Confidence;
  readonly conservativeDueDate?: string | null;
  readonly opensOn?: string | null;
  readonly explanation: Bilingual;
  readonly basis: Bilingual;
  /** Show the explanation and basis in both languages (the calculator), or only the user's. */
  readonly bothLanguages?: boolean;
  readonly today?: string;
  readonly children?: ReactNode;
}

/**
 * What a caseworker needs to trust a computed deadline: the date, how hard it is, how sure the
 * rule is, the safe date when a reading of the law is unverified, and the explanation with its
 * legal basis.
 */
export function DeadlineFacts({ dueDate, hardness, confidence, conservativeDueDate, opensOn, explanation, basis, bothLanguages = false, today, children }: DeadlineFactsProps) {
  const { t, locale } = useI18n();
  return (
    <div className="deadline-facts">
      <p className="deadline-due">
        <span className="deadline-date">
          <LocalDate value={dueDate} />
        </span>{' '}
        {today ? <DaysLeft dueDate={dueDate} today={today} /> : null} <HardnessBadge hardness={hardness} /> <ConfidenceBadge confidence={confidence} />
      </p>
      {confidence === 'U' ? <UnverifiedWarning /> : null}
      {conservativeDueDate && conservativeDueDate !== dueDate ? (
        <p className="deadline-safe">
          {t('deadline.safeBy')} <strong><LocalDate value={conservativeDueDate} /></strong>
        </p>
      ) : null}
      {opensOn ? (
        <p>
          {t('deadline.opensOn')} <LocalDate value={opensOn} />
        </p>
      ) : null}
      {children}
      {bothLanguages ? (
        <div className="bilingual">
          <div lang="ja">
            <h4>{translate('ja', 'deadline.inJapanese')}</h4>
            <p className="explanation">{explanation.ja}</p>
            <p className="basis">
              <span className="muted">{translate('ja', 'deadline.basis')} </span>
              {basis.ja}
            </p>
          </div>
          <div lang="en">
            <h4>{translate('en', 'deadline.inEnglish')}</h4>
            <p className="explanation">{explanation.en}</p>
            <p className="basis">
              <span className="muted">{translate('en', 'deadline.basis')} </span>
              {basis.en}
            </p>
          </div>
        </div>
      ) : (
        <>
          <p className="explanation">{inLocale(locale, explanation.ja, explanation.en)}</p>
          <p className="basis">
            <span className="muted">{t('deadline.basis')} </span>
            {inLocale(locale, basis.ja, basis.en)}
          </p>
        </>
      )}
    </div>
  );
}
