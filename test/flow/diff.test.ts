import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPortfolio, createCritic, describeDiff, diffDocuments, diffToMarkdown, portfolioToMarkdown, readThresholds, recordDecision, rules } from "../../src/core";

const critic = createCritic({ rules });
const strong = readFileSync(join(import.meta.dirname, "..", "..", "examples", "strong-shift-swap.md"), "utf8");
const weak = readFileSync(join(import.meta.dirname, "..", "..", "examples", "weak-ai-assistant.md"), "utf8");
const diff = (a: string, b: string) => diffDocuments(critic.check(a), critic.check(b), critic.lexicons);

function edit(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe("reading kill criteria", () => {
  it("tells a lower bar, an upper bar and a time window apart, negations included", () => {
    const t = readThresholds("We stop if, after 12 weeks, fewer than 40% of requests go through it, or if unfilled swaps have not fallen below 25%, or churn is above 5%.");
    expect(t.map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ["within", 12, "week"],
      ["below", 40, "%"],
      ["above", 25, "%"],
      ["above", 5, "%"],
    ]);
  });
});

describe("the discovery diff", () => {
  it("finds nothing between a document and itself", () => {
    const d = diff(strong, strong);
    expect(d.same).toBe(true);
    expect(d.flags).toEqual([]);
  });

  it("flags kill criteria loosened, and says tightened ones are not", () => {
    const looser = edit(strong, "fewer than 40% of swap requests", "fewer than 25% of swap requests");
    const d = diff(strong, looser);
    expect(d.flags.map((f) => f.kind)).toEqual(["kill-criteria-loosened"]);
    expect(d.flags[0].message).toContain('"fewer than 40%" became "fewer than 25%"');
    const tighter = diff(strong, edit(strong, "after 12 weeks", "after 8 weeks"));
    expect(tighter.flags).toEqual([]);
    expect(tighter.killCriteria.tightened).toHaveLength(1);
  });

  it("says the criteria were loosened after a decision when the earlier version carries one", () => {
    const decided = recordDecision(strong, { outcome: "revise", reason: "Pilot first.", date: "2027-10-01" });
    if (!decided.ok) throw new Error(decided.message);
    const d = diff(decided.text, edit(decided.text, "after 12 weeks", "after 30 weeks"));
    expect(d.flags[0].message).toMatch(/^Kill criteria loosened after the revise decision of 2027-10-01/);
  });

  it("flags kill criteria removed", () => {
    const d = diff(strong, strong.slice(0, strong.indexOf("## Kill criteria")));
    expect(d.flags.map((f) => f.kind)).toContain("kill-criteria-removed");
  });

  it("flags the customer broadened to a segment", () => {
    const broad = edit(strong, "a shift-trading board for the 212 nurses on its four surgical wards", "a shift-trading board for healthcare organizations everywhere");
    const d = diff(strong, broad);
    expect(d.flags.map((f) => f.kind)).toContain("customer-broadened");
    expect(d.customer.segmentsAdded.join(" ")).toMatch(/organizations/);
  });

  it("flags numbers dropped from the problem, and lists them", () => {
    const vague = edit(
      strong,
      "Last year the wards logged 1,460 swap requests; each took a median of 3.5 days to approve, and 31% were never filled, so the nurse either worked the shift or took unpaid leave.",
      "Swaps take a long time to approve, and many are never filled.",
    );
    const d = diff(strong, vague);
    expect(d.flags.map((f) => f.kind)).toContain("numbers-dropped");
    expect(d.problem.numbersRemoved).toEqual(expect.arrayContaining(["1,460", "31%"]));
  });

  it("flags a hard question that lost its answer, and reports the critique delta", () => {
    const dodged = edit(strong, "A: £61,000 to build and £8,000 a year to run, against about £52,000 a year in agency shifts we no longer book.", "A: TBD.");
    const d = diff(strong, dodged);
    expect(d.flags.map((f) => f.kind)).toContain("hard-question-dropped");
    expect(d.hardQuestions.changed).toEqual([expect.objectContaining({ question: "What does it cost?", wasOpen: false, isOpen: true })]);
    expect(d.critique.introduced.map((f) => f.ruleId)).toContain("evasive-answer");
    const back = diff(dodged, strong);
    expect(back.critique.fixed.map((f) => f.ruleId)).toContain("evasive-answer");
    expect(back.flags.map((f) => f.kind)).not.toContain("hard-question-dropped");
  });

  it("records learning as well as loss: a quantified problem replacing a vague one raises no flag", () => {
    const d = diff(weak, edit(weak, "Businesses everywhere struggle with productivity.", "Support agents at Brightline spend 41% of each shift searching three wikis."));
    expect(d.flags).toEqual([]);
    expect(d.problem.numbersAdded.length + d.problem.changed.length + d.problem.added.length).toBeGreaterThan(0);
  });

  it("renders the same story as sections and as Markdown", () => {
    const d = diff(strong, edit(strong, "fewer than 40% of swap requests", "fewer than 25% of swap requests"));
    const sections = describeDiff(d);
    expect(sections[0].title).toBe("Rationalisation");
    const md = diffToMarkdown(d, "v1", "v2");
    expect(md).toContain("## What changed: v1 → v2");
    expect(md).toContain("### Kill criteria");
  });
});

describe("the portfolio", () => {
  it("counts decisions and the kill rate, and lists open hard questions", () => {
    const killed = recordDecision(strong, { outcome: "kill", reason: "Adoption was 22%.", date: "2027-12-10" });
    const proceeded = recordDecision(strong, { outcome: "proceed", reason: "Pilot cleared both bars.", date: "2027-12-11", criteria: "met" });
    if (!killed.ok || !proceeded.ok) throw new Error("decision refused");
    const portfolio = buildPortfolio(
      [
        { path: "a/killed.md", critique: critic.check(killed.text) },
        { path: "b/proceeded.md", critique: critic.check(proceeded.text) },
        { path: "c/weak.md", critique: critic.check(weak) },
      ],
      critic.lexicons,
    );
    expect(portfolio).toMatchObject({ documents: 3, decided: 2, killed: 1, proceeded: 1, revised: 0, killRate: 0.5 });
    const weakRow = portfolio.rows.find((r) => r.path === "c/weak.md")!;
    expect(weakRow.decision).toBeNull();
    expect(weakRow.stage).toBe("draft");
    expect(weakRow.categories["hard-questions"]).toBe("open");
    expect(weakRow.openHardQuestions.length).toBeGreaterThan(0);
    expect(portfolio.rows.find((r) => r.path === "a/killed.md")).toMatchObject({ decision: "kill", decisionDate: "2027-12-10", title: "ShiftSwap" });
    const md = portfolioToMarkdown(portfolio);
    expect(md).toMatch(/Kill rate: 50% \(1 of 2 decided\)/);
    expect(md.split("\n").filter((l) => l.startsWith("| ")).length).toBe(5);
  });

  it("has no kill rate before any decision", () => {
    expect(buildPortfolio([{ path: "w.md", critique: critic.check(weak) }], critic.lexicons).killRate).toBeNull();
  });
});
