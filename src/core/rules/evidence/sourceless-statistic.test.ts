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
    { name: "according to a named body", text: prfaq({ problem: "According to the Office for National Statistics, 38% of households in Bristol rent their home." }) },
    { name: "a study named by its author", text: prfaq({ problem: "A Stanford study found that one in four commuters in the Bay Area drives alone." }) },
    { name: "a share in words about the team, not the world", text: prfaq({ problem: "Half the people whose reviews shape the design could not open the branch." }) },
    { name: "a plan that people are asked about", text: prfaq({ solution: "We will ask two thirds of tenants in the pilot block what they would change." }) },
    {
      name: "a figure cited once and repeated later",
      text: prfaq({
        problem: "Some 2.4 million households rent from small landlords (Okafor, 2026), and reminders go out by hand.",
        internalFaq: [["How big is the market?", "There are an estimated 2.4 million households renting from small landlords, and we aim to reach 1% of them."]],
      }),
    },
    { name: "a percentage about the product, not people", text: prfaq({ solution: "BusBell's texts arrive within 30 seconds 99% of the time." }) },
  ],
  invalid: [
    {
      name: "a cited figure does not source a different one",
      text: prfaq({
        problem: "Some 2.4 million households rent from small landlords (Okafor, 2026), and reminders go out by hand.",
        internalFaq: [["How big is the market?", "Landlords lose an estimated $900 million a year to late rent."]],
      }),
      errors: [{ at: "A: Landlords lose", message: "an estimated $900 million" }],
    },
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
    {
      name: "'according to' a source nobody can look up",
      text: prfaq({ problem: "According to industry data, 45% of dog owners leave their dog alone for more than six hours a day." }),
      errors: [{ at: "According to industry data", message: "According to industry data, 45%" }],
    },
    {
      name: "a single unnamed study",
      text: prfaq({ problem: "A recent survey found that one in three tenants never reads the building's notices." }),
      errors: [{ at: "A recent survey found", message: "A recent survey found" }],
    },
    {
      name: "a share in words with no source",
      text: prfaq({ problem: "Nearly a third of all carers in Wales give up paid work within two years." }),
      errors: [{ at: "Nearly a third", message: "Nearly a third of all carers" }],
    },
    {
      name: "what a share of people say they would do",
      text: prfaq({ problem: "Three quarters of commuters say they would cycle if the route were lit." }),
      errors: [{ at: "Three quarters", message: "Three quarters of commuters" }],
    },
  ],
});
