import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./dismissive-answer";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "confidence with evidence", text: prfaq({ internalFaq: [["Will parents sign up?", "Probably: 31 of the 40 parents we asked in May signed up on the spot."]] }) },
    { name: "nothing, with the reason", text: prfaq({ internalFaq: [["What does it cannibalize?", "Nothing, because none of our stores sell spare parts today."]] }) },
    { name: "no, to a yes/no question", text: prfaq({ internalFaq: [["Does it replace the paper rota?", "No, the paper rota stays for volunteers without phones."]] }) },
    { name: "customer FAQ answers are not judged for it", text: prfaq({ customerFaq: [["Can I turn the texts off?", "Of course. Reply STOP."]] }) },
  ],
  invalid: [
    { name: "definitely", text: prfaq({ internalFaq: [["Will vets sign up?", "Definitely! Every vet we spoke to loved it."]] }), errors: [{ at: "A: Definitely!", message: "Definitely" }] },
    {
      name: "they will, once they see it",
      text: prfaq({ internalFaq: [["What if users don't want another notes app?", "They will, once they see how amazing it is."]] }),
      errors: [{ at: "A: They will", message: "confidence, not evidence" }],
    },
    {
      name: "nothing at all, waved on with no reason",
      text: prfaq({ internalFaq: [["What does the parts marketplace take from our repair shops?", "Nothing at all, repairs will only grow."]] }),
      errors: [{ at: "A: Nothing at all", message: "confidence, not evidence" }],
    },
    {
      name: "all upside",
      text: prfaq({ internalFaq: [["What could go wrong for the hospital pharmacy?", "Honestly it's all upside for the pharmacists."]] }),
      errors: [{ at: "A: Honestly", message: "all upside" }],
    },
  ],
});
