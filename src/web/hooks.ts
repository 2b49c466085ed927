import { useCallback, useEffect, useRef, useState } from "preact/hooks";

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again, keeping the old data on screen meanwhile. */
  reload: () => Promise<void>;
  set: (data: T) => void;
}

/** Loads data for a screen; a newer load wins over an older one still on its way. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const next = await run();
      if (mine === generation.current) {
        setData(next);
        setError(null);
      }
    } catch (err) {
      if (mine === generation.current) setError(err);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [run]);
  useEffect(() => {
    setData(undefined);
    void reload();
  }, [reload]);
  return { data, error, loading, reload, set: setData };
}

/** Sets the page title so tabs and history entries say where they are. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · prfaq`;
  }, [title]);
}
