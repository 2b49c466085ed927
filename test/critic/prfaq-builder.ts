/**
 * Builds test passages: a dedenting template tag, and a complete PR/FAQ with
 * strong defaults in which a test replaces one part. Free of vitest, so
 * scripts can use it too.
 */

/**
 * Strips the indentation that a template literal picks up from the test
 * source, and the first and last line breaks, so line numbers are the ones a
 * reader counts.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ""), "");
  const lines = raw.replace(/^\n/, "").replace(/\n[ \t]*$/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n") + "\n";
}

/** The 1-based line on which `needle` first occurs in `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`the test passage does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, index).split("\n").length;
}

/** The parts of a PR/FAQ that `prfaq()` assembles; each one replaces a strong default. */
export interface PrfaqParts {
  frontMatter?: string;
  headline?: string;
  subheading?: string;
  summary?: string;
  problem?: string;
  solution?: string;
  spokesperson?: string;
  customerQuote?: string;
  gettingStarted?: string;
  customerFaq?: [string, string][];
  internalFaq?: [string, string][];
  successMetrics?: string | null;
  killCriteria?: string | null;
  /** Sections appended at the end, as written. */
  extra?: string;
}

export const strongParts: Required<Omit<PrfaqParts, "frontMatter" | "extra">> = {
  headline: "BusBell Tells Parents in Tampere When Their Child's School Bus Is Five Minutes Away",
  subheading: "Parents of the 3,900 pupils who ride Tampere's school buses get a text when the bus is five minutes from their stop",
  summary: "TAMPERE, Finland — August 10, 2027 — Tampere Regional Transport today launched BusBell, a text alert for parents whose children ride one of the city's 61 school bus routes.",
  problem:
    "Aino Virtanen drives a delivery van and leaves home at 6:40. Her son Eero, who is eight, waits for the 7:15 bus at a stop on Hervanta's main road. " +
    "Last winter the bus was more than ten minutes late on 23 mornings, and Eero waited in the dark at minus 15 degrees. " +
    "Parents called the transport office 4,100 times last school year to ask where a bus was.",
  solution:
    "BusBell reads the position each bus already reports to the depot. When the bus is five minutes from a child's stop, the parent gets a text. " +
    "When a bus is more than ten minutes late, the text says so and gives the new time.",
  spokesperson:
    "\"Parents should not have to phone us at seven in the morning to find out where a bus is,\" said Liisa Korhonen, head of school transport at Tampere Regional Transport.",
  customerQuote:
    "\"Eero now leaves the house when the text arrives, not twenty minutes early,\" said Aino Virtanen, who tested BusBell on the Hervanta route in May.",
  gettingStarted: "Parents sign up on the school's page with their child's pupil number and choose a stop.",
  customerFaq: [
    ["Does BusBell cost anything?", "No. The city pays for the texts."],
    ["Can both parents get the text?", "Yes. Up to three phone numbers can follow one stop."],
  ],
  internalFaq: [
    ["Why hasn't the city done this already?", "Until 2026 the buses reported their position only to the driver's radio. The new depot system stores every position, which is what BusBell reads."],
    ["What if the bus operator builds its own alerts?", "Then we hand the parents over to it. The operator has said it has no plans, and our goal is fewer cold waits, not owning the app."],
    ["What will the first version get wrong?", "Positions update every 30 seconds, so on short routes the five-minute warning can arrive a minute late."],
    ["What does it cannibalize?", "Calls to the transport office, which we expect to fall by half; the two clerks who answer them move to route planning."],
  ],
  successMetrics:
    "Calls to the transport office asking where a bus is fall from 4,100 to under 2,000 in the 2027–28 school year. " +
    "At least 60% of parents of bus riders sign up by December 2027.",
  killCriteria: "We stop BusBell if fewer than 25% of parents have signed up by the end of October 2027, or if calls have not fallen by 20% by January 2028.",
};

function faqLines(entries: [string, string][]): string {
  return entries.map(([q, a]) => `**Q: ${q}**\nA: ${a}`).join("\n\n");
}

/**
 * Assembles a complete PR/FAQ from strong defaults, with the given parts
 * replaced. Rule tests use it to put one passage in a realistic document.
 */
export function prfaq(parts: PrfaqParts = {}): string {
  const p = { ...strongParts, ...parts };
  const out: string[] = [];
  if (parts.frontMatter) out.push(`---\n${parts.frontMatter.trim()}\n---`);
  out.push(`# ${p.headline}`, `## ${p.subheading}`, p.summary, p.problem, p.solution, p.spokesperson, p.customerQuote, p.gettingStarted);
  out.push("## Customer FAQ", faqLines(p.customerFaq));
  out.push("## Internal FAQ", faqLines(p.internalFaq));
  if (p.successMetrics !== null) out.push("## Success metrics", p.successMetrics);
  if (p.killCriteria !== null) out.push("## Kill criteria", p.killCriteria);
  if (parts.extra) out.push(parts.extra.trim());
  return out.filter((s) => s !== "").join("\n\n") + "\n";
}
