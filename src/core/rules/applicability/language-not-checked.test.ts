import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./language-not-checked";
import { germanPrfaq as german } from "../../../../test/helpers/german-prfaq";

testRule(rule, {
  valid: [{ name: "an English document", text: prfaq() }],
  invalid: [{ name: "a German document: one finding that names the language", text: german, errors: [{ line: 1, severity: "info", message: "reads as German" }] }],
});
