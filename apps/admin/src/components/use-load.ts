import { useEffect, useState } from 'react';
import { ApiError, messageOf } from '../api/errors';

export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  /** The API answered 404: the record does not exist or is outside the caller's part of the tree. */
  notFound: boolean;
  reload: () => void;
}

interface Settled<T> {
  load: () => Promise<T>;
  attempt: number;
  data: T | undefined;
  error: string | null;
  notFound: boolean;
}

/**
 * Loads when `load` changes (keep it stable with useCallback); `reload` tries again, keeping the
 * data shown meanwhile. Data of an earlier `load` (another record) is never shown for this one.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>();

  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setSettled({ load, attempt, data, error: null, notFound: false }),
      (failure: unknown) =>
        current &&
        setSettled((previous) => ({
          load,
          attempt,
          data: previous?.load === load ? previous.data : undefined,
          error: messageOf(failure),
          notFound: failure instanceof ApiError && failure.status === 404,
        })),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const mine = settled?.load === load ? settled : undefined;
  return {
    data: mine?.data,
    loading: mine?.attempt !== attempt,
    error: mine?.error ?? null,
    notFound: mine?.notFound ?? false,
    reload: () => setAttempt((n) => n + 1),
  };
}
