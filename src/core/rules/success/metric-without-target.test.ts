import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./metric-without-target";

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "a SMART list: how the metric is measured and why it matters are not metrics of their own",
      text: prfaq({
        successMetrics:
          "- **Specific:** 55% of clinics with two or more vets book through the app in a typical week.\n- **Measurable:** booking logs from the clinic server; weekly report.\n- **Relevant:** the renewal decision follows from it.\n- **Time-bound:** by the end of the first 90 days.",
      }),
    },
    { name: "a data source line under a metric is not a metric", text: prfaq({ successMetrics: "- Missed pickups fall from 14 to 5 a month by June 2028.\n- Data source: the depot's own dispatch log." }) },
    { name: "a lead-in line is not a metric", text: prfaq({ successMetrics: "We will track two things:\n\n- At least 60% of parents sign up by December 2027.\n- Calls fall below 2,000 a year by June 2028." }) },
    {
      name: "a bold numbered question after the metrics opens another topic",
      text: prfaq({
        successMetrics:
          "At least 60% of parents sign up by December 2027.\n\n**Q9. What is out of scope?**\nRoute planning and driver rosters.\n\n- Sprint 1: the depot feed reader.\n- Sprint 2: the text gateway.",
      }),
    },
    {
      name: "a line defining what the metric counts is not a metric",
      text: prfaq({
        successMetrics:
          "At least 60% of parents sign up by December 2027.\n\nA saved wait is a morning where (1) the text arrived, (2) the parent left home after it, and (3) the child boarded within five minutes.",
      }),
    },
    { name: "a status note is not a metric", text: prfaq({ successMetrics: "At least 60% of parents sign up by December 2027.\n\nNote: the opt-out link shipped in the March build." }) },
  ],
  invalid: [
    { name: "what to watch, no target", text: prfaq({ successMetrics: "- Adoption by parents\n- Fewer calls to the office" }), errors: [{ at: "- Adoption by parents", message: "no target" }, { at: "- Fewer calls", message: "no target" }] },
    { name: "a number with no unit", text: prfaq({ successMetrics: "We reach 85 by 2028." }), errors: [{ at: "We reach 85", message: "85 of what" }] },
    { name: "the message names the number the metric gives", text: prfaq({ successMetrics: "We reach 40 by 2028." }), errors: [{ at: "We reach 40", message: "40 of what" }] },
    {
      name: "a list's enumerators are not the metric's number",
      text: prfaq({ successMetrics: "Parents (1) sign up, (2) pick a stop and (3) keep the texts on." }),
      errors: [{ at: "Parents (1)", message: "no target" }],
    },
    {
      name: "a sprint or phase number is a name, not a target",
      text: prfaq({ successMetrics: "- Adoption by parents after Sprint 4 (2027-06-30)\n- Fewer calls to the office in Phase 2" }),
      errors: [{ at: "- Adoption by parents", message: "no target" }, { at: "- Fewer calls", message: "no target" }],
    },
  ],
});
