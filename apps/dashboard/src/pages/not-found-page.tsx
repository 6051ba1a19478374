import { Page } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('common.backToStart')}</Link>
      </p>
    </Page>
  );
}
