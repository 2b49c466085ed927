import { describe, expect, it } from "vitest";
import { outlineOf, parseDocument, type OutlineEntry } from "../../src/core";

/** Layout families seen in real PR/FAQs, each in a small document of our own. */
const outline = (text: string): OutlineEntry[] => outlineOf(parseDocument(text));
const faqs = (text: string) => outline(text).filter((e) => e.kind === "faq");

describe("FAQs grouped by audience", () => {
  it("splits a parent FAQ heading into its External and Internal groups", () => {
    const doc = [
      "# FAQ", "", "## External", "", "### What does it cost?", "", "Nine euros a month.", "", "### Does it work offline?", "", "Yes, for a week.", "",
      "## Internal", "", "### Why has nobody built this?", "", "The data was closed until 2025.", "", "### What if a rival copies it?", "", "Our moat is the depot contracts.", "",
    ].join("\n");
    expect(faqs(doc).map((e) => [e.audience, e.questions])).toEqual([["customer", 2], ["internal", 2]]);
  });

  it("reads groups for fans and for the press: the one named for customers is theirs, the others the team's", () => {
    const doc = [
      "## FAQ", "", "### For fans", "", "**Do I need an account?**", "No, guests can play.", "", "**Is it free?**", "Yes.", "",
      "### For the press", "", "**How does it scale?**", "Serverless, so with the crowd.", "", "### For the judges", "", "**What is actually built?**", "The live quiz and the leaderboard.", "",
    ].join("\n");
    const read = faqs(doc);
    expect(read.map((e) => [e.audience, e.questions])).toEqual([["customer", 2], ["internal", 2]]);
    expect(read[1].groups?.map((g) => g.title)).toEqual(["For the press", "For the judges"]);
    expect(read[1].audienceFrom).toBe("siblings");
  });

  it("leaves topic groups (General, Technical) undivided", () => {
    const doc = ["## FAQ", "", "### General", "", "**Q: What is it?**", "A: A planner.", "", "### Technical", "", "**Q: Which databases?**", "A: SQLite.", ""].join("\n");
    expect(faqs(doc).map((e) => [e.audience, e.questions])).toEqual([["undivided", 2]]);
  });

  it("reads question ids that name their side (EFAQ / IFAQ) with status tags", () => {
    const doc = [
      "## FAQ", "", "**EFAQ-01 · Who is it for? · ANSWERED.** Site managers with one crane.", "", "**EFAQ-02 · Does it need wifi? · OPEN.** Not decided.", "",
      "**IFAQ-01 · What does it cost us? · BLOCKER.** Two engineers for a quarter.", "", "**Open questions for the team.** Two more:", "1. Who owns the data?", "2. Who pays for support?", "",
    ].join("\n");
    expect(faqs(doc).map((e) => [e.audience, e.questions, e.audienceFrom])).toEqual([["customer", 2, "ids"], ["internal", 1, "ids"]]);
  });

  it("reads translated FAQ headings", () => {
    const doc = ["### 고객 FAQ", "", "**Q1. 얼마인가요?**", "월 9달러입니다.", "", "**Q2. 언제 쓰나요?**", "매일 씁니다.", "", "### 내부 FAQ", "", "**Q3. 왜 지금인가?**", "가격이 내려갔다.", ""].join("\n");
    expect(faqs(doc).map((e) => [e.audience, e.questions])).toEqual([["customer", 2], ["internal", 1]]);
  });
});

