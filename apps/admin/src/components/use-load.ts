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

/** Loads when `load` changes (keep it stable with useCallback), keeping the last data while reloading; `reload` tries again. */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
        setNotFound(false);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setError(messageOf(failure));
        setNotFound(failure instanceof ApiError && failure.status === 404);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  return { data, loading, error, notFound, reload: () => setAttempt((n) => n + 1) };
}
