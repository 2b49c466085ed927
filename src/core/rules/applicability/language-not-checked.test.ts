import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./language-not-checked";

const german = [
  "# Hausverwaltungen rechnen die Nebenkosten in einem Tag ab",
  "",
  "Wir stellen heute ein Werkzeug vor, das die Abrechnung der Nebenkosten für die Hausverwaltung übernimmt. Die Mieter sehen ihre Zählerstände und können Fehler sofort melden, und die Verwaltung muss nicht mehr jede Rechnung von Hand prüfen.",
  "",
  "## Häufige Fragen",
  "",
  "### Was kostet es?",
  "",
  "Die Hausverwaltung zahlt pro Wohnung und Jahr einen festen Betrag, der mit der Abrechnung fällig wird.",
].join("\n");

testRule(rule, {
  valid: [{ name: "an English document", text: prfaq() }],
  invalid: [{ name: "a German document: one finding that names the language", text: german, errors: [{ line: 1, severity: "info", message: "reads as German" }] }],
});
