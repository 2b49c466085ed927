import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./written-as-exercise";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a product for people who run courses", text: prfaq({ solution: "GradeDesk lets a teacher mark a class's essays against the course's marking scheme in one sitting." }) },
    { name: "judges as customers in a product about competitions", text: prfaq({ problem: "Dog-show judges keep their scores on paper, and results take a week to reach owners." }) },
    { name: "a learning app", text: prfaq({ solution: "Lingo Lane gives adult learners a five-minute Finnish lesson on the bus to work." }) },
  ],
  invalid: [
    {
      name: "a learning project, in a byline",
      text: prfaq({ frontMatter: "title: FloorSignal", extra: "*Internal learning project — written by one engineer, April 2026*" }),
      errors: [{ at: "Internal learning project", message: /written as an exercise \("learning project"\)/, severity: "warning" }],
    },
    {
      name: "a hackathon entry that argues its score to the judges",
      text: prfaq({ internalFaq: [["Why does this win?", "We meet all six objectives and score strongly on five of six rubric criteria for the judges."]] }),
      errors: [{ at: "rubric criteria", message: /rubric criteria/ }],
    },
    {
      name: "a parody, said in a note",
      text: prfaq({ extra: "> A note before we begin: this document is a parody of a launch announcement, for a tool one family uses." }),
      errors: [{ at: "this document is a parody", message: /parody/ }],
    },
    {
      name: "a course project, in another domain",
      text: prfaq({ extra: "## Context\n\nThis PR/FAQ was written for a course on product management; the company and its figures are assumed." }),
      errors: [{ at: "written for a course", message: /written for a course/ }],
    },
  ],
});
