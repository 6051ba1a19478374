import type { StageHistoryEntry } from '../../api/types';
import { DateTime } from '../../components/date-time';
import { LocalDate } from '../../components/local-date';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/i18n';
import { anyStageLabel, dateFieldLabel, deportationLabel, outcomeOfStepLabel, residenceLabel } from '../../i18n/labels';

type Track = 'protection' | 'residence' | 'custody';

const STAGE_LABEL: Readonly<Record<Track, (t: Translate, stage: string) => string>> = {
  protection: anyStageLabel,
  residence: residenceLabel,
  custody: deportationLabel,
};

/** The steps recorded on one track, in the order they happened: dates, notes, corrections. */
export function StepHistory({ entries, caption, track }: { readonly entries: readonly StageHistoryEntry[]; readonly caption: string; readonly track: Track }) {
  const { t } = useI18n();
  if (entries.length === 0) return <p className="muted">{t('applications.noHistory')}</p>;
  return (
    <div className="table-scroll">
      <table className="table table-wide">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('applications.eventOn')}</th>
            <th scope="col">{t('applications.step')}</th>
            <th scope="col">{t('applications.datesRecorded')}</th>
            <th scope="col">{t('applications.note')}</th>
            <th scope="col">{t('applications.recordedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <HistoryRow key={entry.id} entry={entry} track={track} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HistoryRow({ entry, track }: { readonly entry: StageHistoryEntry; readonly track: Track }) {
  const { t } = useI18n();
  const stage = (value: string) => STAGE_LABEL[track](t, value);
  return (
    <tr className={entry.correctsId ? 'row-correction' : undefined}>
      <td className="nowrap">
        <LocalDate value={entry.eventOn} />
      </td>
      <td>
        {stage(entry.from)} → <strong>{stage(entry.to)}</strong>
        {entry.outcome ? <span className="muted"> ({outcomeOfStepLabel(t, entry.outcome)})</span> : null}
        {entry.correctsId ? (
          <>
            {' '}
            <span className="badge badge-correction">{t('applications.correction')}</span>
          </>
        ) : null}
      </td>
      <td>
        {Object.keys(entry.dates).length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="plain-list">
            {Object.entries(entry.dates).map(([field, date]) => (
              <li key={field}>
                {dateFieldLabel(t, field, track)}: <LocalDate value={date} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="pre-line">{entry.note ?? ''}</td>
      <td className="nowrap">
        <DateTime iso={entry.recordedAt} />
      </td>
    </tr>
  );
}
