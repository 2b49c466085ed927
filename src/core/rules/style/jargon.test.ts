import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./jargon";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a technology-first phrase is not double-counted", text: prfaq({ solution: "BusBell leverages large language models to text parents." }) },
  ],
  invalid: [
    { name: "buzzwords", text: prfaq({ solution: "We leverage synergies to deliver an end-to-end experience." }), errors: [{ at: "We leverage", message: "leverage" }, { at: "We leverage", message: "synergies" }, { at: "We leverage", message: "end-to-end" }] },
    { name: "company jargon from .prfaq.yml", text: prfaq({ solution: "BusBell is a Tier-2 bet for the depot team." }), config: "lexicons:\n  jargon: [tier-2 bet]\n", errors: [{ at: "BusBell is a Tier-2", message: "Tier-2 bet" }] },
  ],
});
