import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./long-sentence";

const long31 = Array.from({ length: 31 }, (_, i) => `word${i}`).join(" ") + ".";
const long50 = Array.from({ length: 50 }, (_, i) => `word${i}`).join(" ") + ".";

testRule(rule, {
  valid: [prfaq({ gettingStarted: "Parents sign up on the school's page." }), { name: "a higher limit from config", text: prfaq({ gettingStarted: long31 }), config: "rules:\n  long-sentence: [info, { max: 35 }]\n" }],
  invalid: [
    { name: "a bit long is advice", text: prfaq({ gettingStarted: long31 }), errors: [{ at: "word0 word1", severity: "info", message: "31 words" }] },
    { name: "far too long is a warning", text: prfaq({ gettingStarted: long50 }), errors: [{ at: "word0 word1", severity: "warning", message: "50 words" }] },
  ],
});
