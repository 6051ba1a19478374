import { checklistTemplatesApi } from '../../api/checklist-templates-api';
import { CHECKLIST_STEPS } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { inLocale } from '../../i18n/labels';
import { Link } from '../../router/router';
import { checklistStepLabel } from './checklist-templates-view';

const stepOrder = (step: string) => (CHECKLIST_STEPS as readonly string[]).indexOf(step);

/** The documents each procedure step expects, one checklist per step; administrators open one to change it. */
export function ChecklistTemplatesPage() {
  const { t, locale, dateTime } = useI18n();
  const templates = useAsync((signal) => checklistTemplatesApi.current(signal), []);

  return (
    <Page title={t('checklistTemplates.title')} intro={t('checklistTemplates.intro')}>
      {templates.error && !templates.data ? <ErrorAlert error={templates.error} onRetry={templates.reload} /> : null}
      {!templates.data && !templates.error ? <Loading /> : null}
      {templates.data && templates.data.length === 0 ? <p>{t('checklistTemplates.none')}</p> : null}
      {templates.data && templates.data.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('checklistTemplates.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checklistTemplates.step')}</th>
                <th scope="col">{t('checklistTemplates.titleField')}</th>
                <th scope="col" className="numeric">
                  {t('checklistTemplates.itemCount')}
                </th>
                <th scope="col" className="numeric">
                  {t('checklistTemplates.version')}
                </th>
                <th scope="col">{t('checklistTemplates.changedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {[...templates.data]
                .sort((a, b) => stepOrder(a.step) - stepOrder(b.step))
                .map((template) => (
                  <tr key={template.step}>
                    <th scope="row">
                      <Link to={`/checklist-templates/${encodeURIComponent(template.step)}`}>{checklistStepLabel(locale, template.step)}</Link>
                    </th>
                    <td>{inLocale(locale, template.title.ja, template.title.en)}</td>
                    <td className="numeric">
                      {t('checklistTemplates.itemCountValue', { items: template.items.length, required: template.items.filter((item) => item.required).length })}
                    </td>
                    <td className="numeric">{template.version}</td>
                    <td>{template.createdBy === null ? t('checklistTemplates.defaultVersion') : dateTime(template.createdAt)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
