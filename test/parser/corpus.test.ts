import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Analysis, defaultLexicons, parseDocument, type PrfaqDocument } from "../../src/core";
import { sharedPath } from "../helpers/shared";

/**
 * What a person reading each real PR/FAQ in ../shared/corpus/real finds in it.
 * `parts` must be found; `optional` may be found (a reader could see it either
 * way: a quote that may be the leader's or a customer's, a problem stated
 * inside the summary); anything else must not be. `questions` counts FAQ
 * entries by audience. Written from reading the documents; the corpus
 * README's one-reader summary was the starting point.
 */
type PartName =
  | "headline"
  | "subheading"
  | "summary"
  | "problem"
  | "solution"
  | "spokesperson-quote"
  | "customer-quote"
  | "getting-started"
  | "customer-faq"
  | "internal-faq";

interface Expectation {
  parts: PartName[];
  optional?: PartName[];
  questions?: Partial<Record<"customer" | "internal" | "unspecified", number>>;
}

const expected: Record<string, Expectation> = {
  "agile-insight-tokki": { parts: ["headline", "subheading", "summary", "problem", "solution", "customer-quote", "getting-started"], optional: ["spokesperson-quote"] },
  "ailly": { parts: ["headline", "subheading", "summary", "problem", "solution", "getting-started", "customer-faq", "internal-faq"], optional: ["customer-quote"], questions: { customer: 7, internal: 10 } },
  "auditnow-bellevue": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "getting-started", "customer-faq", "internal-faq"], questions: { customer: 7, internal: 6 } },
  "cabana": { parts: ["problem", "solution", "getting-started"], optional: ["headline", "subheading", "summary"] },
  "cdk-cli-notices": { parts: ["headline", "solution", "customer-faq", "internal-faq"], optional: ["summary", "problem", "getting-started"], questions: { customer: 2, internal: 10 } },
  "cdk-construct-hub": { parts: ["headline", "subheading", "summary", "solution", "getting-started", "customer-faq"], optional: ["problem"], questions: { unspecified: 6 } },
  "cdk-construct-hub-deny-list": { parts: ["headline", "solution", "getting-started", "customer-faq", "internal-faq"], optional: ["subheading", "summary", "problem"], questions: { customer: 2, internal: 7 } },
  "codefriends-hackreactor": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote"], optional: ["getting-started"] },
  "commons": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "getting-started", "customer-faq"], optional: ["internal-faq"], questions: { unspecified: 8 } },
  "corundum": { parts: ["headline", "subheading", "summary", "solution", "customer-faq"], optional: ["problem", "spokesperson-quote", "getting-started", "internal-faq"], questions: { unspecified: 17 } },
  "cwa-kurzwahl-de": { parts: ["headline", "subheading", "summary", "solution"], optional: ["problem", "internal-faq", "customer-faq"], questions: { unspecified: 1 } },
  "dependable-ai-talk": { parts: ["headline", "subheading", "summary", "problem", "solution", "customer-faq"], questions: { unspecified: 15 } },
  "ds4320-fraud-scoring": { parts: ["headline", "problem", "solution"], optional: ["summary"] },
  "dsql-migration-tool": { parts: ["headline", "subheading", "summary", "problem", "solution", "getting-started", "customer-faq", "internal-faq"], optional: ["spokesperson-quote", "customer-quote"], questions: { customer: 10, internal: 8 } },
  "envd-ga-draft": { parts: ["headline", "subheading"], optional: ["summary", "problem", "solution", "customer-quote"] },
  "glasswall-rebuild": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "getting-started"] },
  "gsf-patterns": { parts: ["headline", "summary", "problem", "solution", "spokesperson-quote", "getting-started", "customer-faq"], optional: ["customer-quote"], questions: { unspecified: 8 } },
  "gsf-practitioners-course": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "customer-faq"], optional: ["getting-started"], questions: { unspecified: 14 } },
  "gsf-sci-open-ontology": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "getting-started"] },
  "gsf-state-of-green-software": { parts: ["headline", "summary", "solution", "spokesperson-quote", "getting-started"], optional: ["problem", "internal-faq", "customer-faq"], questions: { unspecified: 7 } },
  "gsf-theory-of-change": { parts: ["headline", "summary", "problem", "solution", "spokesperson-quote", "customer-faq"], optional: ["customer-quote", "internal-faq"], questions: { unspecified: 10 } },
  "hofmann-elimination": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "getting-started", "customer-faq", "internal-faq"], optional: ["customer-quote"], questions: { customer: 13, internal: 9 } },
  "keyframed-chatgpt": { parts: ["summary"], optional: ["solution"] },
  "mlmax": { parts: ["summary", "customer-faq"], optional: ["problem", "solution", "getting-started"], questions: { unspecified: 6 } },
  "mxfuse": { parts: ["summary", "solution"], optional: ["headline", "customer-faq", "internal-faq", "getting-started"], questions: { unspecified: 9 } },
  "opensearch-search-eval": { parts: ["headline", "summary", "solution", "getting-started", "customer-faq", "internal-faq"], optional: ["problem"], questions: { internal: 13, customer: 9 } },
  "plit": { parts: ["summary", "solution", "customer-faq"], optional: ["problem", "getting-started"], questions: { unspecified: 7 } },
  "pm-portfolio": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "getting-started", "customer-faq", "internal-faq"], questions: { customer: 7, internal: 8 } },
  "presentee-deliverable": { parts: ["headline", "subheading", "problem", "customer-quote"], optional: ["summary", "solution", "customer-faq", "internal-faq", "getting-started"] },
  "schlage-ai-access-concierge": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "getting-started", "customer-faq", "internal-faq"], questions: { customer: 11, internal: 13 } },
  "sparkq-hackreactor": { parts: ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "getting-started"] },
  "tgv-mitglieder-konto-de": { parts: ["headline", "summary", "problem", "solution", "spokesperson-quote", "getting-started", "customer-faq"], optional: ["internal-faq"], questions: { unspecified: 32 } },
  "trustedtenancy": { parts: ["headline", "subheading", "summary", "problem", "solution", "getting-started"], optional: ["spokesperson-quote"] },
  "validator-fixture-plaintext": { parts: ["summary", "problem", "solution", "spokesperson-quote", "customer-quote", "getting-started", "customer-faq"], questions: { unspecified: 5 } },
  "watttime-climate-trace": { parts: ["headline", "subheading", "summary", "problem", "solution", "customer-quote", "customer-faq", "internal-faq"], optional: ["spokesperson-quote", "getting-started"], questions: { customer: 9, internal: 6 } },
};

