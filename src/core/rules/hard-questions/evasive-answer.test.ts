import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./evasive-answer";

const [whyNot, copy, v1] = strongParts.internalFaq;

testRule(rule, {
  valid: [
    prfaq(),
    { name: "we don't know yet, with the way to find out", text: prfaq({ internalFaq: [whyNot, copy, v1, ["What does it cannibalize?", "We don't know yet. A four-week pilot on two routes will show whether calls fall."]] }) },
    { name: "a pilot that answers it, with the threshold", text: prfaq({ internalFaq: [whyNot, copy, v1, ["What will support cost?", "We'll set the support budget after the pilot: at 2 tickets per 100 orders it is one person."]] }) },
    { name: "yes or no answers a yes/no question", text: prfaq({ customerFaq: [["Is this a breaking change?", "No."], ["Will the training be accessible?", "Yes"]] }) },
    {
      name: "a denial followed by its reason answers the question (rightly or wrongly), it does not dodge it",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["What are the privacy concerns?", "There are none. BusBell stores a stop code and a phone number, never a name, and deletes both when the school year ends."]] }),
    },
    {
      name: "no competitors, with the market it rests on",
      text: prfaq({ internalFaq: [whyNot, v1, ["Who are the competitors?", "There are no competitors in the Faroes: the two Danish insurers that covered fishing boats there left the market in 2019."]] }),
    },
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
      name: "a denial with nothing after it but more confidence still dodges",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["What are the security risks?", "There are none. Trust us on this one."]] }),
      errors: [{ at: "A: There are none.", severity: "error", message: "There are none" }],
    },
    {
      name: "a denial leaning on a clause instead of saying why still dodges",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["What are the risks of moving the payroll system?", "There are no major risks, as the vendor has done this before for other councils."]] }),
      errors: [{ at: "A: There are no major risks", severity: "error" }],
    },
    {
      name: "a denial followed by a deferral still dodges",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["What are the risks to the grain co-op?", "No risk. If something comes up we'll figure it out later with the co-op board."]] }),
      errors: [{ at: "A: No risk.", severity: "error" }],
    },
    {
      name: "where to find the docs, still TODO: a placeholder to fill, not a dodge",
      text: prfaq({ internalFaq: [...strongParts.internalFaq, ["Where can I find documentation and examples for the API?", "TODO"]] }),
      errors: [{ at: "A: TODO", severity: "info", message: "is still a placeholder" }],
    },
    {
      name: "how to sign up, unanswered: a gap to fill, not a dodge",
      text: prfaq({ customerFaq: [["How do I sign up for the allotment waiting list?", ""]] }).replace("A: \n", ""),
      errors: [{ at: "How do I sign up", severity: "info", message: "has no answer yet" }],
    },
    {
      name: "a design question noted as a bullet under an answer is listed as open, not dodged",
      text: prfaq().replace(
        "A: Calls to the transport office, which we expect to fall by half; the two clerks who answer them move to route planning.",
        "A: Calls to the transport office, which we expect to fall by half; the two clerks who answer them move to route planning.\n\n- Should the clerks be able to send a text to a whole route?",
      ),
      errors: [{ at: "- Should the clerks", severity: "info", message: "is listed as open" }],
    },
    {
      name: "a hard question set down as a bullet with nothing under it is still unanswered",
      text: prfaq().replace(
        "A: Calls to the transport office, which we expect to fall by half; the two clerks who answer them move to route planning.",
        "A: Calls to the transport office, which we expect to fall by half; the two clerks who answer them move to route planning.\n\n- What will the texts cost the city each year?",
      ),
      errors: [{ at: "- What will the texts cost", severity: "error", message: "has no answer" }],
    },
    {
      name: "a hard question answered TODO still dodges, wherever it is asked",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["How will the data warehouse scale to a million queries a day?", "TODO"]] }),
      errors: [{ at: "A: TODO", severity: "warning", message: "dodges it" }],
    },
    {
      name: "an unanswered customer question is a warning",
      text: prfaq({ customerFaq: [["Does BusBell cost anything?", ""]] }).replace("A: \n", ""),
      errors: [{ at: "Does BusBell cost anything?", severity: "warning", message: "has no answer" }],
    },
  ],
});
