import type { ChecklistStep, ChecklistTemplateView, Locale } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { documentCategoryLabel, inLocale } from '../../i18n/labels';
import { ChecklistStepLabels } from '#domain';

/** The procedure step in the interface language ('first-application' → 初回申請). */
export function checklistStepLabel(locale: Locale, step: ChecklistStep): string {
  const label = ChecklistStepLabels[step];
  return label ? inLocale(locale, label.ja, label.en) : step;
}

/** Both languages of a text, each marked with its language for screen readers and fonts. */
function BothLanguages({ ja, en }: { readonly ja: string; readonly en: string }) {
  return (
    <>
      <span lang="ja">{ja}</span>
      <br />
      <span lang="en" className="muted">
        {en}
      </span>
    </>
  );
}

/** One version of a template as it was saved, in both languages: what an earlier version asked for. */
export function TemplateVersionDetails({ template }: { readonly template: ChecklistTemplateView }) {
  const { t, locale } = useI18n();
  return (
    <div className="subsection">
      <dl className="facts">
        <div>
          <dt>{t('checklistTemplates.titleField')}</dt>
          <dd>
            <BothLanguages ja={template.title.ja} en={template.title.en} />
          </dd>
        </div>
        <div>
          <dt>{t('checklistTemplates.basis')}</dt>
          <dd>
            <BothLanguages ja={template.basis.ja} en={template.basis.en} />
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('checklistTemplates.versionItems', { version: template.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checklistTemplates.itemLabel')}</th>
              <th scope="col">{t('checklistTemplates.hint')}</th>
              <th scope="col">{t('checklistTemplates.categories')}</th>
              <th scope="col">{t('checklistTemplates.rules')}</th>
            </tr>
          </thead>
          <tbody>
            {template.items.map((item) => (
              <tr key={item.key}>
                <th scope="row">
                  <BothLanguages ja={item.label.ja} en={item.label.en} />
                  <br />
                  <code className="small">{item.key}</code>
                </th>
                <td>{item.hint ? <BothLanguages ja={item.hint.ja} en={item.hint.en} /> : '—'}</td>
                <td>{item.categories.map((category) => documentCategoryLabel(locale, category)).join(locale === 'ja' ? '、' : ', ')}</td>
                <td>
                  {item.required ? t('checklistTemplates.requiredShort') : t('checklistTemplates.optionalShort')}
                  {item.needsTranslation ? (
                    <>
                      <br />
                      {t('checklistTemplates.needsTranslationShort')}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
