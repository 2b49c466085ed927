/**
 * The hard internal questions, matched by meaning: many phrasings of each
 * count, keyword look-alikes don't.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asks, classifyQuestion } from "../../src/core/analysis/hard-questions";
import { defaultHardQuestions, parseDocument } from "../../src/core";
import type { FaqEntry } from "../../src/core/model/types";

const byId = Object.fromEntries(defaultHardQuestions.map((q) => [q.id, q]));

const asked: [string, string][] = [
  ["why-not-done", "Why hasn't anyone done this already?"],
  ["why-not-done", "Why hasn't the city done this already?"],
  ["why-not-done", "If this is so obvious, why has nobody built it?"],
  ["why-not-done", "Why hasn't anyone sold this before?"],
  ["why-not-done", "Why is no one doing this today?"],
  ["competitor-copies", "What if a competitor copies it?"],
  ["competitor-copies", "What if the practice-management software vendors add reminders?"],
  ["competitor-copies", "What if a private permit-expediting company builds the same page?"],
  ["competitor-copies", "What if the HealthRoster vendor ships its own swap board?"],
  ["competitor-copies", "What stops Google from doing this?"],
  ["competitor-copies", "What if Asana adds invoicing?"],
  ["competitor-copies", "What if a dealer starts renting machines by app?"],
  ["v1-wrong", "What will the first version get wrong?"],
  ["v1-wrong", "What are the limitations of the first release?"],
  ["v1-wrong", "What won't the first version do?"],
  ["v1-wrong", "What's missing at launch?"],
  ["cannibalize", "What does this cannibalize?"],
  ["cannibalize", "What will we stop doing?"],
  ["cannibalize", "Will this hurt sales of our existing product?"],
  ["cost", "What does it cost to run?"],
  ["risks", "What could go wrong?"],
  ["dependencies", "What does this depend on that we don't control?"],
  ["market-size", "How many restaurant owners have this problem?"],
  ["why-now", "Why now?"],
  ["why-now", "What has changed that makes this possible?"],
  // Why not the alternative that exists: build against it, choose ours over it, or ask whether this is just it again.
  ["why-not-done", "Why build this vs. Salesforce Field Service?"],
  ["why-not-done", "Why write our own scheduler instead of Airflow?"],
  ["why-not-done", "Why GDAL rather than a pure-Python raster implementation?"],
  ["why-not-done", "Why a custom billing connector instead of a stock Stripe integration?"],
  ["why-not-done", "Why would clinics choose RotaMate over the roster software they already pay for?"],
  ["why-not-done", "Why should a farmer pick this over the co-op's spreadsheet?"],
  ["why-not-done", "Why not just use Google Forms?"],
  ["why-not-done", "Isn't this just a CRM with a nicer inbox?"],
  ["why-not-done", "How is this different from a standing order at the bank?"],
  ["why-not-done", "Why have earlier tenant-rating sites failed?"],
  ["why-not-done", "Why is this the right problem to solve now?"],
  ["why-now", "Why is this the right bet for the library this year?"],
  // The owner of the platform shipping it, in the words of a roadmap.
  ["competitor-copies", "How does this relate to the Postgres roadmap (will it become redundant)?"],
  ["competitor-copies", "What if Shopify ships the same checkout natively?"],
  ["competitor-copies", "Why would schools pick this over competing timetable products?"],
  ["competitor-copies", "Could Apple make this obsolete with the next iOS?"],
  // What the first version gets wrong, asked about the customer's experience or about our own bugs.
  ["v1-wrong", "What will the customers like least about AuditNow?"],
  ["v1-wrong", "What will farmers dislike about the first season?"],
  ["v1-wrong", "What's the failure mode if the sync job has a bug?"],
  ["v1-wrong", "What happens when the pricing engine hits a regression?"],
];

const notAsked: [string, string][] = [
  ["risks", "Is there a risk this is too successful?"],
  ["risks", "What's the risk of not doing this?"],
  ["competitor-copies", "Is our pricing competitive?"],
  ["competitor-copies", "What if the vendor goes out of business?"],
  ["competitor-copies", "What if parents add a second stop?"],
  ["why-not-done", "Why do parents call the office?"],
  ["market-size", "How many steps does sign-up take?"],
  ["cost", "Does it cost the customer anything?"],
  // Design choices between two ways of our own, not between us and something that exists.
  ["why-not-done", "Why a desktop app instead of a web app?"],
  ["why-not-done", "Why charge per seat rather than per month?"],
  ["why-not-done", "Why this problem over the other thirty in the backlog?"],
  ["why-not-done", "Why does it get cheaper over time?"],
  // Operations, not a flaw of the first version.
  ["v1-wrong", "What happens on failure?"],
  ["v1-wrong", "What happens if the server goes down?"],
  ["competitor-copies", "Do the two tools have competing priorities?"],
];

describe("hard questions by meaning", () => {
  it.each(asked)("%s: %s", (id, question) => {
    expect(asks(byId[id], question)).toBe(true);
  });

  it.each(notAsked)("not %s: %s", (id, question) => {
    expect(asks(byId[id], question)).toBe(false);
  });

  it("has the four core questions the discipline names first", () => {
    expect(defaultHardQuestions.filter((q) => q.core).map((q) => q.id)).toEqual(["why-not-done", "competitor-copies", "v1-wrong", "cannibalize"]);
  });
});

describe("reading a question once for all hard questions", () => {
  const one = (questionText: string) => classifyQuestion({ questionText } as FaqEntry, defaultHardQuestions);
  const oneByOne = (text: string) => defaultHardQuestions.filter((q) => asks(q, text));
  const documents = join(import.meta.dirname, "..", "documents");
  const questions = readdirSync(documents)
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) => parseDocument(readFileSync(join(documents, f), "utf8")).parts.flatMap((p) => (p.kind === "faq" ? p.entries.map((e) => e.questionText) : [])));
  const matched = (text: string) => {
    const c = one(text);
    return [...c.asks, ...c.stuffedWith];
  };

  it("finds what asking each question in turn finds, for every FAQ question in our documents", () => {
    expect(questions.length).toBeGreaterThan(80);
    let asking = 0;
    for (const text of questions) {
      const expected = oneByOne(text);
      asking += expected.length ? 1 : 0;
      expect(matched(text).map((q) => q.id), text).toEqual(expected.map((q) => q.id));
    }
    expect(asking).toBeGreaterThan(30);
  });

  it("and for questions stitched from the paraphrases and disqualifiers themselves", () => {
    const pieces = defaultHardQuestions.flatMap((q) => [...q.paraphrases, ...(q.notWhen ?? [])]).filter((e) => !e.startsWith("re:"));
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom("what if", "why", "cost", "risk", "?", ",", "the", "we")), { maxLength: 8 }).map((p) => p.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        expect(matched(t).map((q) => q.id)).toEqual(oneByOne(t).map((q) => q.id));
      }),
      { numRuns: 500 },
    );
  });
});
