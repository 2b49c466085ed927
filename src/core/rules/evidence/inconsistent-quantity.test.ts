import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./inconsistent-quantity";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "the same figure written two ways", text: prfaq({ summary: "TAMPERE — BusBell launched for 3,900 pupils.", problem: `${strongParts.problem} The 3.9K pupils ride 61 routes.` }) },
    { name: "a change within one sentence", text: prfaq({ problem: "Calls rose from 3,200 calls in 2024 to 4,100 calls last year." }) },
    { name: "a target is not a contradiction", text: prfaq({ internalFaq: [["How big can this get?", "We expect 12,000 pupils in the region by 2029, up from 3,900 pupils today."]] }) },
    { name: "a subset of the total", text: prfaq({ summary: "AUSTIN — The city today launched PermitPath for its 14,000 restaurants.", problem: "In 2026, 2,300 restaurants opened, and owners waited a median of 127 days." }) },
    {
      name: "speed-ups of two different things",
      text: prfaq({ solution: "Indexing runs 10 times faster than before.", customerFaq: [["Is search faster too?", "Search results come back 3x faster."]] }),
    },
    {
      name: "a ceiling, then the typical range",
      text: prfaq({ solution: "Test suites finish up to 10x faster.", customerFaq: [["How much faster?", "On our 40 repositories, test suites ran 2x to 5x faster."]] }),
    },
    {
      name: "one speed-up written two ways",
      text: prfaq({ headline: "Lintel Makes Code Review 10x Faster", customerFaq: [["How much faster?", "Code review takes ten times faster on the median pull request, across 300 reviews."]] }),
    },
    {
      name: "a monthly and a yearly price",
      text: prfaq({ gettingStarted: "The Pro plan is $12 per month.", customerFaq: [["Is there a yearly price?", "Yes: the Pro plan is $120 per year."]] }),
    },
    {
      name: "a prize fund and one winner's prize",
      text: prfaq({ summary: "LAGOS — The city opened a hackathon with a prize fund of 50K USD.", internalFaq: [["What does a winner get?", "Each winning team gets $5,000 and six months of mentoring."]] }),
    },
    { name: "small counts of different groups", text: prfaq({ problem: "212 nurses work on the four wards; 58 nurses joined the pilot." }) },
  ],
  invalid: [
    {
      name: "ten times faster in the headline, two to five times in the FAQ",
      text: prfaq({ headline: "BuildBee Makes Test Suites Run 10 Times Faster", customerFaq: [["How much faster?", "In trials on 40 repositories, test suites ran 2x to 5x faster."]] }),
      errors: [{ at: "In trials on 40", message: /"2x to 5x faster" here, but "10 Times Faster" on line 1/ }],
    },
    {
      name: "a prize fund of 50K USD, then 100K USD",
      text: prfaq({ summary: "LAGOS — The city opened a hackathon with a prize fund of 50K USD.", internalFaq: [["Who pays for it?", "The city and two banks share the 100K USD prize fund."]] }),
      errors: [{ at: "The city and two banks", message: "100K" }],
    },
    {
      name: "two prices for the same plan",
      text: prfaq({ gettingStarted: "The Family plan is £8 per month.", customerFaq: [["What does it cost?", "The Family plan costs £10 per month for up to five people."]] }),
      errors: [{ at: "The Family plan costs", message: "£10" }],
    },
    {
      name: "50K users here, 100K users there",
      text: prfaq({ summary: "OSLO — Notely, used by 50K users, today launched an importer.", customerFaq: [["Who asked for it?", "Our 100,000 users asked for it in the 2026 survey."]] }),
      errors: [{ at: "Our 100,000 users", message: "100,000" }],
    },
  ],
});
