import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./readability";

const dense =
  "Comprehensive organisational transformation necessitates institutionalised interdepartmental coordination mechanisms facilitating " +
  "continuous operational optimisation, notwithstanding considerable implementation complexity. Consequently, administrative " +
  "infrastructure modernisation constitutes an unavoidable prerequisite for sustainable organisational effectiveness and accountability. " +
  "Furthermore, comprehensive stakeholder consultation necessitates institutionalised documentation of interdepartmental responsibilities.";

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "a paragraph in German gets no English grade",
      text: prfaq({
        solution:
          "Die Hausverwaltung übernimmt mit dem neuen Werkzeug die vollständige Nebenkostenabrechnung einschließlich sämtlicher " +
          "Verbrauchsablesungen, Plausibilitätsprüfungen und Zahlungsabgleiche. Gleichzeitig informiert die Anwendung sämtliche " +
          "Mieterinnen und Mieter automatisch über fehlerhafte Zählerstände, Nachzahlungsforderungen und Rückerstattungsansprüche.",
      }),
    },
    { name: "short paragraphs are not judged", text: prfaq({ gettingStarted: "Comprehensive organisational transformation necessitates coordination." }) },
  ],
  invalid: [{ name: "a dense paragraph", text: prfaq({ solution: dense }), errors: [{ at: "Comprehensive organisational", severity: "info", message: "reads at grade" }] }],
});
