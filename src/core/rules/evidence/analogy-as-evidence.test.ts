import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./analogy-as-evidence";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a company used as a supplier", text: prfaq({ solution: "PawRoute takes payment through Stripe for every walk and pays walkers each Friday." }) },
    { name: "common words that are also brand names", text: prfaq({ problem: "Walkers give up on the notion of a fixed route; the windows of free time shrink in winter." }) },
    { name: "the reviewer's question in the FAQ", text: prfaq({ internalFaq: [["Isn't this just Uber for dog walking?", "No: walkers keep the same dogs every week, and owners choose them by name."]] }) },
    { name: "a product's own name containing a brand", text: prfaq({ gettingStarted: "Parents add BusBell to Google Calendar, and the next bus shows as an event." }) },
    { name: "tools named in a list", text: prfaq({ problem: "Teams lean on tools like Jira for tracking, and on apps such as Trello for planning." }) },
    { name: "a component chosen for a job", text: prfaq({ solution: "The default is Postgres for storage, and the map tiles come from OpenStreetMap." }) },
    { name: "a job title before a lowercase field", text: prfaq({ solution: "Mia Novak, who joined as Head of engineering in March, runs the pilot; Tom Ward is Minister for housing." }) },
    { name: "an institution named with a capital", text: prfaq({ problem: "Borrowing costs rose after the Bank of England raised rates, so fewer tenants could buy." }) },
    { name: "the product itself for its customers", text: prfaq({ headline: "Tillwise Counts Till Drawers for Corner Shops", solution: "It's Tillwise for corner shops: the owner scans the drawer and sees the count." }) },
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
    {
      name: "a company the lexicon does not know, after 'think of it as'",
      text: prfaq({ solution: "Think of it as Ocado for allotment surplus: neighbours order spare courgettes by noon." }),
      errors: [{ at: "Ocado for allotment surplus", message: "analogy" }],
    },
    {
      name: "the X of Y with an unlisted company, in an FAQ answer",
      text: prfaq({ customerFaq: [["What is Tutorly?", "It is the Rightmove of private tutoring, with every tutor's fees on one page."]] }),
      errors: [{ at: "Rightmove of private tutoring", message: "analogy" }],
    },
  ],
});
