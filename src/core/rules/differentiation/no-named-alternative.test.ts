import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-named-alternative";

const vague = md`
  # Nimbus Helps Teams Work
  ## Nimbus is an assistant for teams
  SAN FRANCISCO — Nimbus launched an assistant for product teams.

  ### Problem
  Product teams lose focus and miss deadlines.

  ### Solution
  Nimbus summarises every meeting and suggests the next step.
`;

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a named competitor", text: vague.replace("suggests the next step.", "suggests the next step, where Asana only lists tasks.") },
    { name: "a team's own competitor from .prfaq.yml", text: vague.replace("suggests the next step.", "suggests the next step, as Fathom does."), config: "lexicons:\n  competitors: [Fathom]\n" },
    { name: "a manual workaround", text: vague.replace("miss deadlines.", "miss deadlines; they copy notes into a spreadsheet by hand.") },
    { name: "not English: the word lists can't judge it", text: "# Kurzwahl\n\nDie App zeigt sechs große Kacheln mit den wichtigsten Kontakten und ruft sie mit einem Tippen an. Menschen mit schlechten Augen sehen die Namen und Bilder auch ohne Brille, und sie müssen keine Nummer suchen oder eintippen, bevor sie ihre Familie erreichen.\n" },
  ],
  invalid: [
    { name: "nothing about today's alternative", text: vague, errors: [{ line: 5, message: "never says what customers do today" }] },
  ],
});
