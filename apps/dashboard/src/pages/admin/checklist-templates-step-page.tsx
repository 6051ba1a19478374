import { useState } from 'react';
import { checklistTemplatesApi } from '../../api/checklist-templates-api';
import type { ChecklistStep, ChecklistTemplateView } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { Notice } from '../../components/notice';
import { Page } from '../../components/page';
import { useAsync } from '../../hooks/use-async';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router/router';
import { isChecklistStep } from '#domain';
import { ChecklistTemplateEditor } from './checklist-templates-editor';
import { checklistStepLabel, TemplateVersionDetails } from './checklist-templates-view';

/** One step's checklist: edited as a new version, with the earlier versions to read. */
export function ChecklistTemplateStepPage({ step }: { readonly step: string }) {
  const { t } = useI18n();
  if (!isChecklistStep(step)) {
    return (
      <Page title={t('checklistTemplates.notFound')}>
        <p className="secondary-links">
          <Link to="/checklist-templates">{t('checklistTemplates.backToList')}</Link>
        </p>
      </Page>
    );
  }
  return <StepTemplates step={step} />;
}

function StepTemplates({ step }: { readonly step: ChecklistStep }) {
  const { t, locale, dateTime } = useI18n();
  const versions = useAsync((signal) => checklistTemplatesApi.versions(step, signal), [step]);
  const [saved, setSaved] = useState<number | null>(null);
  const title = checklistStepLabel(locale, step);
  const back = <Link to="/checklist-templates">{t('checklistTemplates.backToList')}</Link>;

  if (versions.error && !versions.data) {
    return (
      <Page title={title} intro={back}>
        <ErrorAlert error={versions.error} onRetry={versions.reload} />
      </Page>
    );
  }
  if (!versions.data) {
    return (
      <Page title={title} intro={back}>
        <Loading />
      </Page>
    );
  }

  // Newest first: the first is the one applications are checked against.
  const [current, ...earlier] = versions.data;
  const onSaved = (template: ChecklistTemplateView) => {
    setSaved(template.version);
    versions.setData([template, ...(versions.data ?? [])]);
  };

  return (
    <Page title={title} intro={back}>
      {current ? (
        <p className="muted">
          {current.createdBy === null
            ? t('checklistTemplates.currentDefault', { version: current.version })
            : t('checklistTemplates.currentChanged', { version: current.version, at: dateTime(current.createdAt) })}
        </p>
      ) : null}
      {saved !== null ? <Notice tone="success">{t('checklistTemplates.saved', { version: saved })}</Notice> : null}
      <ChecklistTemplateEditor
        // A new current version (saved here or loaded after someone else's) starts a fresh draft from it.
        key={current?.version ?? 0}
        step={step}
        template={current ?? null}
        onSaved={onSaved}
        onReload={() => {
          setSaved(null);
          versions.reload();
        }}
      />
      <section className="section" aria-labelledby="checklist-template-versions">
        <h2 id="checklist-template-versions">{t('checklistTemplates.earlierVersions')}</h2>
        {earlier.length === 0 ? (
          <p className="muted">{t('checklistTemplates.noEarlierVersions')}</p>
        ) : (
          <ul className="plain-list">
            {earlier.map((template) => (
              <li key={template.version}>
                <details>
                  <summary>
                    {template.createdBy === null
                      ? t('checklistTemplates.versionDefault', { version: template.version })
                      : t('checklistTemplates.versionChanged', { version: template.version, at: dateTime(template.createdAt) })}
                  </summary>
                  <TemplateVersionDetails template={template} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
