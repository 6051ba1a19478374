import { useId, useState, type KeyboardEvent } from 'react';
import { partnersApi } from '../../../api/partners-api';
import { PREFECTURES, SERVICE_KINDS, type PartnerServiceListingView, type PartnerServiceSearchQuery, type Prefecture, type ServiceKind } from '../../../api/types';
import { SelectField, TextField } from '../../../components/form-fields';
import { KeysetList } from '../../../components/keyset-list';
import { LocalDate } from '../../../components/local-date';
import { useKeysetPages } from '../../../hooks/use-keyset-pages';
import { useI18n } from '../../../i18n/i18n';
import { languageName, prefectureLabel, programmeLabel, serviceKindLabel } from '../../../i18n/labels';
import { COMMON_LANGUAGES } from '../documents/document-parts';

/** Services listed per page: enough to choose from, a narrower search finds the rest. */
const PAGE_SIZE = 20;

interface PickerProps {
  readonly selected: PartnerServiceListingView | null;
  readonly onSelect: (service: PartnerServiceListingView) => void;
  /** Starts with this kind of service (a consent for a referral's partner, say). */
  readonly initialKind?: ServiceKind;
}

/**
 * Finds a partner's service in the directory by kind, language, prefecture and words, and picks
 * one. It sits inside other forms, so it searches as the filters change (and on Enter in the
 * text box) rather than submitting a form of its own.
 */
export function PartnerServicePicker({ selected, onSelect, initialKind }: PickerProps) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<ServiceKind | ''>(initialKind ?? '');
  const [language, setLanguage] = useState('');
  const [prefecture, setPrefecture] = useState<Prefecture | ''>('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search: PartnerServiceSearchQuery = { kind: kind || undefined, language: language || undefined, prefecture: prefecture || undefined, q: query || undefined };
  const languages = [...COMMON_LANGUAGES].sort((a, b) => languageName(locale, a).localeCompare(languageName(locale, b), locale));

  const onTextKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter searches the directory; it must not submit the referral form around the picker.
    event.preventDefault();
    setQuery(text.trim());
  };

  return (
    <div className="partner-picker">
      <div className="filter-row field-grid">
        <SelectField label={t('referrals.search.kind')} value={kind} onChange={(event) => setKind(event.target.value as ServiceKind | '')}>
          <option value="">{t('referrals.search.anyKind')}</option>
          {SERVICE_KINDS.map((option) => (
            <option key={option} value={option}>
              {serviceKindLabel(locale, option)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('referrals.search.language')} value={language} onChange={(event) => setLanguage(event.target.value)}>
          <option value="">{t('referrals.search.anyLanguage')}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageName(locale, code)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('referrals.search.prefecture')} value={prefecture} onChange={(event) => setPrefecture(event.target.value as Prefecture | '')}>
          <option value="">{t('referrals.search.anyPrefecture')}</option>
          {PREFECTURES.map((option) => (
            <option key={option} value={option}>
              {prefectureLabel(locale, option)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('referrals.search.text')} hint={t('referrals.search.textHint')} type="search" maxLength={200} value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onTextKey} />
      </div>
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" onClick={() => setQuery(text.trim())}>
          {t('referrals.search.submit')}
        </button>
      </div>
      <ServiceResults key={JSON.stringify(search)} search={search} selected={selected} onSelect={onSelect} />
    </div>
  );
}

function ServiceResults({ search, selected, onSelect }: { readonly search: PartnerServiceSearchQuery; readonly selected: PartnerServiceListingView | null; readonly onSelect: (service: PartnerServiceListingView) => void }) {
  const { t } = useI18n();
  const name = useId();
  const list = useKeysetPages((cursor, signal) => partnersApi.searchServices({ ...search, cursor, limit: PAGE_SIZE }, signal), [JSON.stringify(search)]);
  return (
    <fieldset className="fieldset fieldset-plain">
      <legend>{t('referrals.search.results')}</legend>
      <KeysetList
        list={list}
        count={(count, more) => (more ? t('referrals.search.countMore', { count }) : t('referrals.search.count', { count }))}
        empty={<p className="muted">{t('referrals.search.none')}</p>}
        moreLabel={t('common.showMore')}
      >
        {(items) => (
          <div className="radio-list service-options">
            {items.map((service) => (
              <label key={service.id} className="radio service-option">
                <input type="radio" name={name} value={service.id} checked={selected?.id === service.id} onChange={() => onSelect(service)} />
                <ServiceSummary service={service} />
              </label>
            ))}
          </div>
        )}
      </KeysetList>
    </fieldset>
  );
}

/** A service as a caseworker chooses it: who, what, in which languages and where, and room left. */
export function ServiceSummary({ service }: { readonly service: PartnerServiceListingView }) {
  const { t, locale } = useI18n();
  const separator = locale === 'ja' ? '、' : ', ';
  return (
    <span className="service-summary">
      <strong>{service.name}</strong> — {service.partner.name}
      {locale === 'en' && service.partner.nameEn ? <span className="muted"> ({service.partner.nameEn})</span> : null}
      <span className="small muted service-facts">
        {' '}
        {serviceKindLabel(locale, service.kind)}
        {service.programme ? ` · ${programmeLabel(t, service.programme)}` : ''}
        {service.languages.length > 0 ? ` · ${service.languages.map((code) => languageName(locale, code)).join(separator)}` : ''}
        {service.prefectures.length > 0 ? ` · ${service.prefectures.map((code) => prefectureLabel(locale, code)).join(separator)}` : ''}
        {service.capacityAvailable !== null ? (
          <>
            {' · '}
            {t('referrals.capacity', { count: service.capacityAvailable })}
            {service.capacityUpdatedOn ? (
              <>
                {' '}
                ({t('referrals.capacityOn')} <LocalDate value={service.capacityUpdatedOn} />)
              </>
            ) : null}
          </>
        ) : null}
      </span>
      {service.eligibilityNotes ? <span className="small service-eligibility">{t('referrals.eligibilityNotes', { notes: service.eligibilityNotes })}</span> : null}
    </span>
  );
}
