import type { ReactNode } from 'react';
import type { KeysetPages } from '../hooks/use-keyset-pages';
import { useI18n } from '../i18n/i18n';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';

interface KeysetListProps<T> {
  readonly list: KeysetPages<T>;
  /** Shown above the list once the first page is in (a summary, say). */
  readonly header?: ReactNode;
  /** The count line read out after each load: how many are shown, and whether there are more. */
  readonly count?: (shown: number, more: boolean) => string;
  /** What to say when there is nothing to list. */
  readonly empty: ReactNode;
  /** The label of the button that loads the next page. */
  readonly moreLabel: string;
  /** The items loaded so far, never empty. */
  readonly children: (items: readonly T[]) => ReactNode;
}

/**
 * A list loaded a page at a time (useKeysetPages): loading and error states, the count, the items,
 * and a button for the next page while there is one.
 */
export function KeysetList<T>({ list, header, count, empty, moreLabel, children }: KeysetListProps<T>) {
  const { t } = useI18n();
  if (list.first.error) return <ErrorAlert error={list.first.error} onRetry={list.first.reload} />;
  if (!list.items) return <Loading />;
  const items = list.items;
  return (
    <>
      {header}
      {count ? (
        <p className="result-count" role="status">
          {count(items.length, list.hasMore)}
        </p>
      ) : null}
      {items.length === 0 ? empty : children(items)}
      <ErrorAlert error={list.moreError} />
      {list.hasMore ? (
        <div className="button-row">
          <button type="button" className="button button-secondary" disabled={list.loadingMore} onClick={() => void list.loadMore()}>
            {list.loadingMore ? t('common.loading') : moreLabel}
          </button>
        </div>
      ) : null}
    </>
  );
}
