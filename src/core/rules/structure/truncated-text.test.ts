import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./truncated-text";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a last line that ends in a list marker or a colon", text: prfaq({ extra: "## Next steps\n\nWe will decide on these dates:" }) },
    { name: "a last paragraph ending on a noun with no full stop", text: prfaq({ extra: "## Owner\n\nLiisa Korhonen, head of school transport" }) },
    {
      name: "a long closing line from a writer who often leaves paragraphs open",
      text: [
        "# Hopper notes",
        "",
        "Riders want to know where the next bus is without opening an app",
        "",
        "Drivers already send their position every ten seconds to the depot",
        "",
        "The depot system keeps every position for a week and shares it with nobody",
        "",
        "Parents asked for texts in three meetings at two schools last spring",
        "",
        "A text costs the council under a penny and needs no download at all",
        "",
        "Next we will ask the operator whether the feed can leave the depot in June",
      ].join("\n"),
    },
    {
      name: "a signed quote ends the document",
      text: prfaq({ extra: '## What drivers said\n\n"The bell rings before the doors open and nobody runs for the bus any more." — Maija K., driver on route 12' }),
    },
    {
      name: "a list item ends the document",
      text: prfaq({ extra: "## Open questions\n\n- whether the operator will share the depot feed after the two-year agreement ends in June" }),
    },
  ],
  invalid: [
    {
      name: "a sentence cut after an article",
      text: prfaq({ killCriteria: "We stop BusBell if fewer than 25% of parents have signed up by the end of October 2027, or if the" }),
      errors: [{ at: "We stop BusBell", message: "stops mid-sentence" }],
    },
    {
      name: "a paragraph cut on a comma",
      text: prfaq({ extra: "## Open questions\n\nThe depot system stores every position, the operator has agreed to share it for two years," }),
      errors: [{ at: "The depot system stores", message: "two years," }],
    },
    {
      name: "a long last sentence left open by a writer who ends every other paragraph with a full stop",
      text: prfaq({ killCriteria: "We stop BusBell if fewer than 25% of parents have signed up by the end of October 2027, or if more than one text in ten arrives after the bus in March" }),
      errors: [{ at: "We stop BusBell", message: "stops mid-sentence" }],
    },
    {
      name: "a closing section cut off on a noun, in another domain",
      text: prfaq({ extra: "## Next steps\n\nThe library team will visit the three care homes in Tampere before the first delivery round and agree with each manager which residents" }),
      errors: [{ at: "The library team will visit", message: "stops mid-sentence" }],
    },
  ],
});
