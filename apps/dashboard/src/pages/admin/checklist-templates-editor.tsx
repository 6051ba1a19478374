import { useEffect, useRef, useState, type FormEvent } from 'react';
import { checklistTemplatesApi } from '../../api/checklist-templates-api';
import { ApiError, isApiError } from '../../api/http-client';
import { DOCUMENT_CATEGORIES, type ChecklistStep, type ChecklistTemplateChange, type ChecklistTemplateItem, type ChecklistTemplateView, type DocumentCategory } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { CheckboxField, TextAreaField, TextField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { StaleAlert } from '../../components/stale-alert';
import { useAction } from '../../hooks/use-async';
import { useI18n, type Translate } from '../../i18n/i18n';
import { documentCategoryLabel } from '../../i18n/labels';
import { CHECKLIST_LIMITS } from '#domain';

/** One item as edited: texts as typed, and whether its key is still derived from the English label. */
interface ItemDraft {
  /** Identifies the item on screen while it moves; never sent. */
  readonly uid: string;
  readonly key: string;
  /** Saved before: documents may be filed under the key, so it can no longer change. */
  readonly keyLocked: boolean;
  /** The administrator typed a key: stop deriving it from the English label. */
  readonly keyTyped: boolean;
  readonly labelJa: string;
  readonly labelEn: string;
  readonly hintJa: string;
  readonly hintEn: string;
  readonly categories: readonly DocumentCategory[];
  readonly required: boolean;
  readonly needsTranslation: boolean;
}

interface TemplateDraft {
  readonly titleJa: string;
  readonly titleEn: string;
  readonly basisJa: string;
  readonly basisEn: string;
  readonly items: readonly ItemDraft[];
}

let nextUid = 0;
const newUid = () => `item-${++nextUid}`;

function draftOf(template: ChecklistTemplateView | null): TemplateDraft {
  return {
    titleJa: template?.title.ja ?? '',
    titleEn: template?.title.en ?? '',
    basisJa: template?.basis.ja ?? '',
    basisEn: template?.basis.en ?? '',
    items: template
      ? template.items.map((item) => ({
          uid: newUid(),
          key: item.key,
          keyLocked: true,
          keyTyped: true,
          labelJa: item.label.ja,
          labelEn: item.label.en,
          hintJa: item.hint?.ja ?? '',
          hintEn: item.hint?.en ?? '',
          categories: item.categories,
          required: item.required,
          needsTranslation: item.needsTranslation,
        }))
      : [blankItem()],
  };
}

function blankItem(): ItemDraft {
  return { uid: newUid(), key: '', keyLocked: false, keyTyped: false, labelJa: '', labelEn: '', hintJa: '', hintEn: '', categories: [], required: true, needsTranslation: true };
}

/** "Medical report (if any)" → "medical-report-if-any": the key a new item is filed under, unless one is typed. */
function keyFrom(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CHECKLIST_LIMITS.maxKeyLength)
    .replace(/-+$/, '');
}

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function requestOf(draft: TemplateDraft, basedOnVersion: number): ChecklistTemplateChange {
  return {
    basedOnVersion,
    title: { ja: draft.titleJa.trim(), en: draft.titleEn.trim() },
    basis: { ja: draft.basisJa.trim(), en: draft.basisEn.trim() },
    items: draft.items.map(
      (item): ChecklistTemplateItem => ({
        key: item.key.trim(),
        label: { ja: item.labelJa.trim(), en: item.labelEn.trim() },
        // A hint is optional as a whole; half of one is caught below rather than dropped.
        hint: item.hintJa.trim() === '' && item.hintEn.trim() === '' ? null : { ja: item.hintJa.trim(), en: item.hintEn.trim() },
        categories: DOCUMENT_CATEGORIES.filter((category) => item.categories.includes(category)),
        required: item.required,
        needsTranslation: item.needsTranslation,
      }),
    ),
  };
}

/**
 * The problems the server would report, found before sending, under the same field names
 * (`items.2.label.ja`), so both show at the same place.
 */
