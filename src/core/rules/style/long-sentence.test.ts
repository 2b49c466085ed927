import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./long-sentence";

const long31 = Array.from({ length: 31 }, (_, i) => `word${i}`).join(" ") + ".";
const long50 = Array.from({ length: 50 }, (_, i) => `word${i}`).join(" ") + ".";

const clauseList =
  "The pilot covers three things: every depot publishes its feed each minute, including weekends and school holidays; " +
  "each parent picks a stop and a lead time on the sign-up page before term starts; and the office gets a daily list of " +
  "buses that ran more than ten minutes late, with the reason the driver gave.";
const cited =
  "Harbour pilots board roughly 40 ships a week at the outer anchorage and wait for the tide tables by fax " +
  "[REPORTED: interview with the harbour master, March 2026; confirm with the port authority] before they plan a single berth.";

testRule(rule, {
  valid: [
    prfaq({ gettingStarted: "Parents sign up on the school's page." }),
    { name: "a list of short clauses split by semicolons", text: prfaq({ solution: clauseList }) },
    { name: "a bracketed citation is not read as part of the sentence", text: prfaq({ problem: cited }) },
    {
      name: "a quoted example inside a sentence is read as one unit",
      text: prfaq({
        solution:
          'Dispatchers can type requests like "Send the night crew to the north depot at 4am every Sunday in March, and tell the drivers by text" and the rota updates itself.',
      }),
    },
    { name: "a higher limit from config", text: prfaq({ gettingStarted: long31 }), config: "rules:\n  long-sentence: [info, { max: 35 }]\n" },
  ],
  invalid: [
    { name: "a bit long is advice", text: prfaq({ gettingStarted: long31 }), errors: [{ at: "word0 word1", severity: "info", message: "31 words" }] },
    {
      name: "one long clause among short ones",
      text: prfaq({ solution: "Short first; " + long50.slice(0, -1) + "; short last." }),
      errors: [{ at: "Short first;", severity: "warning", message: "54 words" }],
    },
    {
      name: "far too long in an FAQ answer is only advice",
      text: prfaq({ internalFaq: [["How does the sync work?", long50]] }),
      errors: [{ at: "word0 word1", severity: "info", message: "51 words" }],
    },
    {
      name: "far too long in an appendix, the team's own notes, is only advice",
      text: prfaq({ extra: "## Appendix B: test method\n\n" + long50 }),
      errors: [{ at: "word0 word1", severity: "info", message: "50 words" }],
    },
    { name: "far too long is a warning", text: prfaq({ gettingStarted: long50 }), errors: [{ at: "word0 word1", severity: "warning", message: "50 words" }] },
  ],
});
