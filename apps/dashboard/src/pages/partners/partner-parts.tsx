import { PREFECTURES, type Locale, type PartnerServiceView, type PartnerSummaryView, type Prefecture, type Role } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { languageName, prefectureLabel, programmeLabel, serviceKindLabel } from '../../i18n/labels';
import { COMMON_LANGUAGES } from '../clients/documents/document-parts';

/** Who maintains the directory (the API refuses anyone else's change with 403). */
export function editsDirectory(role: Role): boolean {
  return role === 'supervisor' || role === 'admin';
}

/** Languages offered first when choosing or searching: those asylum files in Japan most often hold, Japanese first. */
export function commonLanguages(locale: Locale): string[] {
  const rest = COMMON_LANGUAGES.filter((code) => code !== 'ja').sort((a, b) => languageName(locale, a).localeCompare(languageName(locale, b), locale));
  return ['ja', ...rest];
}

export function joinWords(locale: Locale, words: readonly string[]): string {
  return words.join(locale === 'ja' ? '、' : ', ');
}

/** A service offered in every prefecture is said to be nationwide rather than listing 47 names. */
export function prefecturesText(locale: Locale, prefectures: readonly Prefecture[], nationwide: string): string {
  if (PREFECTURES.every((prefecture) => prefectures.includes(prefecture))) return nationwide;
  const ordered = PREFECTURES.filter((prefecture) => prefectures.includes(prefecture));
  return joinWords(
    locale,
    ordered.map((prefecture) => prefectureLabel(locale, prefecture)),
  );
}

/** The kind, the public programme it is, and whether it is out of searches. */
export function ServiceBadges({ service, organisationActive = true }: { readonly service: PartnerServiceView; readonly organisationActive?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <span className="partner-badges">
      <span className="badge badge-kind">{serviceKindLabel(locale, service.kind)}</span>
      {service.programme ? <span className="badge badge-programme">{programmeLabel(t, service.programme)}</span> : null}
      {!service.active ? <span className="badge badge-status-deactivated">{t('partners.serviceInactive')}</span> : null}
      {service.active && !organisationActive ? <span className="badge badge-status-deactivated">{t('partners.organisationInactive')}</span> : null}
    </span>
  );
}

/** "3 places free on 1 Dec 2026": the count and the day the partner gave it. */
export function CapacityText({ service }: { readonly service: PartnerServiceView }) {
  const { t, localDate } = useI18n();
  const { capacityAvailable: count, capacityUpdatedOn: on } = service;
  if (count === null || on === null) return <span className="muted">{t('partners.capacityUnknown')}</span>;
  const date = localDate(on);
  if (count === 0) return <span className="capacity-none">{t('partners.capacityNone', { date })}</span>;
  return <span className="capacity-free">{count === 1 ? t('partners.capacityOne', { date }) : t('partners.capacityCount', { count, date })}</span>;
}

/** What a caseworker needs to choose a service: where, in which languages, how many places, for whom. */
export function ServiceFacts({ service }: { readonly service: PartnerServiceView }) {
  const { t, locale } = useI18n();
  return (
    <dl className="facts facts-inline">
      <div>
        <dt>{t('partners.languages')}</dt>
        <dd>{joinWords(locale, service.languages.map((code) => languageName(locale, code)))}</dd>
      </div>
      <div>
        <dt>{t('partners.prefectures')}</dt>
        <dd>{prefecturesText(locale, service.prefectures, t('partners.nationwide'))}</dd>
      </div>
      <div>
        <dt>{t('partners.capacity')}</dt>
        <dd>
          <CapacityText service={service} />
        </dd>
      </div>
      {service.description ? (
        <div className="facts-wide">
          <dt>{t('partners.description')}</dt>
          <dd className="pre-line">{service.description}</dd>
        </div>
      ) : null}
      {service.eligibilityNotes ? (
        <div className="facts-wide">
          <dt>{t('partners.eligibilityNotes')}</dt>
          <dd className="pre-line">{service.eligibilityNotes}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The API accepts only these; anything else is shown as text, never made a link. */
const WEB_ADDRESS = /^https?:\/\//i;

interface Contact extends Pick<PartnerSummaryView, 'contactPerson' | 'phone' | 'website'> {
  readonly referralEmail?: string;
}

/** How to reach the organisation; what it has not given is left out. */
export function ContactFacts({ contact }: { readonly contact: Contact }) {
  const { t } = useI18n();
  return (
    <dl className="facts facts-inline">
      <div>
        <dt>{t('partners.contactPerson')}</dt>
        <dd>{contact.contactPerson ?? '—'}</dd>
      </div>
      {contact.referralEmail !== undefined ? (
        <div>
          <dt>{t('partners.referralEmail')}</dt>
          <dd className="break">
            <a href={`mailto:${contact.referralEmail}`}>{contact.referralEmail}</a>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('partners.phone')}</dt>
        <dd>{contact.phone ? <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a> : '—'}</dd>
      </div>
      <div>
        <dt>{t('partners.website')}</dt>
        <dd className="break">
          {contact.website && WEB_ADDRESS.test(contact.website) ? (
            <a href={contact.website} target="_blank" rel="noopener noreferrer">
              {contact.website}
            </a>
          ) : (
            (contact.website ?? '—')
          )}
        </dd>
      </div>
    </dl>
  );
}
