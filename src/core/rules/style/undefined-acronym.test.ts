import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./undefined-acronym";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "spelled out in brackets", text: prfaq({ solution: "Customer success managers (CSMs) follow each school; the CSMs meet monthly." }) },
    { name: "spelled out after it", text: prfaq({ solution: "The TCO (total cost of ownership) falls by a third." }) },
    { name: "common acronyms and code", text: prfaq({ gettingStarted: "The CEO's FAQ page lists the `POST /stops` API." }) },
    { name: "an organisation's own from .prfaq.yml", text: prfaq({ solution: "The TRT depot reports positions." }), config: "lexicons:\n  known-acronyms: [TRT]\n" },
  ],
  invalid: [
    { name: "never spelled out, reported once", text: prfaq({ solution: "The CSM team will own the QBR process. The CSM meets weekly." }), errors: [{ at: "The CSM team", message: "CSM" }, { at: "The CSM team", message: "QBR" }] },
  ],
});
