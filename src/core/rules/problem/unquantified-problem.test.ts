import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unquantified-problem";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "number words count", text: prfaq({ problem: "Sanjay Mistry missed his dog's booster by seven weeks and had to restart a two-dose course." }) },
    { name: "a share", text: prfaq({ problem: "Owners told us that half of all boosters were given late, and one in five never." }) },
    {
      name: "a labelled problem section with numbers",
      text: md`
        # GrainGrade
        ### Problem
        Farmers wait a median of three days to learn the grade of a load, and 12% of loads are regraded on appeal.
      `,
    },
  ],
  invalid: [
    {
      name: "feelings, no numbers",
      text: prfaq({ problem: "Sales teams everywhere are frustrated with their CRM. It's clunky, slow and hard to use." }),
      errors: [{ at: "Sales teams everywhere", message: "has no numbers" }],
    },
    {
      name: "numbers that measure the company, not the customer",
      text: prfaq({ problem: "Parents struggle with late buses today. The school transport market is worth $4 billion a year, and our revenue grew 12% last year." }),
      errors: [{ at: "Parents struggle", message: "measure the company or the market" }],
    },
    {
      name: "numbers with no unit",
      text: md`
        # Glimmer
        ### Problem
        The problem affects 47 and costs 12.
      `,
      errors: [{ line: 3, message: "numbers with nothing after them" }],
    },
    {
      name: "a press release with no problem paragraph and no numbers",
      text: md`
        # Helix Pro: The Ultimate Notes App
        ## A beautiful notes app
        SEATTLE — Helix today unveiled Helix Pro, the notes app people will love.

        Helix Pro is beautifully designed and fast.
      `,
      errors: [{ line: 3, message: "The press release has no numbers" }],
    },
  ],
});
