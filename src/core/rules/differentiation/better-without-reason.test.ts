import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./better-without-reason";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a measured difference", text: prfaq({ solution: "Reps log a call in 1 tap instead of the 9 fields Salesforce asks for." }) },
    { name: "better as a plain comparative is another rule's", text: prfaq({ solution: "It gives parents a better idea of when to leave: the text arrives 5 minutes before the bus." }) },
  ],
  invalid: [
    {
      name: "just a better product",
      text: prfaq({ internalFaq: [["Why is it better?", "It's just a better product, period."]] }),
      errors: [{ at: "A: It's just", message: "just a better product" }],
    },
    {
      name: "better than the competition because it is easier",
      text: prfaq({ solution: "SalesSphere is better than Salesforce and HubSpot because it is easier to use." }),
      errors: [{ at: "SalesSphere is better", message: "better than Salesforce" }],
    },
    {
      name: "the best on the market",
      text: prfaq({ spokesperson: '"Helix Pro is the best notes app on the planet," said Dana Park, head of product at Helix.' }),
      errors: [{ at: "Helix Pro is the best", message: "the best notes app on the planet" }],
    },
  ],
});
