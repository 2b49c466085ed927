import { spanAt } from "../model/positions";
import type { Block, InlineDirective } from "../model/types";

const DIRECTIVE = /<!--\s*prfaq-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/** Finds `<!-- prfaq-disable rule-id -->` comments outside code blocks. */
export function findDirectives(text: string, blocks: Block[], lineStarts: number[]): InlineDirective[] {
  if (!text.includes("prfaq-")) return [];
  const code = blocks.filter((b) => b.kind === "code").map((b) => [b.span.start.offset, b.span.end.offset] as const);
  const out: InlineDirective[] = [];
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text))) {
    const at = m.index;
    if (code.some(([a, b]) => at >= a && at < b)) continue;
    const rules = m[2]
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r && r !== "--");
    out.push({ kind: m[1] as InlineDirective["kind"], rules, span: spanAt(lineStarts, at, at + m[0].length) });
  }
  return out;
}
