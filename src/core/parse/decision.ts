import type { DecisionRecord, FrontMatter, Part } from "../model/types";

type Outcome = NonNullable<DecisionRecord["outcome"]>;

function outcomeOf(text: string): Outcome | null {
  const m = /\b(proceed(?:ed|ing)?|go|approved?|revise[ds]?|revision|rework|iterate|kill(?:ed)?|stop(?:ped)?|cancel(?:led|ed)?|no-go)\b/i.exec(text);
  if (!m) return null;
  const word = m[1].toLowerCase();
  if (/^(proceed|go$|approve)/.test(word)) return "proceed";
  if (/^(revis|rework|iterate)/.test(word)) return "revise";
  return "kill";
}

const CITES_CRITERIA = /\b(kill criteri(a|on)|criteri(a|on)|threshold|we said we would stop|stop condition|tripwire)\b/i;

function asString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

/**
 * A decision is read from the front matter (`decision: kill` or a mapping with
 * outcome, reason and date) or from a Decision section.
 */
export function readDecision(frontMatter: FrontMatter | null, parts: Part[]): DecisionRecord | null {
  const fm = frontMatter?.data;
  const section = parts.find((p) => p.kind === "decision");
  if (fm && fm.decision !== undefined && fm.decision !== null) {
    const value = fm.decision;
    if (typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      const record = value as Record<string, unknown>;
      const outcomeText = asString(record.outcome ?? record.decision ?? record.result) ?? "";
      const reason = asString(record.reason ?? record.why ?? record.rationale);
      const criteria = record.criteria ?? record.kill_criteria ?? record["kill-criteria"];
      return {
        outcome: outcomeOf(outcomeText),
        reason: reason?.trim() || null,
        date: asString(record.date ?? record.decided ?? record.on),
        citesCriteria: !!criteria || CITES_CRITERIA.test(reason ?? "") || (!!section && CITES_CRITERIA.test(section.blocks.map((b) => b.text).join(" "))),
        span: frontMatter!.span,
      };
    }
    const outcomeText = asString(value) ?? "";
    const reason = asString(fm.decision_reason ?? fm["decision-reason"] ?? fm.reason);
    const sectionText = section ? section.blocks.map((b) => b.text).join("\n") : "";
    return {
      outcome: outcomeOf(outcomeText),
      reason: reason?.trim() || (sectionText.trim() ? sectionText.trim() : null),
      date: asString(fm.decision_date ?? fm["decision-date"] ?? fm.decided),
      citesCriteria: CITES_CRITERIA.test(`${reason ?? ""} ${sectionText}`) || !!(fm.criteria ?? fm.kill_criteria_met ?? fm.kill_criteria_missed),
      span: section ? section.span : frontMatter!.span,
    };
  }
  if (!section) return null;
  const text = section.blocks.map((b) => b.text).join("\n");
  const outcomeLine = /(?:^|\n)\s*(?:decision|outcome|result|verdict)\s*[:—–-]\s*(.+)/i.exec(text);
  const reasonLine = /(?:^|\n)\s*(?:reason|why|rationale|because)\s*[:—–-]\s*([\s\S]+?)(?=\n\s*\w[\w ]{0,20}:|$)/i.exec(text);
  const dateLine = /(?:^|\n)\s*(?:date|decided(?: on)?)\s*[:—–-]\s*(.+)/i.exec(text) ?? /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
  const outcome = outcomeOf(outcomeLine ? outcomeLine[1] : text.split("\n")[0] ?? "");
  let reason = reasonLine ? reasonLine[1].trim() : null;
  if (!reason) {
    const rest = text.replace(outcomeLine?.[0] ?? "", "").replace(dateLine?.[0] ?? "", "").trim();
    reason = rest.length > 15 ? rest : null;
  }
  return {
    outcome,
    reason,
    date: dateLine ? dateLine[1].trim() : null,
    citesCriteria: CITES_CRITERIA.test(text),
    span: section.span,
  };
}
