import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./baseless-comparative";

testRule(rule, {
  valid: [
    { name: "a negated comparative claims nothing", text: prfaq({ spokesperson: '"Drivers can\'t drive any faster, but parents shouldn\'t wait in the dark," said Liisa Korhonen, head of school transport.' }) },
    prfaq(),
    { name: "a baseline with than", text: prfaq({ solution: "Booking is faster than ringing the practice: one tap on the text's link." }) },
    { name: "a measured difference", text: prfaq({ solution: "Swaps are approved faster: in a median of 4 hours, down from 3.5 days." }) },
    { name: "instead of", text: prfaq({ solution: "It is simpler for parents, who read one text instead of checking a timetable." }) },
    { name: "better as an adjective before a noun", text: prfaq({ solution: "Better data on each bus lets BusBell text parents five minutes before it arrives." }) },
    { name: "an idiom", text: prfaq({ customerFaq: [["What if the bus is cancelled?", "You are better off knowing early: the text says so and names the next bus."]] }) },
    { name: "a hyphenated compound", text: prfaq({ solution: "Cleaner-code rotation is off by default, and each code lasts 24 hours." }) },
    { name: "comparatives in questions are not claims", text: prfaq({ customerFaq: [["Is it faster than the timetable?", "Yes: it uses the bus's live position, not the timetable."]] }) },
  ],
  invalid: [
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
