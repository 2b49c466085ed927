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

  it("does not take the items of a list for the customer", () => {
    const text = md`
      # Gymly Makes Gym Management Simple with Membership, Payment, and Member Engagement Tools Built for Gym Owners

      LEEDS — Gymly today launched its gym management platform. It offers membership management, payment processing via Stripe, built-in member engagement and outreach tools, and reporting.

      Gym owners juggle three systems and lose members who quietly stop coming.
    `;
    expect(categoriesOf(text)).not.toContain("customer");
    expect(critique(text).findings.some((f) => f.ruleId === "no-representative-customer" && f.severity === "warning")).toBe(true);
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

describe("credit for a bet still to be tested", () => {
  const riskyFaq: [string, string][] = [
    ["Why hasn't the city done this already?", "Until 2026 the buses reported their position only to the driver's radio; the new depot system stores every position."],
    ["What will the first version get wrong?", "Positions update every 30 seconds, so on short routes the warning can arrive a minute late."],
    [
      "What's the riskiest assumption?",
      "That parents will trust a text enough to keep their child indoors until it arrives. If they keep going out early anyway, the cold waits do not change.",
    ],
  ];

  it("credits applicability when the document names its riskiest assumption and what would stop it", () => {
    const text = prfaq({ internalFaq: riskyFaq });
    const strength = critique(text).verdict.strengths!.find((s) => s.category === "applicability");
    expect(strength?.line).toBe(lineOf(text, "What's the riskiest assumption?"));
  });

  it("credits the assumption in another domain and wording, with the stop written as a trigger", () => {
    const text = prfaq({
      headline: "Tillwise Tells Allotment Growers in Leeds Which Week to Sow",
      internalFaq: [
        ["What must be true for this to work?", "Growers must act on a sowing date from someone else; most have sown by the calendar their parents used for forty years."],
        ["What will the first version get wrong?", "Soil temperature comes from the nearest weather station, up to 12 km away."],
      ],
      killCriteria: "If fewer than two in ten growers sow on our date in the spring trial, we stop and rethink the advice.",
    });
    expect(categoriesOf(text)).toContain("applicability");
  });

  it("gives no applicability credit without kill criteria: a named risk with no stop line tests nothing", () => {
    const text = prfaq({ internalFaq: riskyFaq, killCriteria: null });
    expect(categoriesOf(text)).not.toContain("applicability");
  });

  it("gives no applicability credit when the risk question is dodged", () => {
    const dodged: [string, string][] = [...riskyFaq.slice(0, 2), ["What's our biggest risk?", "TBD."]];
    expect(categoriesOf(prfaq({ internalFaq: dodged }))).not.toContain("applicability");
  });

  it("gives no applicability credit to a document written after the decision was made", () => {
    const text = prfaq({
      internalFaq: riskyFaq,
      extra: "## Note\n\nThis document describes the product as built; leadership has already decided to roll it out to every school this autumn.",
    });
    const { findings, verdict } = critique(text);
    expect(findings.map((f) => f.ruleId)).toContain("predetermined-decision");
    expect(verdict.strengths!.map((s) => s.category)).not.toContain("applicability");
  });
});

describe("credit for kill criteria written in words", () => {
  it("credits a threshold written as 'fewer than three of ten'", () => {
    const text = prfaq({
      killCriteria: null,
      internalFaq: [
        ...strongFaq(),
        ["How will we know the wedge is wrong?", "We interview ten clinic managers first. If fewer than three of ten say they would pay for the report, we revisit the wedge before building."],
      ],
    });
    const decision = critique(text).verdict.strengths!.find((s) => s.category === "decision");
    expect(decision?.line).toBe(lineOf(text, "We interview ten clinic managers"));
  });

  it("does not credit a stop condition with no threshold at all", () => {
    const text = prfaq({ killCriteria: "We stop if the pilot goes badly and the schools lose interest." });
    expect(categoriesOf(text)).not.toContain("decision");
  });
});

describe("credit for structure", () => {
  it("credits a document with every part a review needs, on its headline", () => {
    const text = prfaq();
    const structure = critique(text).verdict.strengths!.find((s) => s.category === "structure");
    expect(structure?.line).toBe(lineOf(text, "# BusBell Tells Parents"));
    expect(structure?.message).toMatch(/2 customer and 4 internal questions/);
  });

  it("withholds structure credit when any part is missing", () => {
    expect(categoriesOf(prfaq({ killCriteria: null }))).not.toContain("structure");
    expect(categoriesOf(prfaq({ successMetrics: null }))).not.toContain("structure");
    expect(categoriesOf(prfaq({ customerFaq: [] }))).not.toContain("structure");
    expect(categoriesOf(prfaq({ gettingStarted: "" }))).not.toContain("structure");
  });

  it("withholds structure credit from a complete document that still has template text", () => {
    const text = prfaq({ summary: "[CITY] — [DATE] — Tampere Regional Transport today launched BusBell, a text alert for parents of bus riders." });
    expect(categoriesOf(text)).not.toContain("structure");
  });
});

function strongFaq(): [string, string][] {
  return [
    ["Why hasn't the city done this already?", "Until 2026 the buses reported their position only to the driver's radio."],
    ["What will the first version get wrong?", "Positions update every 30 seconds, so the warning can arrive a minute late."],
  ];
}