describe("parts answered inside the FAQ", () => {
  it("takes the answer to 'What does success look like?' for the success metrics, when it holds a number", () => {
    const doc = ["## Internal FAQ", "", "### Why now?", "", "Prices fell last year.", "", "### What does success look like?", "", "40 depots using it weekly by March.", ""].join("\n");
    const metrics = outline(doc).find((e) => e.kind === "success-metrics");
    // The question is part of it: "What does success look like in 12 months?" gives the metrics their time frame.
    expect(metrics).toMatchObject({ startLine: 7, endLine: 9, inferred: true, embedded: true });
  });

  it("does not take a hope without a number for success metrics", () => {
    const doc = ["## Internal FAQ", "", "### What does success look like?", "", "People trust the tool.", "", "### Why now?", "", "Prices fell.", ""].join("\n");
    expect(outline(doc).some((e) => e.kind === "success-metrics")).toBe(false);
  });

  it("takes the answer to 'Why another …?' for the problem, when the release states none", () => {
    for (const question of ["Why another note-taking app?", "Why yet another booking site?", "Why build this?"]) {
      const doc = [
        "# Press Release", "", "Now ward clerks can book a porter from any phone on the ward.", "",
        "# FAQ", "", `**Q: ${question}**`, "", "Clerks phone the porter desk and wait on hold for up to ten minutes per request.", "",
        "**Q: What does it cost?**", "", "Nothing for the pilot wards.", "",
      ].join("\n");
      expect(outline(doc).find((e) => e.kind === "problem"), question).toMatchObject({ startLine: 9, embedded: true });
    }
  });

  it("leaves 'Why another …?' alone when the release states the problem", () => {
    const doc = [
      "# Press Release", "", "Now ward clerks can book a porter from any phone on the ward.", "",
      "Today clerks phone the porter desk and wait on hold for up to ten minutes per request, several times a shift.", "",
      "# FAQ", "", "**Q: Why another booking app?**", "", "Because the hospital's own one only runs on the desk computer.", "",
    ].join("\n");
    expect(outline(doc).filter((e) => e.kind === "problem").map((e) => e.startLine)).toEqual([5]);
  });
});

describe("quotes", () => {
  it("reads 'said the creator' as the company's voice, and a surname alone as the earlier speaker", () => {
    const doc = [
      "# Plotter sends tomorrow's rota by text", "", "Today Plotter launches for clinics.", "",
      "\"We built Plotter after a year of missed shifts,\" said Ada Greene, founder of Plotter.", "",
      "\"I used to spend Sunday on the rota,\" said Ben Okafor, a practice manager at Riverside Clinic.", "",
      "\"Next we add swaps,\" said Greene.", "",
      "\"I wanted something I would use myself,\" said the creator.", "",
    ].join("\n");
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes.map((q) => q.voice)).toEqual(["spokesperson", "customer", "spokesperson", "spokesperson"]);
    expect(quotes[2].speaker?.name).toBe("Ada Greene");
  });

  it("strips an honesty tag from the speaker and hears a customer's organisation", () => {
    const doc = ["# Ledger tags every field", "", "Today Ledger launches.", "", "> \"Before this we guessed where the PII was.\" — *Hypothetical Director of Data, large US bank*", ""].join("\n");
    const quote = outline(doc).find((e) => e.kind === "quote");
    expect(quote?.voice).toBe("customer");
  });
});

describe("a press release without part headings", () => {
  const release = (customerQuote: string, closing: string) =>
    [
      "# Stallbook Lets Kirkgate Market Traders Rent a Stall for a Day From Their Phone",
      "",
      "LEEDS, England — May 4, 2028 — Leeds City Council today launched Stallbook, day-stall bookings for the 800 pitches of Kirkgate Market.",
      "",
      "Priya Nair is a market manager at Kirkgate Market. Every Monday she spends three hours phoning 40 casual traders to fill empty stalls, and still 1 in 5 stalls stays empty because traders find out too late.",
      "",
      "Stallbook shows each free stall and its price. A trader picks one, pays, and gets a stall number by text.",
      "",
      "“Empty stalls cost the market £90,000 last year,” said Owen Hale, director of markets at Leeds City Council.",
      "",
      customerQuote,
      "",
      closing,
      "",
      "## FAQ",
      "",
      "**Q: Can I book a week at once?**",
      "A: Yes, up to four weeks ahead.",
      "",
    ].join("\n");

  it("hears the person whose day the problem tells as the customer, though they work where the release comes from", () => {
    const parts = parseDocument(release("“I filled every stall on Saturday before nine,” said Priya Nair, market manager at Leeds City Council.", "Traders book at the market office from today.")).parts;
    const quotes = parts.filter((p) => p.kind === "quote");
    expect(quotes.map((q) => q.kind === "quote" && [q.voice, q.speaker?.name])).toEqual([
      ["spokesperson", "Owen Hale"],
      ["customer", "Priya Nair"],
    ]);
  });

  it("leaves both voices to the company when nobody quoted is in the problem's story", () => {
    const parts = parseDocument(release("“We will open the Sunday market next,” said Dana Cole, head of operations at Leeds City Council.", "Traders book at the market office from today.")).parts;
    expect(parts.filter((p) => p.kind === "quote").map((q) => q.kind === "quote" && q.voice)).not.toContain("customer");
  });

  it("reads a short closing paragraph after the quotes as how to start, even without a call-to-action word", () => {
    const text = release("“I filled every stall on Saturday before nine,” said Priya Nair, market manager at Kirkgate Market.", "Casual traders with a council trading licence receive their Stallbook login by post in April.");
    const kinds = outlineOf(parseDocument(text)).map((e) => e.kind);
    expect(kinds.filter((k) => k === "getting-started")).toHaveLength(1);
    expect(kinds.filter((k) => k === "solution")).toHaveLength(1);
  });

  it("keeps a long closing paragraph after the quotes as what it is", () => {
    const long = `Stallbook also ${"tracks footfall by aisle and sends traders a weekly report of their sales against the market average, ".repeat(4)}so traders can see which pitch suits their goods.`;
    const text = release("“I filled every stall on Saturday before nine,” said Priya Nair, market manager at Kirkgate Market.", long);
    expect(outlineOf(parseDocument(text)).map((e) => e.kind)).not.toContain("getting-started");
  });
});

