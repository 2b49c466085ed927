import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./in-market-optimisation";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "an A/B test mentioned in the FAQ of a new product", text: prfaq({ internalFaq: [["How will we test the wording?", "An A/B test on the first 400 texts decides between two versions."]] }) },
  ],
  invalid: [
    {
      name: "a funnel to optimise for existing users",
      text: md`
        # Checkout Lifts Conversion for Our Existing Users
        ## A one-page checkout, A/B tested against today's three steps
        BERLIN — Shopline today moved its existing users to a one-page checkout.

        Cart abandonment is 68% on the current checkout flow.
      `,
      errors: [{ line: 1, message: "in-market optimisation" }],
    },
  ],
});
