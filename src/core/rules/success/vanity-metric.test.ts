import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./vanity-metric";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "satisfaction with a number", text: prfaq({ successMetrics: "Parents are satisfied: at least 80% rate the texts 4 or 5 out of 5 by June 2028." }) },
    { name: "happy customers in a quote are not a metric", text: prfaq({ customerQuote: '"I am happy every morning now," said Aino Virtanen, who tested it in May.' }) },
  ],
  invalid: [
    { name: "customers love it", text: prfaq({ successMetrics: "Success means parents love it and the feedback is great." }), errors: [{ at: "Success means", message: "is a feeling" }] },
    {
      name: "in an FAQ answer about success",
      text: prfaq({ internalFaq: [["How will we measure success?", "Customers are happy."]] }),
      errors: [{ at: "A: Customers are happy", message: "Customers are happy" }],
    },
  ],
});
