import { useEffect, useId, useState, type FormEvent } from 'react';
import { partnersApi } from '../../api/partners-api';
import { PREFECTURES, SERVICE_KINDS, type PartnerListQuery, type PartnerServiceSearchQuery } from '../../api/types';
import { CheckboxField, SelectField, TextField } from '../../components/form-fields';
import { KeysetList } from '../../components/keyset-list';
import { Page } from '../../components/page';
import { useKeysetPages } from '../../hooks/use-keyset-pages';
import { useI18n } from '../../i18n/i18n';
import { languageName, prefectureLabel, serviceKindLabel } from '../../i18n/labels';
import { Link, useSearchParams } from '../../router/router';
import { useMe } from '../../session/session-context';
import { commonLanguages, ContactFacts, editsDirectory, ServiceBadges, ServiceFacts } from './partner-parts';

const PAGE_SIZE = 25;
/** ISO 639-1, as the API asks. */
const LANGUAGE_CODE = /^[a-z]{2}$/;

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.find((option) => option === value);
}

type View = 'services' | 'organisations';

/**
 * The partner directory: services by kind, language, prefecture and name (Japanese or English),
 * or the organisations by name. The filters live in the address, so a search can be shared.
 */
export function PartnerDirectoryPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'organisations' ? 'organisations' : 'services';

  return (
    <Page
      title={t('partners.title')}
      intro={t('partners.intro')}
      actions={
        editsDirectory(me.role) ? (
          <Link to="/partners/new" className="button button-primary">
            {t('partners.add')}
          </Link>
        ) : null
      }
    >
      <div className="segmented" role="group" aria-label={t('partners.view')}>
        <button type="button" aria-pressed={view === 'services'} onClick={() => setParams({ view: undefined }, { replace: true })}>
          {t('partners.viewServices')}
        </button>
        <button type="button" aria-pressed={view === 'organisations'} onClick={() => setParams({ view: 'organisations' }, { replace: true })}>
          {t('partners.viewOrganisations')}
        </button>
      </div>
      {view === 'services' ? <ServiceSearch /> : <OrganisationSearch />}
    </Page>
  );
}

