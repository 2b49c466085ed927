import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./required-parts";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "an undivided FAQ with business questions counts as both", text: prfaq().replace("## Customer FAQ", "## FAQ").replace("## Internal FAQ\n\n", "") },
  ],
  invalid: [
    {
      name: "a press release with no FAQ",
      text: md`
        # BusBell Tells Parents When the Bus Is Near
        ## Parents get a text five minutes before the bus reaches their stop
        TAMPERE — Tampere Regional Transport today launched BusBell for the parents of 3,900 pupils.

        Aino Virtanen's son waited 23 mornings in the dark last winter.

        BusBell texts parents when the bus is five minutes away.

        "Parents should not phone us at seven," said Liisa Korhonen, head of school transport.

        "Eero leaves when the text arrives," said Aino Virtanen, who tested it.

        Parents sign up on the school's page.
      `,
      errors: [{ line: 1, message: "customer FAQ", severity: "error" }, { line: 1, message: "internal FAQ", severity: "error" }],
    },
    {
      name: "an empty problem section",
      text: prfaq({ problem: "### Problem\n\n### Solution", solution: "BusBell texts parents when the bus is five minutes away.\n\n### Quotes" }),
      errors: [{ at: "### Problem", message: "section is empty", severity: "error" }],
    },
  ],
});
