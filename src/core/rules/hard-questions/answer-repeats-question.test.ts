import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./answer-repeats-question";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a short answer with new facts", text: prfaq({ internalFaq: [["What are the risks?", "Stale bus positions; we flag them after 90 seconds."]] }) },
    { name: "yes to a yes/no question", text: prfaq({ customerFaq: [["Is there an exam?", "Yes, there is an exam."]] }) },
  ],
  invalid: [
    {
      name: "the risks are the risks",
      text: prfaq({ internalFaq: [["What are the risks?", "There are some risks."]] }),
      errors: [{ at: "A: There are some risks.", severity: "warning" }],
    },
    {
      name: "the first version will get things wrong",
      text: prfaq({ internalFaq: [["What will the first version get wrong?", "The first version will get some things wrong."]] }),
      errors: [{ at: "A: The first version will get", message: "only says the question back" }],
    },
  ],
});
