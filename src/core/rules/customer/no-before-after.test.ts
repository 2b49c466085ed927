import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-before-after";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "no named customer is another rule's finding", text: prfaq({ problem: "Parents called 4,100 times last year.", customerQuote: '"Great," said a parent.' }) },
    {
      name: "the customer's first name in the solution shows the after",
      text: prfaq({
        customerQuote: '"The texts are reliable," said Liisa Korhonen, a parent in Kaleva.',
        solution: "BusBell reads each bus's position. Aino now gets a text five minutes before the bus reaches Eero's stop, and leaves the house then.",
      }),
    },
  ],
  invalid: [
    {
      name: "named in the problem, never seen using the product",
      text: prfaq({ customerQuote: '"The texts are reliable," said Pekka Laine, a parent in Kaleva who tested it in May.' }),
      errors: [{ at: "Aino Virtanen drives", message: "never shown using the product", severity: "info" }],
    },
  ],
});
