import { describe, expect, it } from "vitest";
import { outlineOf, parseDocument, type OutlineEntry } from "../../src/core";

/** FAQ layouts from real PR/FAQs, each in a small document of our own. */
const outline = (text: string): OutlineEntry[] => outlineOf(parseDocument(text));
const faqs = (text: string) => outline(text).filter((e) => e.kind === "faq");
const kinds = (text: string) => outline(text).map((e) => e.kind);

describe("numbered bold questions", () => {
  const internal = [
    "## Internal FAQ", "",
    "**Q1. Why build it ourselves?**", "The vendor quote was four times our budget.", "",
    "**Q2. Data model (DECIDED)**", "One table per depot, synced nightly.", "",
    "**Q2b. Why not a spreadsheet?**", "Three people edit it at once.", "",
    "**Q3. Success metrics**", "Forty depots use it weekly by March; missed pickups fall from 12 to 4 a month.", "",
    "**Q4. Rollout order**", "Leeds first, then Hull.", "",
  ].join("\n");

  it("counts a bold 'Q2. Title' line without a question mark as a question", () => {
    expect(faqs(internal).map((e) => [e.audience, e.questions])).toEqual([["internal", 5]]);
  });

  it("keeps a numbered 'Success metrics' question inside the FAQ, and reads its answer as the metrics", () => {
    const read = outline(internal);
    expect(read.filter((e) => e.kind === "faq")).toHaveLength(1);
    expect(read.find((e) => e.kind === "success-metrics")).toMatchObject({ startLine: 12, endLine: 13, embedded: true });
  });

  it("still ends the FAQ at an unnumbered 'Success metrics' label", () => {
    const doc = ["## FAQ", "", "**Q1. Why now?**", "Fuel costs doubled.", "", "**Q2. Who pays?**", "The council.", "", "**Success metrics**", "", "- Forty depots by March", ""].join("\n");
    const read = outline(doc);
    expect(read.find((e) => e.kind === "faq")?.questions).toBe(2);
    expect(read.find((e) => e.kind === "success-metrics")).toMatchObject({ startLine: 9 });
  });

  it("splits a bold 'Q7. Title' lead from the answer on the same line", () => {
    const doc = ["## FAQ", "", "**Q1. Pricing** Nine pounds a month per van.", "", "**Q2. Support hours** Weekdays, eight to six.", ""].join("\n");
    expect(faqs(doc)[0]?.children?.map((c) => c.label)).toEqual(["Q: Pricing", "Q: Support hours"]);
  });

  it("does not read a hyphenated 'popular-questions deck' list item as a new FAQ", () => {
    const doc = [
      "## FAQ", "", "**Q1. What was left open?**", "", "1. Delivery: by email.", "2. Popular-questions deck: ten curated entries ship with it.", "",
      "**Q2. Who maintains it?**", "The platform team.", "",
    ].join("\n");
    expect(faqs(doc).map((e) => [e.questions, e.groups?.length ?? 1])).toEqual([[2, 1]]);
  });
});

describe("metrics and kill criteria asked in the FAQ", () => {
  it("reads every answer that states metrics, not only the first", () => {
    const doc = [
      "## Internal FAQ", "",
      "### 1. What is the North Star metric?", "", "Weekly active crews logging an inspection: 120 today, 300 by June.", "",
      "### 2. What are the success criteria for the pilot?", "", "- 60% of crews log an inspection in week 4.", "",
      "### 3. When do we shut this down?", "", "- Fewer than 20% of crews log anything by week 8.", "",
    ].join("\n");
    const read = outline(doc);
    expect(read.filter((e) => e.kind === "success-metrics").map((e) => e.startLine)).toEqual([3, 7]);
    expect(read.find((e) => e.kind === "kill-criteria")).toMatchObject({ startLine: 13 });
  });

  it("does not take a target launch date for a success metric", () => {
    const doc = ["## Internal FAQ", "", "**Q: What is the target launch date?**", "A: 2 October 2027.", "", "**Q: Why now?**", "A: Prices fell.", ""].join("\n");
    expect(kinds(doc)).not.toContain("success-metrics");
  });
});

