import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./front-matter";

testRule(rule, {
  valid: [prfaq(), prfaq({ frontMatter: "title: BusBell\nowner: Liisa Korhonen" })],
  invalid: [{ name: "front matter that isn't YAML", text: prfaq({ frontMatter: "title: [unclosed\nowner: x" }), errors: [{ at: "owner: x", message: "not valid YAML" }] }],
});
