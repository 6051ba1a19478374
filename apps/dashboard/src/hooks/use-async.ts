import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { isAbort } from '../api/http-client';

export interface AsyncState<T> {
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  /** Loads again (after a change elsewhere), keeping the current data on screen meanwhile. */
  readonly reload: () => void;
  /** Replaces the data with what a write answered, without a new request. */
  readonly setData: (data: T) => void;
}

/**
 * Loads data for a screen, again whenever `deps` change; a load that is overtaken by a newer
 * one (or by leaving the screen) is aborted and its answer ignored.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted || isAbort(failure)) return;
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // The caller names what the load depends on; the latest `load` is read through the ref.
  }, [...deps, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((value: T) => {
    setData(value);
    setError(undefined);
  }, []);
  return { data, error, loading, reload, setData: replace };
}

export type ActionResult<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

export interface ActionState<A extends unknown[], R> {
  readonly run: (...args: A) => Promise<ActionResult<R>>;
  readonly busy: boolean;
  readonly error: unknown;
  readonly clearError: () => void;
}

/** A write started by the user (a form, a button): busy while it runs, its error kept to show. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>): ActionState<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const actionRef = useRef(action);
  actionRef.current = action;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<ActionResult<R>> => {
    setBusy(true);
    setError(undefined);
    try {
      const value = await actionRef.current(...args);
      return { ok: true, value };
    } catch (failure) {
      if (mounted.current) setError(failure);
      return { ok: false, error: failure };
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(undefined), []);
  return { run, busy, error, clearError };
}
