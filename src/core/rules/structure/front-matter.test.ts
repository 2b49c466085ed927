import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./front-matter";

testRule(rule, {
  valid: [prfaq(), prfaq({ frontMatter: "title: BusBell\nowner: Liisa Korhonen" })],
  invalid: [
    { name: "front matter that isn't YAML", text: prfaq({ frontMatter: "title: [unclosed\nowner: x" }), errors: [{ at: "owner: x", message: "not valid YAML" }] },
    {
      name: "front matter nested thousands deep, refused before the YAML parser recurses into it",
      text: prfaq({ frontMatter: "title: " + "{a: ".repeat(3000) }),
      errors: [{ line: 1, message: "more than 64 deep" }],
    },
  ],
});
