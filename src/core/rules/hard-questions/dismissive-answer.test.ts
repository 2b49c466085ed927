import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./dismissive-answer";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "confidence with evidence", text: prfaq({ internalFaq: [["Will parents sign up?", "Probably: 31 of the 40 parents we asked in May signed up on the spot."]] }) },
    { name: "customer FAQ answers are not judged for it", text: prfaq({ customerFaq: [["Can I turn the texts off?", "Of course. Reply STOP."]] }) },
  ],
  invalid: [
    { name: "definitely", text: prfaq({ internalFaq: [["Will vets sign up?", "Definitely! Every vet we spoke to loved it."]] }), errors: [{ at: "A: Definitely!", message: "Definitely" }] },
    {
      name: "they will, once they see it",
      text: prfaq({ internalFaq: [["What if users don't want another notes app?", "They will, once they see how amazing it is."]] }),
      errors: [{ at: "A: They will", message: "confidence, not evidence" }],
    },
  ],
});
