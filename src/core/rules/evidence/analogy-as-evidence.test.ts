import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./analogy-as-evidence";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a company used as a supplier", text: prfaq({ solution: "PawRoute takes payment through Stripe for every walk and pays walkers each Friday." }) },
    { name: "common words that are also brand names", text: prfaq({ problem: "Walkers give up on the notion of a fixed route; the windows of free time shrink in winter." }) },
    { name: "the reviewer's question in the FAQ", text: prfaq({ internalFaq: [["Isn't this just Uber for dog walking?", "No: walkers keep the same dogs every week, and owners choose them by name."]] }) },
    { name: "a product's own name containing a brand", text: prfaq({ gettingStarted: "Parents add BusBell to Google Calendar, and the next bus shows as an event." }) },
  ],
  invalid: [
    {
      name: "the X of Y, in a summary",
      text: prfaq({ summary: "LEEDS — May 4, 2027 — PawRoute today launched what its founders call the Uber of dog walking, in six Leeds districts." }),
      errors: [{ at: "the Uber of dog walking", message: /Uber of dog walking.*analogy/, severity: "warning" }],
    },
    {
      name: "X for Y, in another domain and wording",
      text: prfaq({ solution: "Think of Ledgerline as Stripe for church donations: a parish sets it up in an afternoon." }),
      errors: [{ at: "Stripe for church donations", message: "analogy" }],
    },
    {
      name: "one brand meets another, in a customer FAQ answer",
      text: prfaq({ customerFaq: [["What is Stagehand?", "It's LinkedIn meets Tinder for session musicians looking for a band."]] }),
      errors: [{ at: "LinkedIn meets Tinder", message: "analogy" }],
    },
    {
      name: "hyphenated, in a problem statement",
      text: prfaq({ problem: "Farm co-ops keep asking for an Airbnb-for-tractors so idle machines can earn between harvests." }),
      errors: [{ at: "Airbnb-for-tractors", message: "analogy" }],
    },
  ],
});
