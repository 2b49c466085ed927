import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./evasive-answer";

const [whyNot, copy, v1] = strongParts.internalFaq;

testRule(rule, {
  valid: [
    prfaq(),
    { name: "we don't know yet, with the way to find out", text: prfaq({ internalFaq: [whyNot, copy, v1, ["What does it cannibalize?", "We don't know yet. A four-week pilot on two routes will show whether calls fall."]] }) },
    { name: "a pilot that answers it, with the threshold", text: prfaq({ internalFaq: [whyNot, copy, v1, ["What will support cost?", "We'll set the support budget after the pilot: at 2 tickets per 100 orders it is one person."]] }) },
    { name: "yes or no answers a yes/no question", text: prfaq({ customerFaq: [["Is this a breaking change?", "No."], ["Will the training be accessible?", "Yes"]] }) },
    { name: "a long, specific answer that mentions low risk", text: prfaq({ internalFaq: [whyNot, copy, v1, ["What are the risks?", "Low risk for parents, because the text only adds to the timetable; the real risk is a stale position, which we detect after 90 seconds and say so."]] }) },
  ],
  invalid: [
    {
      name: "TBD, N/A, not sure, we'll deal with it",
      text: prfaq({
        internalFaq: [
          ["Why hasn't anyone done this already?", "Not sure, we haven't looked into it."],
          ["What if the operator adds alerts?", "We'll deal with that when it happens."],
          ["What will the first version get wrong?", "TBD."],
          ["What does it cannibalize?", "N/A"],
        ],
      }),
      errors: [
        { at: "A: Not sure", severity: "error", message: "Not sure" },
        { at: "A: We'll deal", severity: "error" },
        { at: "A: TBD.", severity: "error" },
        { at: "A: N/A", severity: "error" },
      ],
    },
    {
      name: "nothing, to a question that needs a reason",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["What does it cannibalize?", "Nothing."]] }),
      errors: [{ at: "A: Nothing.", severity: "error" }],
    },
    {
      name: "a cost deferred until the pilot has run",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["How much will the drivers' app cost to host?", "We will work out the hosting and support costs after the trial ends in spring."]] }),
      errors: [{ at: "A: We will work out", severity: "error", message: "after the trial" }],
    },
    {
      name: "staffing deferred until launch: a gap to fill, but not one of the hard questions that block a review",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["Who answers the phones at night?", "We'll figure out the night rota for the call centre once the launch is behind us."]] }),
      errors: [{ at: "A: We'll figure out", severity: "warning" }],
    },
    {
      name: "no competitors",
      text: prfaq({ internalFaq: [["Who are the competitors?", "There are no competitors."]] }),
      errors: [{ at: "A: There are no competitors", message: "There are no competitors" }],
    },
    {
      name: "an unanswered customer question is a warning",
      text: prfaq({ customerFaq: [["Does BusBell cost anything?", ""]] }).replace("A: \n", ""),
      errors: [{ at: "Does BusBell cost anything?", severity: "warning", message: "has no answer" }],
    },
  ],
});
