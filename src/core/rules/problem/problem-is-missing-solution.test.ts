import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./problem-is-missing-solution";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a missing thing that is not a product", text: prfaq({ problem: "There is no shelter at the stop, and Eero waited 23 mornings in the dark at minus 15 degrees." }) },
    { name: "absence mentioned outside the problem", text: prfaq({ customerFaq: [["Is there an app?", "There is no app; parents get a text, which 94% of them read within 5 minutes."]] }) },
  ],
  invalid: [
    {
      name: "there is no app",
      text: prfaq({ problem: "The problem is that there is no app for school bus times. Parents called 4,100 times last year." }),
      errors: [{ at: "The problem is that", message: "there is no app" }],
    },
    {
      name: "customers lack a platform",
      text: prfaq({ problem: "Parents lack a single platform to track buses, and calls cost the office 4,100 hours a year." }),
      errors: [{ at: "Parents lack", message: "Parents lack a single platform" }],
    },
    {
      name: "no blockchain strategy",
      text: md`
        # GrainChain
        ### Problem
        The co-op has no blockchain strategy.
      `,
      errors: [{ line: 3, message: "no blockchain strategy" }],
    },
  ],
});
