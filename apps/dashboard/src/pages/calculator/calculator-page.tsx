import { useState, type FormEvent } from 'react';
import { deadlinesApi } from '../../api/deadlines-api';
import type { DeadlinePreview, DeadlineRule } from '../../api/types';
import { ConfidenceBadge, DeadlineFacts, HardnessBadge, UnverifiedWarning } from '../../components/deadline-parts';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField, TextField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Loading } from '../../components/loading';
import { Page } from '../../components/page';
import { useAction, useAsync } from '../../hooks/use-async';
import { fieldProblemsOf, problemFor } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { dateFieldLabel, inLocale } from '../../i18n/labels';
import { useSearchParams } from '../../router/router';

interface RuleGroup {
  readonly kind: string;
  /** The newest version: its title, inputs and basis describe the rule in force today. */
  readonly latest: DeadlineRule;
  readonly versions: readonly DeadlineRule[];
}

function groupRules(rules: readonly DeadlineRule[]): RuleGroup[] {
  const byKind = new Map<string, DeadlineRule[]>();
  for (const rule of rules) byKind.set(rule.kind, [...(byKind.get(rule.kind) ?? []), rule]);
  return [...byKind].map(([kind, versions]) => {
    const sorted = [...versions].sort((a, b) => a.version - b.version);
    return { kind, latest: sorted[sorted.length - 1], versions: sorted };
  });
}

/** The request field an input is sent as: the trigger input is `triggerDate`, the others by name. */
const requestField = (rule: DeadlineRule, input: string) => (input === rule.triggerInput ? 'triggerDate' : input);

/**
 * When is it due, and why: any deadline rule, from dates typed in, with the explanation in both
 * languages. Needs no client file.
 */
export function CalculatorPage() {
  const { t, locale } = useI18n();
  const rules = useAsync((signal) => deadlinesApi.rules(signal), []);
  const [params, setParams] = useSearchParams();
  const groups = rules.data ? groupRules(rules.data) : [];
  const group = groups.find((candidate) => candidate.kind === params.get('kind'));

  return (
    <Page title={t('calculator.title')} intro={t('calculator.intro')}>
      {rules.error ? <ErrorAlert error={rules.error} onRetry={rules.reload} /> : null}
      {!rules.data && !rules.error ? <Loading /> : null}
      {rules.data ? (
        <>
          <div className="form">
            <SelectField label={t('calculator.rule')} value={group?.kind ?? ''} onChange={(event) => setParams({ kind: event.target.value }, { replace: true })}>
              <option value="">{t('common.choose')}</option>
              {groups.map((candidate) => (
                <option key={candidate.kind} value={candidate.kind}>
                  {inLocale(locale, candidate.latest.title.ja, candidate.latest.title.en)}
                </option>
              ))}
            </SelectField>
          </div>
          {group ? <Calculator key={group.kind} group={group} /> : <p className="muted">{t('calculator.chooseRule')}</p>}
        </>
      ) : null}
    </Page>
  );
}

function Calculator({ group }: { readonly group: RuleGroup }) {
  const { t, locale } = useI18n();
  const rule = group.latest;
  const [dates, setDates] = useState<Readonly<Record<string, string>>>({});
  const [result, setResult] = useState<DeadlinePreview | null>(null);
  const preview = useAction((values: Readonly<Record<string, string>>) => deadlinesApi.preview(rule.kind, values));
  const problems = fieldProblemsOf(preview.error, t, locale);
  const label = (input: string) => dateFieldLabel(t, input, 'rule');
  const fieldLabel = (field: string) => (field === 'triggerDate' ? label(rule.triggerInput) : field === 'kind' ? t('calculator.rule') : label(field));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(null);
    const sent: Record<string, string> = {};
    for (const input of rule.inputs) if (dates[input]) sent[requestField(rule, input)] = dates[input];
    const outcome = await preview.run(sent);
    if (outcome.ok) setResult(outcome.value);
  };

  return (
    <>
      <section className="section" aria-labelledby="calculator-rule">
        <h2 id="calculator-rule">{inLocale(locale, rule.title.ja, rule.title.en)}</h2>
        <p>
          <HardnessBadge hardness={rule.hardness} /> <ConfidenceBadge confidence={rule.confidence} />
        </p>
        {rule.confidence === 'U' ? <UnverifiedWarning /> : null}
        <p className="basis">
          <span className="muted">{t('deadline.basis')} </span>
          {inLocale(locale, rule.basis.ja, rule.basis.en)}
        </p>
        {group.versions.length > 1 ? (
          <details>
            <summary>{t('calculator.versions', { count: group.versions.length })}</summary>
            <ul>
              {group.versions.map((version) => (
                <li key={version.version}>
                  {t('calculator.version', { version: version.version })} — {t('calculator.inForceFrom')} <LocalDate value={version.inForceFrom} />:{' '}
                  {inLocale(locale, version.basis.ja, version.basis.en)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <ErrorAlert error={preview.error} fieldLabel={fieldLabel} />
        <form className="form" onSubmit={(event) => void submit(event)}>
          <div className="field-grid">
            {rule.inputs.map((input) => (
              <TextField
                key={input}
                label={label(input)}
                hint={rule.requiredInputs.includes(input) ? undefined : t('calculator.optional')}
                type="date"
                required={rule.requiredInputs.includes(input)}
                problem={problemFor(problems, requestField(rule, input))}
                value={dates[input] ?? ''}
                onChange={(event) => setDates({ ...dates, [input]: event.target.value })}
              />
            ))}
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={preview.busy}>
              {t('calculator.compute')}
            </button>
          </div>
        </form>
      </section>
      {result ? (
        <section className="section calculator-result" aria-labelledby="calculator-result" aria-live="polite">
          <h2 id="calculator-result">{t('calculator.result')}</h2>
          <p className="muted">
            {t('calculator.usedVersion', { version: result.ruleVersion })} · {label(rule.triggerInput)}: <LocalDate value={result.triggerDate} />
          </p>
          <DeadlineFacts
            dueDate={result.dueDate}
            hardness={result.hardness}
            confidence={result.confidence}
            conservativeDueDate={result.conservativeDueDate}
            opensOn={result.opensOn}
            explanation={result.explanation}
            basis={result.basis}
            bothLanguages
          />
        </section>
      ) : null}
    </>
  );
}
