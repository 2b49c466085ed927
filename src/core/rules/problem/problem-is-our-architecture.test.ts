import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./problem-is-our-architecture";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a customer's system is their situation", text: prfaq({ problem: "Their school's system doesn't send texts, so Aino phones the office, as 4,100 parents did last year." }) },
    { name: "our systems in the internal FAQ are fine", text: prfaq({ internalFaq: [["What does it depend on?", "Our legacy depot system cannot push positions, so BusBell polls it every 30 seconds."]] }) },
  ],
  invalid: [
    {
      name: "our legacy ERP",
      text: md`
        # GrainChain
        ### Problem
        The co-op has grown, and our legacy ERP cannot support Web3 integrations or tokenized assets.
      `,
      errors: [{ line: 3, message: "our legacy ERP" }],
    },
    {
      name: "we need to migrate",
      text: prfaq({ problem: "We need to migrate the depot database to the cloud before the 2027 school year starts." }),
      errors: [{ at: "We need to migrate", message: "We need to migrate" }],
    },
  ],
});
