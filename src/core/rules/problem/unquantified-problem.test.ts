import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unquantified-problem";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "number words count", text: prfaq({ problem: "Sanjay Mistry missed his dog's booster by seven weeks and had to restart a two-dose course." }) },
    { name: "a share", text: prfaq({ problem: "Owners told us that half of all boosters were given late, and one in five never." }) },
    {
      name: "a labelled problem section with numbers",
      text: md`
        # GrainGrade
        ### Problem
        Farmers wait a median of three days to learn the grade of a load, and 12% of loads are regraded on appeal.
      `,
    },
  ],
  invalid: [
    {
      name: "the figures are in the customer's quote about before: advice to move them",
      text: prfaq({
        problem: "Compliance teams cannot tell which streams carry personal data.",
        customerQuote: '"Before, we hand-checked our 900 tables and it took six weeks. Now every table is tagged the day it appears," said Maria Lopez, a data steward at Westbank who piloted the tagger in May.',
      }),
      errors: [{ at: "Compliance teams cannot", message: "a customer quote measures it", severity: "info" }],
    },
    {
      name: "the figures are in an FAQ answer about the problem: advice to move them",
      text: prfaq({
        problem: "Farm shops struggle to know what will sell out before the weekend.",
        customerFaq: [["How common is this problem?", "Most shops we visited threw away 40 kilos of produce a week."]],
      }),
      errors: [{ at: "Farm shops struggle", message: "the FAQ measures it", severity: "info" }],
    },
    {
      name: "the author's own case in the answer to why it was built illustrates, but does not size, the problem",
      text: prfaq({
        problem: "Job seekers never know why an application gets no reply.",
        internalFaq: [["Why did you build this?", "I applied to 50 jobs last spring and heard back from 2."]],
      }),
      errors: [{ at: "Job seekers never", message: 'the FAQ illustrates it ("50', severity: "warning" }],
    },
    {
      name: "the answer to what problem it solves, in another domain",
      text: prfaq({
        problem: "Tenants never know whether a repair request was read.",
        customerFaq: [["What problem does FixLog solve?", "Our tenants waited 23 days on average for a reply to a repair request."]],
      }),
      errors: [{ at: "Tenants never know", message: 'the FAQ illustrates it ("23', severity: "warning" }],
    },
    {
      name: "an FAQ about something else does not measure the problem",
      text: prfaq({
        problem: "Tenants never know whether a repair request was read.",
        customerFaq: [["What does FixLog cost?", "It costs 40 EUR a month for up to 200 flats."]],
      }),
      errors: [{ at: "Tenants never know", message: "has no numbers", severity: "warning" }],
    },
    {
      name: "a quote that only measures life with the product leaves the problem unmeasured",
      text: prfaq({
        problem: "Job seekers lose their evenings to reading postings.",
        customerQuote: '"Now I spend ten minutes over coffee on it," said Dana Price, a designer looking for her next role.',
      }),
      errors: [{ at: "Job seekers lose", message: "has no numbers", severity: "warning" }],
    },
    {
      name: "a quote that counts a few things measures no friction",
      text: prfaq({
        problem: "Support teams cannot tell which refund rules their agents actually follow.",
        customerQuote: '"The report showed us three scenarios our policy never allowed," said Omar Haddad, a support lead at Finch who piloted the audit.',
      }),
      errors: [{ at: "Support teams cannot", message: "has no numbers", severity: "warning" }],
    },
    {
      name: "numbers in an FAQ answer about something else leave the problem unmeasured",
      text: prfaq({
        problem: "Today, clinics in Leeds struggle to book a Polish or Urdu interpreter for a morning appointment, and patients give up on the visit.",
        customerFaq: [["What does it cost?", "It costs $30 a month for up to 200 bookings."]],
      }),
      errors: [{ at: "Today, clinics in Leeds", message: "has no numbers", severity: "warning" }],
    },
    {
      name: "feelings, no numbers",
      text: prfaq({ problem: "Sales teams everywhere are frustrated with their CRM. It's clunky, slow and hard to use." }),
      errors: [{ at: "Sales teams everywhere", message: "has no numbers" }],
    },
    {
      name: "numbers that measure the company, not the customer",
      text: prfaq({ problem: "Parents struggle with late buses today. The school transport market is worth $4 billion a year, and our revenue grew 12% last year." }),
      errors: [{ at: "Parents struggle", message: "measure the company or the market" }],
    },
    {
      name: "numbers with no unit",
      text: md`
        # Glimmer
        ### Problem
        The problem affects 47 and costs 12.
      `,
      errors: [{ line: 3, message: "numbers with nothing after them" }],
    },
    {
      name: "a press release with no problem paragraph and no numbers",
      text: md`
        # Helix Pro: The Ultimate Notes App
        ## A beautiful notes app
        SEATTLE — Helix today unveiled Helix Pro, the notes app people will love.

        Helix Pro is beautifully designed and fast.
      `,
      errors: [{ line: 3, message: "The press release has no numbers" }],
    },
  ],
});
