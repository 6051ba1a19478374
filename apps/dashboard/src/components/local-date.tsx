import { useI18n } from '../i18n/i18n';

/** A calendar date (`YYYY-MM-DD`): the day it names in every browser, never shifted by a time zone. */
export function LocalDate({ value }: { readonly value: string | null | undefined }) {
  const { localDate } = useI18n();
  if (!value) return <span className="muted">—</span>;
  return <time dateTime={value}>{localDate(value)}</time>;
}
