import { describe, expect, it } from "vitest";
import { critique } from "../index";
import { prfaq } from "../../../test/critic/prfaq-builder";

/** The verdict the hard-questions rules give one internal answer, in a document that is otherwise strong. */
function dodges(question: string, answer: string): string[] {
  const text = prfaq({ internalFaq: [[question, answer]] });
  return critique(text)
    .findings.filter((f) => (f.ruleId === "evasive-answer" || f.ruleId === "dismissive-answer") && f.line === text.split("\n").findIndex((l) => l.includes(answer.slice(0, 20))) + 1)
    .map((f) => f.ruleId);
}

describe("dodges by meaning, not by the exact word", () => {
  it("counts a deferral as evasive, wherever the TBD sits", () => {
    expect(dodges("What will it cost customers?", "Pricing is TBD.")).toEqual(["evasive-answer"]);
    expect(dodges("How will hospitals pay for it?", "We'll decide that later.")).toEqual(["evasive-answer"]);
    expect(dodges("What if the depot system changes?", "We will work it out in a future phase.")).toEqual(["evasive-answer"]);
  });

  it("does not let the word pilot rescue a deferral to it", () => {
    expect(dodges("What will the first version get wrong?", "We'll figure it out in the pilot.")).toEqual(["evasive-answer"]);
  });

  it("still accepts not knowing with a plan to find out", () => {
    expect(dodges("What will the first version get wrong?", "We don't know yet: a four-week pilot on two routes with 300 parents will tell us.")).toEqual([]);
    expect(dodges("What will it cost customers?", "Nothing: the city pays, about 4,000 euros a year for the texts.")).toEqual([]);
  });

  it("counts minimising without a reason as dismissive", () => {
    expect(dodges("What are the biggest risks?", "The risk is minimal.")).toEqual(["dismissive-answer"]);
    expect(dodges("What does this cannibalize?", "It cannibalizes nothing we sell today.")).toEqual(["dismissive-answer"]);
  });

  it("accepts minimising with a reason", () => {
    expect(dodges("What are the biggest risks?", "The risk is low because the buses already report their position every 30 seconds.")).toEqual([]);
    expect(dodges("What does this cannibalize?", "It cannibalizes nothing, since we sell no other product to parents.")).toEqual([]);
  });
});
