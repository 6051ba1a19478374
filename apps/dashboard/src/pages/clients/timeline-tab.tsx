import { useState, type FormEvent, type ReactNode } from 'react';
import { clientsApi } from '../../api/clients-api';
import type { DocumentCategory, ExportPurpose, Locale, SubmissionTarget, TimelineItem, TranslationStatus } from '../../api/types';
import { DateTime } from '../../components/date-time';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-fields';
import { LocalDate } from '../../components/local-date';
import { Notice } from '../../components/notice';
import { useAction } from '../../hooks/use-async';
import { useKeysetPages } from '../../hooks/use-keyset-pages';
import { KeysetList } from '../../components/keyset-list';
import { useI18n, type Translate } from '../../i18n/i18n';
import {
  anyStageLabel,
  appointmentKindLabel,
  deadlineKindLabel,
  deportationLabel,
  documentCategoryLabel,
  outcomeOfStepLabel,
  residenceLabel,
  submissionTargetLabel,
  timelineKindLabel,
  translationStatusLabel,
} from '../../i18n/labels';
import type { FileContext } from './file-context';
import { useMe } from '../../session/session-context';
import { offers } from './file-access';

const PAGE_SIZE = 30;

/** Everything that happened in the file, newest first, and the workers' notes. */
export function TimelineTab({ client, round }: FileContext) {
  const { t } = useI18n();
  const me = useMe();
  const [added, setAdded] = useState(0);
  return (
    <>
      {client.status === 'open' && offers(client, me.role, 'note.add') ? <NoteForm clientId={client.id} onAdded={() => setAdded((n) => n + 1)} /> : null}
      <section className="section" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <TimelineList key={`${round}:${added}`} clientId={client.id} />
      </section>
    </>
  );
}

