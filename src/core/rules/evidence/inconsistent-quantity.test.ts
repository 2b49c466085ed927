import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./inconsistent-quantity";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "the same figure written two ways", text: prfaq({ summary: "TAMPERE — BusBell launched for 3,900 pupils.", problem: `${strongParts.problem} The 3.9K pupils ride 61 routes.` }) },
    { name: "a change within one sentence", text: prfaq({ problem: "Calls rose from 3,200 calls in 2024 to 4,100 calls last year." }) },
    { name: "a target is not a contradiction", text: prfaq({ internalFaq: [["How big can this get?", "We expect 12,000 pupils in the region by 2029, up from 3,900 pupils today."]] }) },
    { name: "a subset of the total", text: prfaq({ summary: "AUSTIN — The city today launched PermitPath for its 14,000 restaurants.", problem: "In 2026, 2,300 restaurants opened, and owners waited a median of 127 days." }) },
    { name: "small counts of different groups", text: prfaq({ problem: "212 nurses work on the four wards; 58 nurses joined the pilot." }) },
  ],
  invalid: [
    {
      name: "50K users here, 100K users there",
      text: prfaq({ summary: "OSLO — Notely, used by 50K users, today launched an importer.", customerFaq: [["Who asked for it?", "Our 100,000 users asked for it in the 2026 survey."]] }),
      errors: [{ at: "Our 100,000 users", message: "100,000" }],
    },
  ],
});
