import { describe, expect, it } from "vitest";
import { critique } from "../../src/core";
import { lineOf, md, prfaq } from "./prfaq-builder";

const categoriesOf = (text: string) => critique(text).verdict.strengths!.map((s) => s.category);

describe("the strengths in the verdict", () => {
  it("credits each solid part of a strong document on the line that earns it", () => {
    const text = prfaq();
    const strengths = critique(text).verdict.strengths!;
    const byCategory = new Map(strengths.map((s) => [s.category, s]));
    expect(byCategory.get("customer")?.line).toBe(lineOf(text, "Aino Virtanen drives"));
    expect(byCategory.get("success")?.line).toBe(lineOf(text, "Calls to the transport office asking"));
    expect(byCategory.get("decision")?.line).toBe(lineOf(text, "We stop BusBell"));
    expect(byCategory.get("hard-questions")?.line).toBe(lineOf(text, "Why hasn't the city"));
    for (const s of strengths) expect(s.message.length).toBeGreaterThan(20);
  });

  it("gives no credit for what is merely absent: a bare outline earns nothing", () => {
    const text = md`
      # Ledgerly
      ## Bookkeeping for freelancers
      Ledgerly today launched bookkeeping.
    `;
    expect(categoriesOf(text)).toEqual([]);
  });

  it("does not credit a category it objects to in the same review", () => {
    const vague = prfaq({ successMetrics: "Customers are delighted and usage grows." });
    expect(categoriesOf(vague)).not.toContain("success");
    const untestable = prfaq({ killCriteria: "We will stop if it does not feel right to the team." });
    expect(categoriesOf(untestable)).not.toContain("decision");
  });

  it("credits the hard questions only when every one is asked and answered", () => {
    const dodged = prfaq({
      internalFaq: [
        ["Why hasn't the city done this already?", "TBD."],
        ["What will the first version get wrong?", "Positions update every 30 seconds, so a warning can arrive a minute late."],
      ],
    });
    expect(categoriesOf(dodged)).not.toContain("hard-questions");
  });

  it("does not credit a founder quoted about their own product as the customer", () => {
    const text = prfaq({
      problem: "Freelance designers lose invoices in their inboxes and chase payments for weeks.",
      customerQuote: "\"I built this because I was tired of spreadsheets,\" said Marta Ruiz, founder of Ledgerly.",
    });
    expect(categoriesOf(text)).not.toContain("customer");
  });

  it("credits plain style only in a press release of about a page without hype", () => {
    const hyped = prfaq({ solution: "BusBell is a revolutionary, seamless, best-in-class and truly game-changing platform that leverages synergies." });
    expect(categoriesOf(hyped)).not.toContain("style");
  });
});

describe("strengths that stay unearned", () => {
  it("does not credit success measures whose targets are deferred", () => {
    const text = prfaq({ successMetrics: "Calls to the transport office fall by December 2027, and parents sign up by October 2027. Specific targets will be set after the pilot data is in." });
    expect(categoriesOf(text)).not.toContain("success");
  });

  it("credits a quoted customer who says in their own words what changed", () => {
    const text = prfaq({
      problem: "Parents on the Hervanta routes wait with their children in the dark when a bus runs late.",
      customerQuote: "\"I used to stand at the stop for twenty minutes; now I leave when the text arrives,\" said Aino Virtanen, a delivery driver whose son rides the 7:15 bus.",
    });
    expect(categoriesOf(text)).toContain("customer");
  });
});
