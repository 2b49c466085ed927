/**
 * Documents written to game the critic: structure without substance,
 * questions stuffed with keywords, numbers that measure nothing. None of them
 * may come out ready for review.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { critique } from "../../src/core";

const dir = join(import.meta.dirname, "..", "documents", "adversarial");

const cases: { file: string; blocking: string[]; rules: string[] }[] = [
  { file: "buzzword-free-nonsense.md", blocking: ["problem", "hard-questions", "success", "decision"], rules: ["unquantified-problem", "answer-repeats-question", "metric-without-target", "unmeasurable-kill-criteria"] },
  { file: "keyword-stuffed-questions.md", blocking: ["hard-questions"], rules: ["stuffed-question", "missing-hard-questions", "answer-repeats-question"] },
  { file: "fake-numbers.md", blocking: ["problem", "success", "decision"], rules: ["unquantified-problem", "metric-without-target", "unmeasurable-kill-criteria"] },
  { file: "disqualified-paraphrases.md", blocking: ["hard-questions"], rules: ["missing-hard-questions", "softball-question", "dismissive-answer"] },
];

describe("adversarial documents don't come out ready", () => {
  it.each(cases)("$file", ({ file, blocking, rules }) => {
    const { verdict, findings } = critique(readFileSync(join(dir, file), "utf8"));
    expect(verdict.readiness).toBe("not-ready");
    for (const category of blocking) expect(verdict.blocking, `blocking: ${verdict.blocking?.join(", ")}`).toContain(category);
    const fired = new Set(findings.filter((f) => f.severity !== "info").map((f) => f.ruleId));
    for (const rule of rules) expect([...fired], `rule ${rule}`).toContain(rule);
  });

  it("a stuffed question counts as none of the questions it names", () => {
    const { findings } = critique(readFileSync(join(dir, "keyword-stuffed-questions.md"), "utf8"));
    const missing = findings.filter((f) => f.ruleId === "missing-hard-questions" && f.severity === "warning").map((f) => f.message);
    expect(missing.join("\n")).toMatch(/competitor copies/);
    expect(missing.join("\n")).toMatch(/cannibalize/);
  });

  it("\"too successful\" is not a risk question, and a question about competitors' feelings is answered by nothing", () => {
    const { findings } = critique(readFileSync(join(dir, "disqualified-paraphrases.md"), "utf8"));
    const advice = findings.find((f) => f.ruleId === "missing-hard-questions" && f.severity === "info");
    expect(advice?.message).toMatch(/biggest risks/);
    expect(findings.some((f) => f.ruleId === "answer-repeats-question" && /competitors love it/.test(f.message))).toBe(true);
  });
});
