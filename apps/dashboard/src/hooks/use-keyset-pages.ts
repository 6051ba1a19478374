import { useState } from 'react';
import { useAction, useAsync, type AsyncState } from './use-async';

/** What every keyset-paged route answers (`ClientSearchPage`, `AuditPage`, …). */
export interface KeysetPage<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface KeysetPages<T> {
  /** The first page's load: its error and reload are the list's. */
  readonly first: AsyncState<KeysetPage<T>>;
  /** Every item loaded so far, or undefined until the first page arrives. */
  readonly items: readonly T[] | undefined;
  /** Whether the server has more after what is shown. */
  readonly hasMore: boolean;
  readonly loadMore: () => Promise<void>;
  readonly loadingMore: boolean;
  readonly moreError: unknown;
}

/**
 * A list that shows its first page and appends the next on request ("Show more"). The caller
 * keys the component by the query, so a new query starts again from the first page.
 */
export function useKeysetPages<T>(fetchPage: (cursor: string | undefined, signal?: AbortSignal) => Promise<KeysetPage<T>>, deps: readonly unknown[]): KeysetPages<T> {
  const first = useAsync((signal) => fetchPage(undefined, signal), deps);
  const [later, setLater] = useState<readonly T[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const more = useAction((after: string) => fetchPage(after));
  const next = cursor === undefined ? (first.data?.nextCursor ?? null) : cursor;

  const loadMore = async () => {
    if (!next) return;
    const result = await more.run(next);
    if (result.ok) {
      setLater((loaded) => [...loaded, ...result.value.items]);
      setCursor(result.value.nextCursor);
    }
  };

  return {
    first,
    items: first.data ? [...first.data.items, ...later] : undefined,
    hasMore: next !== null,
    loadMore,
    loadingMore: more.busy,
    moreError: more.error,
  };
}
