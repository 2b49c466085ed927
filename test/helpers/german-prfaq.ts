/** A short PR/FAQ written in German, for the checks that must say they cannot read it. */
export const germanPrfaq = [
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
