import type { InlineDirective } from "../model/types";
import type { Finding } from "./types";

const applies = (d: InlineDirective, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/**
 * True when an inline comment turns the rule off where the finding starts:
 * `prfaq-disable` until a matching `prfaq-enable`, `prfaq-disable-next-line`
 * for the line below it, and `prfaq-disable-line` for its own line.
 */
export function isSuppressed(finding: Finding, directives: InlineDirective[]): boolean {
  let disabled = false;
  for (const d of directives) {
    if (d.kind === "disable-next-line" && d.span.end.line + 1 === finding.line && applies(d, finding.ruleId)) return true;
    if (d.kind === "disable-line" && d.span.start.line === finding.line && applies(d, finding.ruleId)) return true;
    if (d.span.start.offset > finding.offset) continue;
    if (d.kind === "disable" && applies(d, finding.ruleId)) disabled = true;
    if (d.kind === "enable" && applies(d, finding.ruleId)) disabled = false;
  }
  return disabled;
}
