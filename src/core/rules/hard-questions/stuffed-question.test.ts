import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./stuffed-question";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "two related questions in one is still a question", text: prfaq({ internalFaq: [["What does it cost, and when does it pay back?", "£18,000 to build; it pays back in 14 months through fewer calls."]] }) },
  ],
  invalid: [
    {
      name: "every keyword at once",
      text: prfaq({ internalFaq: [["What are the risks, competitors, costs, dependencies and cannibalization concerns?", "We have considered all of them."]] }),
      errors: [{ at: "**Q: What are the risks, competitors", message: "hard questions together" }],
    },
  ],
});
