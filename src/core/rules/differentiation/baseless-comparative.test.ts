import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./baseless-comparative";

testRule(rule, {
  valid: [
    {
      name: "an embedded question asks, it claims nothing",
      text: prfaq({ customerFaq: [["How can I help?", "Tell us which stop you use. We want to understand how it makes mornings easier and where it falls short."]] }),
    },
    { name: "a negated comparative claims nothing", text: prfaq({ spokesperson: '"Drivers can\'t drive any faster, but parents shouldn\'t wait in the dark," said Liisa Korhonen, head of school transport.' }) },
    prfaq(),
    { name: "a baseline with than", text: prfaq({ solution: "Booking is faster than ringing the practice: one tap on the text's link." }) },
    { name: "a measured difference", text: prfaq({ solution: "Swaps are approved faster: in a median of 4 hours, down from 3.5 days." }) },
    { name: "instead of", text: prfaq({ solution: "It is simpler for parents, who read one text instead of checking a timetable." }) },
    { name: "better as an adjective before a noun", text: prfaq({ solution: "Better data on each bus lets BusBell text parents five minutes before it arrives." }) },
    { name: "an idiom", text: prfaq({ customerFaq: [["What if the bus is cancelled?", "You are better off knowing early: the text says so and names the next bus."]] }) },
    { name: "a hyphenated compound", text: prfaq({ solution: "Cleaner-code rotation is off by default, and each code lasts 24 hours." }) },
    { name: "comparatives in questions are not claims", text: prfaq({ customerFaq: [["Is it faster than the timetable?", "Yes: it uses the bus's live position, not the timetable."]] }) },
    {
      name: "the FAQ question names the alternative",
      text: prfaq({ internalFaq: [["Why not buy an off-the-shelf scheduling suite?", "Suites are priced per seat for hospitals. A shared calendar is simpler and cheaper for a two-vet practice."]] }),
    },
    {
      name: "a how-does-it-differ question sets the baseline",
      text: prfaq({ customerFaq: [["How is this different from a spreadsheet?", "Each load's grade arrives by itself, so reconciling it is quicker."]] }),
    },
    {
      name: "the sentence before states how it is done today",
      text: prfaq({ solution: "Today, clerks re-key every invoice by hand from the PDF. With Tally, month-end close is faster." }),
    },
    {
      name: "the product compared with its own first run",
      text: prfaq({ customerFaq: [["Can I run it again next week?", "Yes. Your history is kept, so subsequent runs are quicker."]] }),
    },
  ],
  invalid: [
    {
      name: "a comparative after a question word that is no question",
      text: prfaq({ solution: "Parents see how BusBell makes mornings easier." }),
      errors: [{ at: "Parents see how", message: "easier" }],
    },
    {
      name: "a question that names no alternative",
      text: prfaq({ customerFaq: [["What does the premium plan add?", "Reports that are more accurate. Exports are simpler too."]] }),
      errors: [{ at: "A: Reports that are", message: "more accurate" }, { at: "A: Reports that are", message: "simpler" }],
    },
    {
      name: "a sentence before that sets no baseline",
      text: prfaq({ solution: "Kitchens order produce every morning. With Cratebox, ordering is easier." }),
      errors: [{ at: "With Cratebox", message: "easier" }],
    },
    {
      name: "simpler, smarter and more powerful",
      text: prfaq({ solution: "SalesSphere is a modern CRM that is simpler, smarter and more powerful." }),
      errors: [{ at: "SalesSphere is a modern", message: "simpler" }],
    },
    {
      name: "one finding per sentence, in an FAQ answer too",
      text: prfaq({ customerFaq: [["Why switch?", "It is easier to use. It is also cheaper."]] }),
      errors: [{ at: "A: It is easier", message: "easier" }, { at: "A: It is easier", message: "cheaper" }],
    },
    { name: "better as a claim", text: prfaq({ solution: "BusBell works much better for parents." }), errors: [{ at: "BusBell works", message: "works much better" }] },
  ],
});
