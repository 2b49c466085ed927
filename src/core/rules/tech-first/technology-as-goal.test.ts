import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./technology-as-goal";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "technology named in the internal FAQ, where it belongs", text: prfaq({ internalFaq: [["How does it work?", "We use machine learning to predict arrival within 40 seconds of the real time."]] }) },
    { name: "a customer outcome", text: prfaq({ solution: "Farmers see the grade and price of every load before the truck leaves the elevator." }) },
  ],
  invalid: [
    {
      name: "we want to implement blockchain",
      text: prfaq({ spokesperson: '"We want to implement blockchain so that the co-op is seen as an innovator," said Ruth Olsen, chief digital officer.' }),
      errors: [{ at: "We want to implement", message: "implement blockchain" }],
    },
    {
      name: "an AI strategy",
      text: md`
        # Nimbus
        ## Our AI strategy, delivered
        SAN FRANCISCO — Nimbus today launched Nimbus AI, which leverages large language models for every team.
      `,
      errors: [{ line: 2, message: "AI strategy" }, { line: 3, message: "leverages large language models" }],
    },
  ],
});
