import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ErrorBox } from "./status";

/**
 * A screen loaded on first use, so the editor's first load doesn't carry the
 * history diff or the review renderer.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<unknown>(null);
    useEffect(() => {
      if (Screen) return;
      let live = true;
      load().then(
        (component) => {
          loaded = component;
          if (live) setScreen(() => component);
        },
        (err: unknown) => live && setError(err),
      );
      return () => void (live = false);
    }, [Screen]);
    if (error) return <ErrorBox error={error} />;
    if (!Screen) return <p class="loading" role="status">Loading…</p>;
    return <Screen {...props} />;
  };
}
