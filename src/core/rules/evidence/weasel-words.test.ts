import { describe, expect, it } from "vitest";
import { createCritic } from "../../engine/critic";
import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./weasel-words";

testRule(rule, {
  valid: [
    { name: "the typical case with its number", text: prfaq({ customerFaq: [["How long does set-up take?", "Most depots connect their feed in two hours."]] }) },
    prfaq(),
    { name: "the number beside the word", text: prfaq({ solution: "Waits fall significantly: from 20 minutes to 5 minutes on the Hervanta route." }) },
    { name: "a question that asks for the number", text: prfaq({ internalFaq: [["How many customers have this problem?", "About 3,900 pupils' parents, from the 2026 school transport register."]] }) },
    { name: "up to as a limit, not a claim", text: prfaq({ customerFaq: [["Can both parents get the text?", "Yes. Up to three phone numbers can follow one stop."]] }) },
  ],
  invalid: [
    { name: "significantly and many customers", text: prfaq({ solution: "Many customers say BusBell significantly improves their mornings." }), errors: [{ at: "Many customers say", message: "Many customers" }] },
    { name: "up to 80% less", text: prfaq({ solution: "Parents spend up to 80% less time waiting." }), errors: [{ at: "Parents spend", message: "up to 80%" }] },
    { name: "studies show nothing in particular", text: prfaq({ problem: "It is widely known that children hate waiting, and 23 mornings were late." }), errors: [{ at: "It is widely known", message: "It is widely known" }] },
  ],
});

describe("weasel-words suggestions", () => {
  const check = (solution: string) => createCritic({ rules: [rule] }).check(prfaq({ solution })).findings;

  it("offers to delete an intensifier with its space, leaving the sentence whole", () => {
    const text = prfaq({ solution: "BusBell makes the morning wait significantly shorter for parents." });
    const [finding] = createCritic({ rules: [rule] }).check(text).findings;
    expect(finding.suggestion?.replacement).toBe("");
    const { offset, endOffset } = finding.suggestion!;
    expect(text.slice(0, offset) + text.slice(endOffset)).toContain("makes the morning wait shorter for parents.");
  });

  it("offers no replacement where deleting the word would change the claim", () => {
    expect(check("Many customers say the wait is long.")[0].suggestion).toBeUndefined();
    expect(check("Parents spend up to 80% less time waiting.")[0].suggestion).toBeUndefined();
    const hedged = check("BusBell is arguably the simplest way to wait.");
    expect(hedged.every((finding) => finding.suggestion === undefined)).toBe(true);
  });
});
