import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./softball-question";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a hard question that mentions love", text: prfaq({ internalFaq: [["What if parents love the alerts but the buses stay late?", "Then calls fall but waits don't; the success metric tracks late mornings too."]] }) },
    { name: "a skeptical question", text: prfaq({ internalFaq: [["Why would a practice pay £40 a month for this?", "Late boosters cost it 22% of its booster income."]] }) },
  ],
  invalid: [
    { name: "isn't this a great idea", text: prfaq({ internalFaq: [["Isn't this a great idea?", "Definitely!"]] }), errors: [{ at: "**Q: Isn't this", message: "softball" }] },
    { name: "will customers love it", text: prfaq({ customerFaq: [["Will customers love it?", "Absolutely."]] }), errors: [{ at: "**Q: Will customers love it?" }] },
    { name: "why is it so great", text: prfaq({ internalFaq: [["Why is this so amazing?", "Because parents asked for it."]] }), errors: [{ at: "**Q: Why is this so amazing?" }] },
  ],
});
