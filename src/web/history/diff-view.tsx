import { useEffect, useRef } from "preact/hooks";
import { createSideBySide } from "../editor/merge";

/** Two revisions side by side, unchanged stretches folded away. */
export function DiffView({ left, right }: { left: { text: string; label: string }; right: { text: string; label: string } }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const view = createSideBySide({ parent: host.current!, left, right, collapseUnchanged: true });
    return () => view.destroy();
  }, [left.text, right.text, left.label, right.label]);
  return <div class="merge-host diff" ref={host} />;
}
