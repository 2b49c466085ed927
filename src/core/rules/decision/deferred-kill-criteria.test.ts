import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./deferred-kill-criteria";

testRule(rule, {
  valid: [prfaq(), { name: "deciding after a pilot against criteria set now", text: prfaq({ killCriteria: "After the 12-week pilot we stop if fewer than 25% of parents have signed up." }) }],
  invalid: [
    { name: "we will decide after launch", text: prfaq({ killCriteria: "We will decide whether to continue after launch." }), errors: [{ at: "We will decide", message: "put off" }] },
    { name: "criteria to be defined later", text: prfaq({ killCriteria: "Kill criteria will be defined later." }), errors: [{ at: "Kill criteria will be", message: "Kill criteria will be defined later" }] },
  ],
});
