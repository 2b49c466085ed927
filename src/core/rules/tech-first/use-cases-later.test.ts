import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./use-cases-later";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a use case named now", text: prfaq({ customerFaq: [["When can farmers use it?", "On the first delivery of the 2027 harvest, to see their load's grade."]] }) },
  ],
  invalid: [
    {
      name: "use cases defined after the platform is live",
      text: prfaq({ customerFaq: [["When will farmers use it?", "Use cases will be defined after the platform is live."]] }),
      errors: [{ at: "A: Use cases", message: "Use cases will be defined" }],
    },
    {
      name: "identify use cases later",
      text: prfaq({ solution: "The ledger is ready; we will identify use cases later with the members." }),
      errors: [{ at: "The ledger is ready", message: "identify use cases later" }],
    },
  ],
});