function problemsOf(request: ChecklistTemplateChange, t: Translate): Map<string, string> {
  const problems = new Map<string, string>();
  const text = (field: string, value: string, max: number) => {
    if (value === '') problems.set(field, t('checklistTemplates.problem.required'));
    else if (value.length > max) problems.set(field, t('checklistTemplates.problem.tooLong', { max }));
  };
  text('title.ja', request.title.ja, CHECKLIST_LIMITS.maxLabelLength);
  text('title.en', request.title.en, CHECKLIST_LIMITS.maxLabelLength);
  text('basis.ja', request.basis.ja, CHECKLIST_LIMITS.maxTextLength);
  text('basis.en', request.basis.en, CHECKLIST_LIMITS.maxTextLength);
  if (request.items.length < CHECKLIST_LIMITS.minItems || request.items.length > CHECKLIST_LIMITS.maxItems) {
    problems.set('items', t('checklistTemplates.problem.itemCount', { min: CHECKLIST_LIMITS.minItems, max: CHECKLIST_LIMITS.maxItems }));
  }
  const seen = new Set<string>();
  request.items.forEach((item, index) => {
    const at = `items.${index}`;
    if (item.key === '' || item.key.length > CHECKLIST_LIMITS.maxKeyLength || !KEBAB_CASE.test(item.key)) {
      problems.set(`${at}.key`, t('checklistTemplates.problem.key', { max: CHECKLIST_LIMITS.maxKeyLength }));
    } else if (seen.has(item.key)) {
      problems.set(`${at}.key`, t('checklistTemplates.problem.keyTaken'));
    }
    seen.add(item.key);
    text(`${at}.label.ja`, item.label.ja, CHECKLIST_LIMITS.maxLabelLength);
    text(`${at}.label.en`, item.label.en, CHECKLIST_LIMITS.maxLabelLength);
    if (item.hint) {
      if (item.hint.ja === '' || item.hint.en === '') problems.set(item.hint.ja === '' ? `${at}.hint.ja` : `${at}.hint.en`, t('checklistTemplates.problem.hintBoth'));
      else {
        text(`${at}.hint.ja`, item.hint.ja, CHECKLIST_LIMITS.maxTextLength);
        text(`${at}.hint.en`, item.hint.en, CHECKLIST_LIMITS.maxTextLength);
      }
    }
    if (item.categories.length === 0) problems.set(`${at}.categories`, t('checklistTemplates.problem.categories'));
  });
  return problems;
}

/** The fields a VALIDATION_FAILED answer names, each with its problems in the interface language where known. */
function serverProblemsOf(error: unknown, t: Translate): Map<string, string> {
  const problems = new Map<string, string>();
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return problems;
  const fields = error.details?.fields;
  if (!Array.isArray(fields)) return problems;
  for (const entry of fields as unknown[]) {
    const { field, problems: texts } = (entry ?? {}) as { field?: unknown; problems?: unknown };
    if (typeof field !== 'string' || !Array.isArray(texts)) continue;
    const words = texts.map(String);
    problems.set(field, words.every((word) => word === 'required') ? t('checklistTemplates.problem.required') : t('checklistTemplates.problem.server', { problems: words.join(', ') }));
  }
  return problems;
}

/** `items.2.label.ja` → "Item 3 · Label (Japanese)": the summary names fields as the form shows them. */
function fieldName(field: string, t: Translate): string {
  const parts = field.split('.');
  const names: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? '';
    const next = parts[index + 1];
    if (part === 'items' && next !== undefined && /^\d+$/.test(next)) {
      names.push(t('checklistTemplates.item', { n: Number(next) + 1 }));
      index++;
    } else if (part === 'items') names.push(t('checklistTemplates.items'));
    else if (part === 'title') names.push(t('checklistTemplates.titleField'));
    else if (part === 'basis') names.push(t('checklistTemplates.basis'));
    else if (part === 'label') names.push(t('checklistTemplates.itemLabel'));
    else if (part === 'hint') names.push(t('checklistTemplates.hint'));
    else if (part === 'key') names.push(t('checklistTemplates.key'));
    else if (part === 'categories') {
      names.push(t('checklistTemplates.categories'));
      break;
    } else if (part === 'required') names.push(t('checklistTemplates.required'));
    else if (part === 'needsTranslation') names.push(t('checklistTemplates.needsTranslation'));
    else if (part === 'ja') names.push(t('checklistTemplates.inJapanese'));
    else if (part === 'en') names.push(t('checklistTemplates.inEnglish'));
    else names.push(part);
  }
  return names.join(' · ');
}

