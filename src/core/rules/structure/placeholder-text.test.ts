import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./placeholder-text";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "brackets in inline code are syntax", text: prfaq({ gettingStarted: "Parents open `/stops/<name>/[route]` on the school's page." }) },
    { name: "a lowercase bracketed aside", text: prfaq({ solution: "BusBell reads the depot feed [updated every 30 seconds] and texts the parent." }) },
    { name: "TBD as a whole FAQ answer is the evasive-answer rule's", text: prfaq({ internalFaq: [["What does it cost?", "TBD"]] }) },
  ],
  invalid: [
    { name: "a slot in capitals", text: prfaq({ customerQuote: '"It changed my week," said [NAME, TITLE].' }), errors: [{ at: "[NAME, TITLE]", message: "[NAME, TITLE]" }] },
    { name: "TODO and XXX", text: prfaq({ gettingStarted: "TODO: pricing. Call XXXX for details." }), errors: [{ at: "TODO: pricing", message: "TODO" }, { at: "TODO: pricing", message: "XXXX" }] },
    { name: "template guidance left in", text: prfaq({ gettingStarted: "Describe how easy it is to get started." }), errors: [{ at: "Describe how easy", message: "Describe how easy" }] },
  ],
});
