import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./sourceless-statistic";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a figure with its named report", text: prfaq({ problem: "According to the 2025 Freelancer Income Report, freelancers lose an estimated 20% of their income to late invoices." }) },
    { name: "an author-and-year citation", text: prfaq({ problem: "Nurses spend 35% of each shift on paperwork (Hendrich, 2008)." }) },
    { name: "a provenance tag", text: prfaq({ problem: "Vendor case studies say proofing takes 15 rounds per project [REPORTED: two agencies; directional]." }) },
    { name: "the team's own pilot", text: prfaq({ problem: "In our pilot, 31 of 40 nurses finished handover on time; on average it took 9 minutes." }) },
    { name: "a target, not a claim", text: prfaq({ solution: "We expect 40% of parents on the Hervanta routes to sign up in the first month." }) },
    { name: "a survey with who and when", text: prfaq({ problem: "In a survey of 40 night-shift nurses at Tampere University Hospital in March 2027, 31 said handovers run late." }) },
    { name: "a product's own sizing", text: prfaq({ solution: "BusBell runs on one server and is sized for roughly 4,000 parents." }) },
    {
      name: "the team's own business case in the internal FAQ",
      text: prfaq({ internalFaq: [["Is it worth building?", "Two engineers for a quarter, about $110,000, against an estimated $300,000 a year in support credits."]] }),
    },
    { name: "a percentage about the product, not people", text: prfaq({ solution: "BusBell's texts arrive within 30 seconds 99% of the time." }) },
  ],
  invalid: [
    {
      name: "an estimate standing in for a source",
      text: prfaq({ problem: "Small landlords lose an estimated $3.1 billion a year to missed rent reminders." }),
      errors: [{ at: "Small landlords lose", message: "an estimated $3.1 billion" }],
    },
    {
      name: "studies that are never named",
      text: prfaq({ problem: "Studies show that 60% of parents check the bus timetable three times a morning." }),
      errors: [{ at: "Studies show", message: "Studies show" }],
    },
    {
      name: "a share of a population from nowhere, in an FAQ answer",
      text: prfaq({ customerFaq: [["Why texts?", "Because 70% of parents read a text within five minutes, and an app sits unopened."]] }),
      errors: [{ at: "Because 70%", message: "70% of parents" }],
    },
    {
      name: "a market size with no source",
      text: prfaq({ problem: "The school transport market is valued at $12 billion, and most of it runs on paper." }),
      errors: [{ at: "The school transport market", message: "valued at $12 billion" }],
    },
    {
      name: "a survey with no who, when or how",
      text: prfaq({ problem: "In our survey of 40 nurses, 31 said handovers run late." }),
      errors: [{ at: "In our survey", message: "survey of 40" }],
    },
  ],
});