interface ChecklistTemplateEditorProps {
  readonly step: ChecklistStep;
  /** The current version, which the edit starts from; null when the step has none yet. */
  readonly template: ChecklistTemplateView | null;
  readonly onSaved: (template: ChecklistTemplateView) => void;
  /** After a STALE_VERSION: load the version someone else saved (this draft is dropped). */
  readonly onReload: () => void;
}

/** Where focus goes after an item is added, moved or removed: the same control of that item. */
interface FocusRequest {
  readonly uid: string;
  readonly selector: string;
}

/** The template's texts and items in both languages; saving adds a version, it never overwrites one. */
export function ChecklistTemplateEditor({ step, template, onSaved, onReload }: ChecklistTemplateEditorProps) {
  const { t } = useI18n();
  const basedOn = template?.version ?? 0;
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template));
  const [attempted, setAttempted] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [focusProblem, setFocusProblem] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const save = useAction((change: ChecklistTemplateChange) => checklistTemplatesApi.save(step, change));

  const request = requestOf(draft, basedOn);
  const ownProblems = problemsOf(request, t);
  const serverProblems = serverProblemsOf(save.error, t);
  const problem = (field: string, withParts = false): string | undefined => {
    const own = attempted ? ownProblems.get(field) : undefined;
    if (own) return own;
    const fromServer = [...serverProblems].filter(([name]) => name === field || (withParts && name.startsWith(`${field}.`))).map(([, text]) => text);
    return fromServer.length > 0 ? fromServer.join(' ') : undefined;
  };

  useEffect(() => {
    if (!focus) return;
    form.current?.querySelector<HTMLElement>(`[data-item="${focus.uid}"] ${focus.selector}`)?.focus();
    setFocus(null);
  }, [focus]);

  useEffect(() => {
    if (focusProblem > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .checklist-categories-invalid input')?.focus();
  }, [focusProblem]);

  const edit = (change: Partial<Omit<TemplateDraft, 'items'>>) => {
    setUnchanged(false);
    setDraft((current) => ({ ...current, ...change }));
  };
  const editItem = (uid: string, change: Partial<ItemDraft>) => {
    setUnchanged(false);
    setDraft((current) => ({
      ...current,
      items: current.items.map((item) => {
        if (item.uid !== uid) return item;
        const next = { ...item, ...change };
        return next.keyLocked || next.keyTyped ? next : { ...next, key: keyFrom(next.labelEn) };
      }),
    }));
  };
  // Adding, moving or removing items shifts their positions: a refusal naming `items.3` no longer points at the right one.
  const restructure = (items: readonly ItemDraft[], focusOn: FocusRequest | null) => {
    setUnchanged(false);
    save.clearError();
    setDraft((current) => ({ ...current, items }));
    setFocus(focusOn);
  };
  const add = () => {
    const item = blankItem();
    restructure([...draft.items, item], { uid: item.uid, selector: 'input' });
  };
  const move = (index: number, by: -1 | 1) => {
    const items = [...draft.items];
    const [moved] = items.splice(index, 1);
    if (!moved) return;
    const to = index + by;
    items.splice(to, 0, moved);
    // At either end that button is disabled: keep focus on the one that still works.
    const button = to === 0 ? 'down' : to === items.length - 1 ? 'up' : by < 0 ? 'up' : 'down';
    restructure(items, { uid: moved.uid, selector: `button[data-move="${button}"]` });
  };
  const remove = (index: number) => {
    const items = draft.items.filter((_, i) => i !== index);
    const neighbour = items[Math.min(index, items.length - 1)];
    restructure(items, neighbour ? { uid: neighbour.uid, selector: 'input' } : null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setUnchanged(false);
    if (ownProblems.size > 0) {
      save.clearError();
      setFocusProblem((n) => n + 1);
      return;
    }
    if (template && JSON.stringify(requestOf(draftOf(template), basedOn)) === JSON.stringify(request)) {
      setUnchanged(true);
      return;
    }
    const result = await save.run(request);
    if (result.ok) onSaved(result.value);
  };

  const summary = attempted && ownProblems.size > 0 ? ownProblems : serverProblems;
  return (
    <form ref={form} className="form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('checklistTemplates.editLabel')}>
      <p className="field-hint">{t('checklistTemplates.editIntro')}</p>

      <fieldset className="fieldset">
        <legend>{t('checklistTemplates.titleAndBasis')}</legend>
        <div className="field-grid">
          <TextField
            label={`${t('checklistTemplates.titleField')}${t('checklistTemplates.inJapaneseSuffix')}`}
            lang="ja"
            autoComplete="off"
            maxLength={CHECKLIST_LIMITS.maxLabelLength}
            problem={problem('title.ja')}
            value={draft.titleJa}
            onChange={(event) => edit({ titleJa: event.target.value })}
          />
          <TextField
            label={`${t('checklistTemplates.titleField')}${t('checklistTemplates.inEnglishSuffix')}`}
            lang="en"
            autoComplete="off"
            maxLength={CHECKLIST_LIMITS.maxLabelLength}
            problem={problem('title.en')}
            value={draft.titleEn}
            onChange={(event) => edit({ titleEn: event.target.value })}
          />
        </div>
        <div className="field-grid">
          <TextAreaField
            label={`${t('checklistTemplates.basis')}${t('checklistTemplates.inJapaneseSuffix')}`}
            hint={t('checklistTemplates.basisHint')}
            lang="ja"
            rows={4}
            maxLength={CHECKLIST_LIMITS.maxTextLength}
            problem={problem('basis.ja')}
            value={draft.basisJa}
            onChange={(event) => edit({ basisJa: event.target.value })}
          />
          <TextAreaField
            label={`${t('checklistTemplates.basis')}${t('checklistTemplates.inEnglishSuffix')}`}
            hint={t('checklistTemplates.basisHint')}
            lang="en"
            rows={4}
            maxLength={CHECKLIST_LIMITS.maxTextLength}
            problem={problem('basis.en')}
            value={draft.basisEn}
            onChange={(event) => edit({ basisEn: event.target.value })}
          />
        </div>
      </fieldset>

      <h2>{t('checklistTemplates.items')}</h2>
      <p className="field-hint">{t('checklistTemplates.itemsHint')}</p>
      {problem('items') ? (
        <p className="field-problem" role="alert">
          {problem('items')}
        </p>
      ) : null}
      {draft.items.map((item, index) => (
        <ItemFields
          key={item.uid}
          item={item}
          index={index}
          count={draft.items.length}
          problem={(field, withParts) => problem(`items.${index}.${field}`, withParts)}
          onChange={(change) => editItem(item.uid, change)}
          onMove={(by) => move(index, by)}
          onRemove={() => remove(index)}
        />
      ))}
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={add} disabled={draft.items.length >= CHECKLIST_LIMITS.maxItems}>
          {t('checklistTemplates.addItem')}
        </button>
      </div>

      {isApiError(save.error, 'STALE_VERSION') ? <StaleAlert onReload={onReload} /> : null}
      {summary.size > 0 ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-message">{t('checklistTemplates.problemsSummary')}</p>
          <ul className="alert-items">
            {[...summary].map(([field, text]) => (
              <li key={field}>
                {fieldName(field, t)}: {text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {save.error && !isApiError(save.error, 'STALE_VERSION') && serverProblems.size === 0 ? <ErrorAlert error={save.error} /> : null}
      {unchanged ? <Notice tone="info">{t('checklistTemplates.unchanged')}</Notice> : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {save.busy ? t('common.loading') : t('checklistTemplates.saveAs', { version: basedOn + 1 })}
        </button>
        <ConfirmButton
          label={t('checklistTemplates.discard')}
          question={t('checklistTemplates.discardQuestion', { version: basedOn })}
          confirmLabel={t('checklistTemplates.discardConfirm')}
          onConfirm={() => {
            setDraft(draftOf(template));
            setAttempted(false);
            setUnchanged(false);
            save.clearError();
          }}
          busy={save.busy}
        />
      </div>
    </form>
  );
}

interface ItemFieldsProps {
  readonly item: ItemDraft;
  readonly index: number;
  readonly count: number;
  /** The problem with a field of this item (`label.ja`), or with any of its parts. */
  readonly problem: (field: string, withParts?: boolean) => string | undefined;
  readonly onChange: (change: Partial<ItemDraft>) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}

/** One expected document: its label and hint in both languages, the categories that fill it, and its rules. */
function ItemFields({ item, index, count, problem, onChange, onMove, onRemove }: ItemFieldsProps) {
  const { t, locale } = useI18n();
  const categoriesProblem = problem('categories', true);
  const name = t('checklistTemplates.item', { n: index + 1 });
  return (
    <fieldset className="fieldset" data-item={item.uid}>
      <legend>{name}</legend>
      <div className="field-grid">
        <TextField
          label={`${t('checklistTemplates.itemLabel')}${t('checklistTemplates.inJapaneseSuffix')}`}
          lang="ja"
          autoComplete="off"
          maxLength={CHECKLIST_LIMITS.maxLabelLength}
          problem={problem('label.ja', true) ?? problem('label')}
          value={item.labelJa}
          onChange={(event) => onChange({ labelJa: event.target.value })}
        />
        <TextField
          label={`${t('checklistTemplates.itemLabel')}${t('checklistTemplates.inEnglishSuffix')}`}
          lang="en"
          autoComplete="off"
          maxLength={CHECKLIST_LIMITS.maxLabelLength}
          problem={problem('label.en', true)}
          value={item.labelEn}
          onChange={(event) => onChange({ labelEn: event.target.value })}
        />
      </div>
      <div className="field-grid">
        <TextAreaField
          label={`${t('checklistTemplates.hint')}${t('checklistTemplates.inJapaneseSuffix')}`}
          hint={t('checklistTemplates.hintHint')}
          lang="ja"
          rows={3}
          maxLength={CHECKLIST_LIMITS.maxTextLength}
          problem={problem('hint.ja') ?? problem('hint')}
          value={item.hintJa}
          onChange={(event) => onChange({ hintJa: event.target.value })}
        />
        <TextAreaField
          label={`${t('checklistTemplates.hint')}${t('checklistTemplates.inEnglishSuffix')}`}
          hint={t('checklistTemplates.hintHint')}
          lang="en"
          rows={3}
          maxLength={CHECKLIST_LIMITS.maxTextLength}
          problem={problem('hint.en')}
          value={item.hintEn}
          onChange={(event) => onChange({ hintEn: event.target.value })}
        />
      </div>
      {item.keyLocked ? (
        <p className="small muted">
          {t('checklistTemplates.key')}: <code>{item.key}</code> — {t('checklistTemplates.keyLocked')}
        </p>
      ) : (
        <TextField
          label={t('checklistTemplates.key')}
          hint={t('checklistTemplates.keyHint')}
          autoComplete="off"
          spellCheck={false}
          maxLength={CHECKLIST_LIMITS.maxKeyLength}
          problem={problem('key')}
          value={item.key}
          onChange={(event) => onChange({ key: event.target.value, keyTyped: event.target.value !== '' })}
        />
      )}
      <fieldset className={`fieldset fieldset-plain${categoriesProblem ? ' checklist-categories-invalid' : ''}`}>
        <legend>{t('checklistTemplates.categories')}</legend>
        <p className="field-hint">{t('checklistTemplates.categoriesHint')}</p>
        <div className="checkbox-grid">
          {DOCUMENT_CATEGORIES.map((category) => (
            <CheckboxField
              key={category}
              label={documentCategoryLabel(locale, category)}
              checked={item.categories.includes(category)}
              onChange={(event) =>
                onChange({ categories: event.target.checked ? [...item.categories, category] : item.categories.filter((c) => c !== category) })
              }
            />
          ))}
        </div>
        {categoriesProblem ? <p className="field-problem">{categoriesProblem}</p> : null}
      </fieldset>
      <CheckboxField label={t('checklistTemplates.requiredLabel')} checked={item.required} onChange={(event) => onChange({ required: event.target.checked })} />
      <CheckboxField
        label={t('checklistTemplates.needsTranslationLabel')}
        checked={item.needsTranslation}
        onChange={(event) => onChange({ needsTranslation: event.target.checked })}
      />
      <div className="button-row">
        <button type="button" className="button button-secondary button-small" data-move="up" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('checklistTemplates.moveUp')}
        </button>
        <button type="button" className="button button-secondary button-small" data-move="down" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('checklistTemplates.moveDown')}
        </button>
        <button type="button" className="button button-danger-outline button-small" disabled={count <= CHECKLIST_LIMITS.minItems} onClick={onRemove}>
          {t('checklistTemplates.removeItem')}
        </button>
      </div>
    </fieldset>
  );
}
