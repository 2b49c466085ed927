import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./passive-voice";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a passive with its actor", text: prfaq({ internalFaq: [["Who sets prices?", "Prices were set by the transport board in March."]] }) },
    { name: "customer quotes speak as people speak", text: prfaq({ customerQuote: '"My booking was approved in an hour," said Aino Virtanen, who tested it in May.' }) },
  ],
  invalid: [
    { name: "will be decided", text: prfaq({ internalFaq: [["What will it cost parents?", "Pricing will be decided later."]] }), errors: [{ at: "A: Pricing", message: "will be decided", severity: "info" }] },
    { name: "risks will be addressed", text: prfaq({ killCriteria: "Risks will be addressed as they arise; we stop if fewer than 25% of parents sign up by October 2027." }), errors: [{ at: "Risks will be", message: "will be addressed" }] },
  ],
});