const ALL: PartName[] = ["headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "getting-started", "customer-faq", "internal-faq"];
const corpus = sharedPath("corpus", "real") ?? "";

/** The parts a document has, counting only parts with some text. */
export function partsFound(doc: PrfaqDocument): Set<PartName> {
  const found = new Set<PartName>();
  for (const part of doc.parts) {
    const hasText = part.blocks.some((b) => b.text.trim() !== "") || part.kind === "headline" || part.kind === "subheading";
    if (!hasText) continue;
    if (part.kind === "quote") found.add(part.voice === "customer" ? "customer-quote" : "spokesperson-quote");
    else if ((ALL as string[]).includes(part.kind)) found.add(part.kind as PartName);
  }
  const analysis = new Analysis(doc, defaultLexicons());
  if (analysis.customerEntries.length) found.add("customer-faq");
  if (analysis.internalEntries.length) found.add("internal-faq");
  return found;
}

describe.skipIf(!corpus)("the parser reads the real PR/FAQs the way a person does", () => {
  const files = corpus ? readdirSync(corpus).filter((f) => f.endsWith(".md")).sort() : [];

  it("has an expectation for every document in the corpus", () => {
    expect(new Set(files.map((f) => f.replace(/\.md$/, "")))).toEqual(new Set(Object.keys(expected)));
  });

  it.each(files)("%s", (file) => {
    const want = expected[file.replace(/\.md$/, "")];
    const doc = parseDocument(readFileSync(join(corpus, file), "utf8"));
    const found = partsFound(doc);
    const missing = want.parts.filter((p) => !found.has(p));
    const unexpected = [...found].filter((p) => !want.parts.includes(p) && !(want.optional ?? []).includes(p));
    expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
    if (want.questions) {
      const counts: Record<string, number> = {};
      for (const part of doc.parts) if (part.kind === "faq" && part.entries.length) counts[part.audience] = (counts[part.audience] ?? 0) + part.entries.length;
      expect(counts).toEqual(want.questions);
    }
  });
});