function ServiceSearch() {
  const { t, locale } = useI18n();
  const listId = useId();
  const [params, setParams] = useSearchParams();
  const language = params.get('language')?.trim().toLowerCase() ?? '';
  const query: PartnerServiceSearchQuery = {
    kind: oneOf(SERVICE_KINDS, params.get('kind')),
    language: LANGUAGE_CODE.test(language) ? language : undefined,
    prefecture: oneOf(PREFECTURES, params.get('prefecture')),
    q: params.get('q')?.trim().slice(0, 100) || undefined,
    includeInactive: params.get('inactive') === '1' || undefined,
  };
  const [text, setText] = useState({ q: query.q ?? '', language: query.language ?? '' });
  const [languageProblem, setLanguageProblem] = useState<string | undefined>(undefined);
  const textKey = `${query.q ?? ''}|${query.language ?? ''}`;
  useEffect(() => {
    const [q = '', language = ''] = textKey.split('|');
    setText({ q, language });
  }, [textKey]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = text.language.trim().toLowerCase();
    if (code !== '' && !LANGUAGE_CODE.test(code)) {
      setLanguageProblem(t('partners.languageProblem'));
      return;
    }
    setLanguageProblem(undefined);
    setParams({ q: text.q.trim().slice(0, 100), language: code }, { replace: true });
  };
  const choose = (name: string) => (event: { target: { value: string } }) => setParams({ [name]: event.target.value }, { replace: true });

  return (
    <>
      <section aria-label={t('common.filters')} className="filters">
        <form className="filter-row" role="search" onSubmit={submit}>
          <TextField
            label={t('partners.searchLabel')}
            hint={t('partners.searchHint')}
            type="search"
            maxLength={100}
            value={text.q}
            onChange={(event) => setText({ ...text, q: event.target.value })}
          />
          <TextField
            label={t('partners.language')}
            hint={t('partners.languageHint')}
            className="field-short"
            maxLength={2}
            autoComplete="off"
            list={listId}
            problem={languageProblem}
            value={text.language}
            onChange={(event) => setText({ ...text, language: event.target.value })}
          />
          <datalist id={listId}>
            {commonLanguages(locale).map((code) => (
              <option key={code} value={code}>
                {languageName(locale, code)}
              </option>
            ))}
          </datalist>
          <button type="submit" className="button button-primary">
            {t('common.search')}
          </button>
        </form>
        <div className="filter-row">
          <SelectField label={t('partners.kind')} value={query.kind ?? ''} onChange={choose('kind')}>
            <option value="">{t('common.all')}</option>
            {SERVICE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {serviceKindLabel(locale, kind)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('partners.prefecture')} value={query.prefecture ?? ''} onChange={choose('prefecture')}>
            <option value="">{t('common.all')}</option>
            {PREFECTURES.map((prefecture) => (
              <option key={prefecture} value={prefecture}>
                {prefectureLabel(locale, prefecture)}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label={t('partners.includeInactive')}
            checked={query.includeInactive === true}
            onChange={(event) => setParams({ inactive: event.target.checked ? '1' : undefined }, { replace: true })}
          />
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setLanguageProblem(undefined);
                setParams({ q: undefined, kind: undefined, language: undefined, prefecture: undefined, inactive: undefined }, { replace: true });
              }}
            >
              {t('common.clear')}
            </button>
          </div>
        </div>
      </section>
      <ServiceResults key={JSON.stringify(query)} query={query} />
    </>
  );
}

function ServiceResults({ query }: { readonly query: PartnerServiceSearchQuery }) {
  const { t } = useI18n();
  const list = useKeysetPages((cursor, signal) => partnersApi.searchServices({ ...query, cursor, limit: PAGE_SIZE }, signal), []);

  return (
    <section aria-labelledby="partner-results">
      <h2 id="partner-results" className="visually-hidden">
        {t('partners.results')}
      </h2>
      <KeysetList
        list={list}
        count={(count, more) => (more ? t('partners.countMore', { count }) : t('partners.count', { count }))}
        empty={<p>{t('partners.none')}</p>}
        moreLabel={t('common.showMore')}
      >
        {(items) => (
          <ul className="card-list">
            {items.map((listing) => (
              <li key={listing.id} className={`card partner-card${listing.active && listing.partner.active ? '' : ' partner-card-inactive'}`}>
                <h3 className="card-title">
                  <Link to={`/partners/${listing.partner.id}`}>{listing.partner.name}</Link>
                  {listing.partner.nameEn ? <span className="partner-name-en"> {listing.partner.nameEn}</span> : null}
                </h3>
                <p className="partner-service-line">
                  <span className="partner-service-name">{listing.name}</span> <ServiceBadges service={listing} organisationActive={listing.partner.active} />
                </p>
                <ServiceFacts service={listing} />
                <ContactFacts contact={listing.partner} />
              </li>
            ))}
          </ul>
        )}
      </KeysetList>
    </section>
  );
}

function OrganisationSearch() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query: PartnerListQuery = {
    q: params.get('q')?.trim().slice(0, 100) || undefined,
    includeInactive: params.get('inactive') === '1' || undefined,
  };
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams({ q: text.trim().slice(0, 100) }, { replace: true });
  };

  return (
    <>
      <section aria-label={t('common.filters')} className="filters">
        <form className="filter-row" role="search" onSubmit={submit}>
          <TextField label={t('partners.organisationSearchLabel')} hint={t('partners.organisationSearchHint')} type="search" maxLength={100} value={text} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="button button-primary">
            {t('common.search')}
          </button>
        </form>
        <div className="filter-row">
          <CheckboxField
            label={t('partners.includeInactiveOrganisations')}
            checked={query.includeInactive === true}
            onChange={(event) => setParams({ inactive: event.target.checked ? '1' : undefined }, { replace: true })}
          />
        </div>
      </section>
      <OrganisationResults key={JSON.stringify(query)} query={query} />
    </>
  );
}

function OrganisationResults({ query }: { readonly query: PartnerListQuery }) {
  const { t } = useI18n();
  const list = useKeysetPages((cursor, signal) => partnersApi.list({ ...query, cursor, limit: PAGE_SIZE }, signal), []);

  return (
    <KeysetList
      list={list}
      count={(count, more) => (more ? t('partners.organisationCountMore', { count }) : t('partners.organisationCount', { count }))}
      empty={<p>{t('partners.noOrganisations')}</p>}
      moreLabel={t('common.showMore')}
    >
      {(items) => (
        <div className="table-scroll">
          <table className="table table-wide table-stack">
            <caption className="visually-hidden">{t('partners.organisations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('partners.name')}</th>
                <th scope="col">{t('partners.contactPerson')}</th>
                <th scope="col">{t('partners.referralEmail')}</th>
                <th scope="col">{t('partners.phone')}</th>
                <th scope="col">{t('partners.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row">
                    <Link to={`/partners/${organisation.id}`}>{organisation.name}</Link>
                    {organisation.nameEn ? <span className="partner-name-en"> {organisation.nameEn}</span> : null}
                  </th>
                  <td data-label={t('partners.contactPerson')}>{organisation.contactPerson ?? '—'}</td>
                  <td data-label={t('partners.referralEmail')} className="break">
                    {organisation.referralEmail}
                  </td>
                  <td data-label={t('partners.phone')}>{organisation.phone ?? '—'}</td>
                  <td data-label={t('partners.status')}>
                    {organisation.active ? (
                      <span className="badge badge-status-active">{t('partners.active')}</span>
                    ) : (
                      <span className="badge badge-status-deactivated">{t('partners.inactive')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </KeysetList>
  );
}
