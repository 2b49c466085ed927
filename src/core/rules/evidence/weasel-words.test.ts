import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./weasel-words";

testRule(rule, {
  valid: [
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