describe("kill criteria stated in passing", () => {
  it("reads a condition-first stop rule inside the answer about risks", () => {
    const doc = [
      "## Internal FAQ", "",
      "### What is the biggest risk?", "", "Farmers may not trust the forecast.", "",
      "We will interview twelve growers first. If fewer than four of twelve say they would pay, we shelve the app before building it.", "",
      "### Why now?", "", "Sensor prices halved.", "",
    ].join("\n");
    expect(outline(doc).find((e) => e.kind === "kill-criteria")).toMatchObject({ startLine: 7, endLine: 7, label: "Kill criteria (stated in passing)" });
  });

  it("reads a trigger with its consequence in a table of measures", () => {
    const doc = [
      "## FAQ", "", "**Q: Who is it for?**", "A: Night-shift nurses.", "", "## Pilot measures", "",
      "| Measure | Target | Stop rule |", "|---|---|---|", "| Wrong-patient alerts | 0 | One occurrence halts the pilot on that ward. |", "| Handover time | under 9 minutes | none |", "",
    ].join("\n");
    const read = outline(doc);
    expect(read.find((e) => e.kind === "success-metrics")).toMatchObject({ startLine: 6 });
    expect(read.find((e) => e.kind === "kill-criteria")).toMatchObject({ startLine: 10, endLine: 10 });
  });

  it("leaves a customer's 'we stop' in the customer FAQ alone", () => {
    const doc = [
      "## Customer FAQ", "", "**Q: Can I pause my plan?**", "A: Yes. We stop billing when you pause, and start again when you return.", "",
      "**Q: Is there a contract?**", "A: No.", "",
    ].join("\n");
    expect(kinds(doc)).not.toContain("kill-criteria");
  });

  it("does not add criteria in passing when the document has a kill-criteria section", () => {
    const doc = [
      "## Internal FAQ", "", "### Biggest risk?", "", "If fewer than four of twelve growers would pay, we shelve it.", "",
      "### Another?", "", "No.", "", "## Kill criteria", "", "- Under 30 weekly users by June 2028.", "",
    ].join("\n");
    expect(outline(doc).filter((e) => e.kind === "kill-criteria").map((e) => e.startLine)).toEqual([11]);
  });
});

describe("section labels for metrics and kill criteria", () => {
  it.each([
    ["### 成功指標（MVP）", "success-metrics"],
    ["### Métricas de sucesso", "success-metrics"],
    ["## Proposed evaluation measures", "success-metrics"],
    ["## Critérios de parada", "kill-criteria"],
  ])("reads %s as %s", (heading, kind) => {
    expect(kinds(`${heading}\n\n- 90% dos pedidos em 2 dias\n`)).toContain(kind);
  });

  it("does not read a list item that ends in 'key metrics' as a section", () => {
    const doc = ["## FAQ", "", "### 1. What will the app let staff do?", "", "- Track their key metrics", "- Flag outliers", "", "### 2. Why now?", "", "Costs fell.", ""].join("\n");
    expect(faqs(doc).map((e) => e.questions)).toEqual([2]);
    expect(kinds(doc)).not.toContain("success-metrics");
  });
});

describe("question layouts", () => {
  it("reads quoted questions with bulleted answers between bare '###' rules", () => {
    const doc = [
      "### FAQ", "###", "> Who uses the relay?", "", "* Field engineers who sync logs at night.", "###", "", "###", "> Does it work offline?", "", "* Yes, it queues events for a day.", "###", "",
    ].join("\n");
    expect(faqs(doc).map((e) => [e.questions, e.groups?.length ?? 1])).toEqual([[2, 1]]);
  });

  it("reads a question followed by a short tag as a question", () => {
    const doc = [
      "## Internal FAQ", "", "**Why Postgres? (DECIDED)**", "It is what the team runs.", "", "**How will we know it works? (success metrics)**", "Refund calls fall from 40 to 10 a week by May.", "",
    ].join("\n");
    const read = outline(doc);
    expect(read.find((e) => e.kind === "faq")?.questions).toBe(2);
    expect(read.find((e) => e.kind === "success-metrics")).toMatchObject({ startLine: 6, endLine: 7 });
  });

  it("reads a north-star metric named inside the answer about risks", () => {
    const doc = [
      "## Internal FAQ", "", "**What is the biggest risk?** Demand. The north-star metric is weekly active riders across all depots, not sign-ups.", "",
      "**Why now?** Fares rose twice this year.", "",
    ].join("\n");
    expect(outline(doc).find((e) => e.kind === "success-metrics")).toMatchObject({ startLine: 3, label: "Success metrics (stated in passing)" });
  });

  it("does not take a hope ('success means trust') for metrics in passing", () => {
    const doc = ["## Internal FAQ", "", "### What does success look like?", "", "Success means:", "- Teams trust the numbers", "- Reviews get shorter", ""].join("\n");
    expect(kinds(doc)).not.toContain("success-metrics");
  });
});


describe("groups named for who reads them", () => {
  it("reads a group for the reviewer, about how the product was built, as internal, and its unnamed sibling as the customers'", () => {
    const doc = [
      "## Frequently asked questions", "",
      "### For recruiters and hiring managers", "",
      "**What will I learn in the first thirty seconds?**", "The three outcomes, each with its numbers.", "",
      "**How do I reach Mike?**", "The contact page has his email.", "",
      "### For the PM-minded reviewer (how the product was built)", "",
      "**Who are the users, and what are their jobs?**", "Recruiters screening and hiring managers deciding.", "",
      "**What are the biggest risks?**", "That nobody reads past the first page.", "",
    ].join("\n");
    expect(faqs(doc).map((e) => [e.audience, e.questions])).toEqual([["customer", 2], ["internal", 2]]);
  });
});
