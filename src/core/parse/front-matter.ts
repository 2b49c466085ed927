import { parseDocument as parseYaml } from "yaml";
import { spanAt } from "../model/positions";
import type { FrontMatter } from "../model/types";

/** Reads YAML front matter. Malformed YAML is reported, never thrown. */
export function readFrontMatter(
  raw: { value: string; start: number; end: number; valueStart: number },
  lineStarts: number[],
): FrontMatter {
  const span = spanAt(lineStarts, raw.start, raw.end);
  let data: Record<string, unknown> = {};
  let error: FrontMatter["error"] = null;
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
