/**
 * Turns a discovery diff into sections of short lines, once, so the CLI's
 * terminal and Markdown output and the workspace show the same story.
 */
import type { DiscoveryDiff, SentenceDiff } from "./diff";

export interface DiffLine {
  /** + learned or added, - removed, ~ changed, ! a rationalisation flag, = unchanged note. */
  mark: "+" | "-" | "~" | "!" | "=";
  text: string;
}

export interface DiffSection {
  title: string;
  lines: DiffLine[];
}

function clip(text: string, max = 160): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function sentenceLines(d: SentenceDiff): DiffLine[] {
  return [
    ...d.changed.map((c) => ({ mark: "~" as const, text: `${clip(c.before)} → ${clip(c.after)}` })),
    ...d.added.map((s) => ({ mark: "+" as const, text: clip(s) })),
    ...d.removed.map((s) => ({ mark: "-" as const, text: clip(s) })),
  ];
}

export function describeDiff(diff: DiscoveryDiff): DiffSection[] {
  const sections: DiffSection[] = [];
  const add = (title: string, lines: DiffLine[]) => {
    if (lines.length) sections.push({ title, lines });
  };
  add(
    "Rationalisation",
    diff.flags.map((f) => ({ mark: "!", text: f.message })),
  );
  add("Customer", [
    ...diff.customer.segmentsAdded.map((s) => ({ mark: "!" as const, text: `now names a segment: "${s}"` })),
    ...diff.customer.segmentsRemoved.map((s) => ({ mark: "+" as const, text: `no longer a segment: "${s}"` })),
    ...diff.customer.namedAdded.map((s) => ({ mark: "+" as const, text: `named customer: ${clip(s)}` })),
    ...diff.customer.namedRemoved.map((s) => ({ mark: "-" as const, text: `named customer: ${clip(s)}` })),
    ...sentenceLines(diff.customer),
  ]);
  add("Problem", [
    ...diff.problem.numbersAdded.map((n) => ({ mark: "+" as const, text: `number: ${n}` })),
    ...diff.problem.numbersRemoved.map((n) => ({ mark: "-" as const, text: `number: ${n}` })),
    ...sentenceLines(diff.problem),
  ]);
  add("Claims", sentenceLines(diff.claims));
  add("Hard questions", [
    ...diff.hardQuestions.added.map((q) => ({ mark: "+" as const, text: `${clip(q.question)}${q.open ? " (still open)" : ` — ${clip(q.answer, 100)}`}` })),
    ...diff.hardQuestions.removed.map((q) => ({ mark: "-" as const, text: clip(q.question) })),
    ...diff.hardQuestions.changed.map((c) => ({
      mark: "~" as const,
      text: `${clip(c.question)}: ${c.wasOpen && !c.isOpen ? "now answered" : !c.wasOpen && c.isOpen ? "answer no longer holds" : "answer changed"} — ${clip(c.after || "(no answer)", 100)}`,
    })),
  ]);
  add("Kill criteria", [
    ...diff.killCriteria.tightened.map((t) => ({ mark: "+" as const, text: `tightened: "${t.before.text}" → "${t.after?.text}"` })),
    ...sentenceLines(diff.killCriteria),
  ]);
  add("Success metrics", sentenceLines(diff.successMetrics));
  const { before, after } = diff.decision;
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    add("Decision", [{ mark: "~", text: `${before?.outcome ?? "none"} → ${after?.outcome ?? "none"}${after?.reason ? `: ${clip(after.reason, 120)}` : ""}` }]);
  }
  add("Critique", [
    ...(diff.critique.readinessBefore !== diff.critique.readinessAfter ? [{ mark: "=" as const, text: `${diff.critique.readinessBefore} → ${diff.critique.readinessAfter}` }] : []),
    ...diff.critique.fixed.map((f) => ({ mark: "+" as const, text: `fixed ${f.ruleId}: ${clip(f.message, 120)}` })),
    ...diff.critique.introduced.map((f) => ({ mark: "-" as const, text: `new ${f.severity} ${f.ruleId} (line ${f.line}): ${clip(f.message, 120)}` })),
  ]);
  return sections;
}

/** The diff as Markdown, for a pull request comment or a review page. */
export function diffToMarkdown(diff: DiscoveryDiff, beforeLabel: string, afterLabel: string): string {
  const out = [`## What changed: ${beforeLabel} → ${afterLabel}`, ""];
  if (diff.same) out.push("Nothing of substance changed.", "");
  for (const section of describeDiff(diff)) {
    out.push(`### ${section.title}`, "");
    for (const line of section.lines) {
      const lead = { "+": "**+**", "-": "**−**", "~": "**~**", "!": "**⚠**", "=": "" }[line.mark];
      out.push(`- ${lead ? `${lead} ` : ""}${line.text.replace(/([*_`[\]<>|])/g, "\\$1")}`);
    }
    out.push("");
  }
  return out.join("\n");
}
