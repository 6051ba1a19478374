import { Page } from '../components/page';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { landingPath } from '../paths';
import { useMe } from '../session/session-context';

/** A screen the user's role may not open: say so plainly, and show the way back. */
export function ForbiddenPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Page title={t('forbidden.title')}>
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to={landingPath(me.role)}>{t('common.backToStart')}</Link>
      </p>
    </Page>
  );
}
