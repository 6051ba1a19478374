import { partnersApi } from '../../api/partners-api';
import type { PartnerFields } from '../../api/types';
import { Page } from '../../components/page';
import { useAction } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link, useNavigate } from '../../router/router';
import { OrganisationForm } from './organisation-form';

/** Adds an organisation to the directory; its services are added on its page. */
export function NewPartnerPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useAction((fields: PartnerFields) => partnersApi.create(fields));

  const submit = async (fields: PartnerFields) => {
    const result = await create.run(fields);
    if (result.ok) navigate(`/partners/${encodeURIComponent(result.value.id)}?created=1`);
  };

  return (
    <Page title={t('partners.newTitle')} intro={t('partners.newIntro')}>
      <OrganisationForm submitLabel={t('partners.create')} busy={create.busy} error={create.error} onSubmit={(fields) => void submit(fields)} />
      <p className="secondary-links">
        <Link to="/partners">{t('partners.backToDirectory')}</Link>
      </p>
    </Page>
  );
}
