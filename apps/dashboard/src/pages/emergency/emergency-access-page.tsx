import { Page } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useNavigate } from '../../router/router';
import { BreakGlassForm } from './break-glass-form';

/**
 * Supervisors and administrators: open a file outside their scope by its client ID (search
 * reaches only files in scope, so an emergency starts from the ID the caller was given).
 */
export function EmergencyAccessPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Page title={t('emergency.title')} intro={t('emergency.intro')}>
      <BreakGlassForm onOpened={(client) => navigate(`/clients/${client.id}`)} />
    </Page>
  );
}