describe("points of a list that only sound like a part", () => {
  it("keeps an enumerated finding whose bold title mentions an opportunity inside its section", () => {
    const doc = [
      "# Harbourmaster takes berth bookings online", "",
      "Today Harbourmaster opens online berth bookings for marinas with fewer than forty moorings.", "",
      "Skippers ring three marinas before finding a free berth, often after the office has closed.", "",
      "## FAQ", "", "### What does it cost?", "", "Nine euros a month per marina.", "",
      "## Interview findings", "",
      "1. **Skippers book late.** Most book on the day they sail.",
      "2. **Adjacent product opportunity: fuel orders.** Two skippers asked to pre-order diesel.",
      "3. **Harbour staff want a wall screen.** The office keeps a paper chart today.", "",
    ].join("\n");
    const entries = outline(doc);
    expect(entries.filter((e) => e.kind === "problem" && e.startLine > 9)).toEqual([]);
    expect(entries.find((e) => e.startLine <= 17 && e.endLine >= 17)?.kind).toBe("other");
  });

  it("keeps a short bullet that mentions problems or a solution as a point, not a section label", () => {
    const doc = [
      "# Harbourmaster takes berth bookings online", "",
      "Today Harbourmaster opens online berth bookings for marinas with fewer than forty moorings.", "",
      "Skippers ring three marinas before finding a free berth, often after the office has closed.", "",
      "## FAQ", "", "### Does it work offline?", "", "Yes, for a week.", "",
      "## Wall screen", "", "The wall screen in the harbour office will:", "",
      "- detect problems early", "- Billing will be handled by a third-party solution", "- show free berths by length", "",
    ].join("\n");
    const entries = outline(doc);
    expect(entries.filter((e) => (e.kind === "problem" || e.kind === "solution") && e.startLine > 7).map((e) => e.startLine)).toEqual([]);
  });

  it("still reads a part's own name as a label in a list", () => {
    const doc = [
      "# Harbourmaster takes berth bookings online", "",
      "- **Problem:** Skippers ring three marinas before finding a free berth.",
      "- **Solution:** One page shows every free berth within twenty miles.", "",
    ].join("\n");
    const kinds = outline(doc).map((e) => e.kind);
    expect(kinds).toContain("problem");
    expect(kinds).toContain("solution");
  });

  it("carries a numbered FAQ on through an item titled without a question mark", () => {
    const doc = [
      "# Harbourmaster takes berth bookings online", "",
      "Today Harbourmaster opens online berth bookings for marinas with fewer than forty moorings.", "",
      "Internal FAQ:",
      "1. Why has nobody built this?",
      "The booking data was closed until 2025.",
      "2. Main problems in data entry",
      "Staff type lengths in feet and metres; we store both.",
      "3. What if a rival copies it?",
      "Our moat is the marina contracts.", "",
    ].join("\n");
    const entries = outline(doc);
    expect(entries.filter((e) => e.kind === "problem" && e.startLine >= 5)).toEqual([]);
    expect(faqs(doc).map((e) => [e.audience, e.questions])).toEqual([["internal", 3]]);
    const entries2 = parseDocument(doc).parts.flatMap((p) => (p.kind === "faq" ? p.entries : []));
    expect(entries2[1].questionText).toBe("Main problems in data entry");
    expect(entries2[1].answerText).toMatch(/^Staff type lengths/);
  });
});
