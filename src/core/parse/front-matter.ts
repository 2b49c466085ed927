import { parseDocument as parseYaml } from "yaml";
import { spanAt } from "../model/positions";
import type { FrontMatter } from "../model/types";

/** Deeper than any real front matter; the YAML parser recurses once per level, and thousands overflow its stack. */
const MAX_FLOW_DEPTH = 64;

/** How deep "[" and "{" nest, counted before parsing; brackets inside quotes count too, which only errs towards deeper. */
function flowDepth(yaml: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml[i];
    if (c === "[" || c === "{") deepest = Math.max(deepest, ++depth);
    else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return deepest;
}

/** Reads YAML front matter. Malformed YAML is reported, never thrown. */
export function readFrontMatter(
  raw: { value: string; start: number; end: number; valueStart: number },
  lineStarts: number[],
): FrontMatter {
  const span = spanAt(lineStarts, raw.start, raw.end);
  let data: Record<string, unknown> = {};
  let error: FrontMatter["error"] = null;
  if (flowDepth(raw.value) > MAX_FLOW_DEPTH) return { data, span, error: { message: `it nests lists or maps more than ${MAX_FLOW_DEPTH} deep`, span } };
  try {
    const doc = parseYaml(raw.value, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) {
      const first = doc.errors[0];
      const at = raw.valueStart + (first.pos?.[0] ?? 0);
      error = { message: first.message.split("\n")[0], span: spanAt(lineStarts, at, Math.min(raw.end, raw.valueStart + (first.pos?.[1] ?? first.pos?.[0] ?? 0))) };
    } else {
      const value: unknown = doc.toJS({ maxAliasCount: 50 });
      if (value && typeof value === "object" && !Array.isArray(value)) data = value as Record<string, unknown>;
      else if (value !== null && value !== undefined) error = { message: "front matter is not a mapping of keys to values", span };
    }
  } catch (err) {
    error = { message: err instanceof Error ? err.message.split("\n")[0] : String(err), span };
  }
  return { data, span, error };
}