function NoteForm({ clientId, onAdded }: { readonly clientId: string; readonly onAdded: () => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [done, setDone] = useState(false);
  const add = useAction((text: string) => clientsApi.addNote(clientId, text));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    if (body.trim() === '') return;
    const result = await add.run(body.trim());
    if (result.ok) {
      setBody('');
      setDone(true);
      onAdded();
    }
  };

  return (
    <section className="section section-first" aria-labelledby="timeline-note">
      <h2 id="timeline-note">{t('timeline.addNote')}</h2>
      {done ? <Notice tone="success">{t('timeline.noteAdded')}</Notice> : null}
      <ErrorAlert error={add.error} />
      <form className="form form-wide" onSubmit={(event) => void submit(event)}>
        <TextAreaField label={t('timeline.note')} hint={t('timeline.noteHint')} required rows={4} maxLength={10_000} value={body} onChange={(event) => setBody(event.target.value)} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={add.busy || body.trim() === ''}>
            {t('timeline.addNoteSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function TimelineList({ clientId }: { readonly clientId: string }) {
  const { t } = useI18n();
  const list = useKeysetPages((cursor, signal) => clientsApi.timeline(clientId, cursor, PAGE_SIZE, signal), [clientId]);

  return (
    <KeysetList
      list={list}
      empty={<p className="muted">{t('timeline.none')}</p>}
      moreLabel={t('timeline.older')}
    >
      {(items) => (
        <ol className="timeline">
          {items.map((item) => (
            <TimelineEntry key={item.id} item={item} />
          ))}
        </ol>
      )}
    </KeysetList>
  );
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const count = (value: unknown): string => (typeof value === 'number' ? String(value) : '');

/** What the event's data says, in words: stages, dates and kinds, never raw ids. */
function describe(t: Translate, locale: Locale, item: TimelineItem): ReactNode {
  const data = item.data;
  const date = (value: unknown) => (text(value) ? <LocalDate value={text(value)} /> : null);
  const outcome = text(data.outcome) ? ` (${outcomeOfStepLabel(t, text(data.outcome) as string)})` : '';
  switch (item.kind) {
    case 'application.stage':
      return (
        <>
          {t('timeline.applicationNo', { n: count(data.applicationNo) })}: {anyStageLabel(t, text(data.from) ?? '')} → {anyStageLabel(t, text(data.to) ?? '')}
          {outcome} · {date(data.eventOn)}
        </>
      );
    case 'application.opened':
      return t('timeline.applicationNo', { n: count(data.applicationNo) });
    case 'application.corrected':
      return (
        <>
          {anyStageLabel(t, text(data.stage) ?? '')}: {date(data.correctedEventOn)} → {date(data.eventOn)}
        </>
      );
    case 'residence.stage':
      return (
        <>
          {residenceLabel(t, text(data.from) ?? '')} → {residenceLabel(t, text(data.to) ?? '')}
          {outcome} · {date(data.eventOn)}
        </>
      );
    case 'deportation.stage':
      return (
        <>
          {deportationLabel(t, text(data.from) ?? '')} → {deportationLabel(t, text(data.to) ?? '')}
          {outcome} · {date(data.eventOn)}
        </>
      );
    case 'client.updated':
    case 'application.updated':
      return Array.isArray(data.fields) ? t('timeline.fields', { fields: data.fields.map(String).join(', ') }) : null;
    case 'client.exported':
      return text(data.purpose) ? t(`export.purpose.${text(data.purpose) as ExportPurpose}` as const) : null;
    case 'client.break-glass':
      return text(data.expiresAt) ? (
        <>
          {t('timeline.until')} <DateTime iso={text(data.expiresAt)} />
        </>
      ) : null;
    case 'document.translation-changed':
      return text(data.status) ? translationStatusLabel(locale, text(data.status) as TranslationStatus) : null;
    case 'document.submitted':
      return (
        <>
          {documentCategoryLabel(locale, (text(data.category) ?? 'other') as DocumentCategory)}
          {text(data.submittedTo) ? <> → {submissionTargetLabel(locale, text(data.submittedTo) as SubmissionTarget)}</> : null} · {date(data.submittedOn)}
        </>
      );
    case 'materials-request.received':
    case 'materials-request.updated':
      return text(data.dueDate) ? <>{date(data.dueDate)}</> : null;
    default:
      break;
  }
  if (item.kind.startsWith('document.')) {
    // Titles are not on the timeline (they may name people); the kind of document and the version say enough.
    return (
      <>
        {text(data.category) ? documentCategoryLabel(locale, text(data.category) as DocumentCategory) : null}
        {typeof data.versionNumber === 'number' ? <> · {t('timeline.version', { n: count(data.versionNumber) })}</> : null}
      </>
    );
  }
  if (item.kind.startsWith('appointment.')) {
    return (
      <>
        {appointmentKindLabel(t, text(data.appointmentKind) ?? '')}
        {text(data.startsAt) ? (
          <>
            {' · '}
            <DateTime iso={text(data.startsAt)} />
          </>
        ) : null}
      </>
    );
  }
  if (item.kind.startsWith('deadline.') || item.kind.startsWith('reminder.')) {
    return (
      <>
        {deadlineKindLabel(t, text(data.deadlineKind) ?? '')}
        {text(data.dueDate) ? <> · {date(data.dueDate)}</> : null}
        {text(data.from) && text(data.to) ? (
          <>
            {' · '}
            {date(data.from)} → {date(data.to)}
          </>
        ) : null}
      </>
    );
  }
  return null;
}

function TimelineEntry({ item }: { readonly item: TimelineItem }) {
  const { t, locale } = useI18n();
  const label = timelineKindLabel(t, item.kind);
  const detail = describe(t, locale, item);
  return (
    <li className={`timeline-item timeline-${item.kind.split('.')[0]}`}>
      <p className="timeline-meta">
        <DateTime iso={item.occurredAt} /> · {item.actorName ?? t('timeline.system')}
      </p>
      <p className="timeline-what">
        <strong>{label ?? <code>{item.kind}</code>}</strong>
        {detail ? <> — {detail}</> : null}
      </p>
      {item.body ? <p className="timeline-body pre-line">{item.body}</p> : null}
    </li>
  );
}
