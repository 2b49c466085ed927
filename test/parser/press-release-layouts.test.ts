import { describe, expect, it } from "vitest";
import { outlineOf, parseDocument, type OutlineEntry } from "../../src/core";

/** Press-release layouts seen in real PR/FAQs, each in a small document of our own. */
const outline = (text: string): OutlineEntry[] => outlineOf(parseDocument(text));
const at = (entries: OutlineEntry[], kind: string, line: number) => entries.filter((e) => e.kind === kind && e.startLine <= line && line <= e.endLine);
const lines = (...rows: string[]) => rows.join("\n");

describe("date lines above the summary", () => {
  it("reads an italic month and year under the headline as the date, not the subheading", () => {
    const doc = lines(
      "## Press release", "",
      "**Rotaline: tomorrow's shifts on every nurse's phone by six**", "",
      "*June 2026*", "",
      "Today Rotaline launches for ward managers at district hospitals, who now publish the next day's rota in one tap.", "",
      "Ward managers spend an hour each evening phoning staff to confirm shifts, and still miss a gap most weeks.", "",
    );
    const entries = outline(doc);
    expect(entries.find((e) => e.kind === "subheading")).toBeUndefined();
    expect(at(entries, "summary", 7)).toHaveLength(1);
    expect(entries.find((e) => e.kind === "summary")?.label).toContain("June 2026");
  });

  it("skips a place and a date standing alone, with a placeholder for the date too", () => {
    for (const dateLine of ["**Leeds, United Kingdom — [Launch Date]**", "*Porto, Portugal — March 2027*"]) {
      const doc = lines(
        "### Harbourmaster opens berth bookings to every small marina", "",
        dateLine, "",
        "Harbourmaster today opened online berth bookings for marinas with fewer than forty moorings.", "",
        "Skippers now ring three marinas before finding a free berth, often after the office has closed.", "",
      );
      const entries = outline(doc);
      expect(entries.find((e) => e.kind === "subheading")).toBeUndefined();
      expect(at(entries, "summary", 5)).toHaveLength(1);
    }
  });
});

describe("what stands above the press release", () => {
  it("reads a '**Heading:**' field list, wrapped over two lines, as the headline and subheading", () => {
    const doc = lines(
      "# Tidewater: berth bookings", "",
      "- **Heading:** Tidewater opens online berth bookings for",
      "  every small marina on the coast", "",
      "- **Subheading:** Skippers can now book a berth before they",
      "  leave harbour, day or night.", "",
      "## Summary", "",
      "Tidewater today opened online berth bookings for marinas with fewer than forty moorings.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "headline", 3)).toHaveLength(1);
    expect(entries.find((e) => e.kind === "headline")?.label).toContain("every small marina");
    expect(at(entries, "subheading", 6)).toHaveLength(1);
  });

  it("takes neither a phase heading nor sponsor fields above a 'Press Release' heading for the headline or the summary", () => {
    const doc = lines(
      "# Granary — PRFAQ",
      "## Stage 2: Moisture alerts", "",
      "**Date:** 2026-03-02  ",
      "**Primary Sponsor:** Priya Raman", "",
      "## Press Release", "",
      "Regina, SK — Granary today added moisture alerts that warn a farmer by text when a grain bin starts to spoil.", "",
      "Farmers check bins by climbing them each week, and a wet pocket can spoil a bin between visits.", "",
    );
    const entries = outline(doc);
    expect(entries.find((e) => e.kind === "headline")).toBeUndefined();
    expect(at(entries, "summary", 9)).toHaveLength(1);
    expect(entries.filter((e) => e.kind === "summary")).toHaveLength(1);
  });

  it("leaves a tagline above the 'Press Release' heading out of the summary", () => {
    const doc = lines(
      "# Fieldnote — PR/FAQ", "",
      "A shared notebook for crop scouts.", "",
      "### PRESS RELEASE", "",
      "Today, Fieldnote launched a shared notebook in which crop scouts record what they find in each field.", "",
      "Scouts now keep notes on paper, and agronomists read them days later.", "",
    );
    const summary = outline(doc).filter((e) => e.kind === "summary");
    expect(summary.map((e) => e.startLine)).toEqual([7]);
  });
});

describe("labels and sentences", () => {
  it("reads 'Viewers have the opposite problem: …' as a sentence, not a 'Problem' label", () => {
    const doc = lines(
      "# Queueboard turns viewer requests into a queue", "",
      "Today Queueboard opens to streamers who take requests from their audience.", "",
      "Streamers collect requests in chat, where nothing is ranked and duplicates pile up.", "",
      "Viewers have the opposite problem: they suggest something and never learn whether it was read.", "",
    );
    const parsed = parseDocument(doc);
    const block = parsed.blocks.find((b) => b.text.startsWith("Viewers have"));
    expect(block?.names).toBeNull();
    expect(block?.leadEmphasis ?? null).toBeNull();
  });

  it("still reads a short 'Customer problem:' run-in label", () => {
    const parsed = parseDocument(lines("# Queueboard", "", "Customer problem: streamers lose requests in a busy chat.", ""));
    expect(parsed.blocks.find((b) => b.text.startsWith("Customer problem"))?.names).toBe("problem");
  });
});

describe("quotations inside prose", () => {
  it("does not take a paragraph for a quote because a quoted question and 'shared' stand apart in it", () => {
    const doc = lines(
      "# Stackshelf: one shelf for the team's scripts", "",
      "Today Stackshelf opens to every engineer on the platform team.", "",
      "Engineers paste useful scripts into chat, where they go stale within a week.", "",
      "Stackshelf solves this with one catalog. An engineer asks \"is there a script for rotating keys?\" and gets the latest version from the shared catalog.", "",
      "\"We built Stackshelf because good scripts were trapped on laptops,\" said Mira Osei, head of platform.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "quote", 7)).toHaveLength(0);
    expect(at(entries, "solution", 7)).toHaveLength(1);
    expect(at(entries, "quote", 9)).toHaveLength(1);
  });

  it("does not take an instruction with an example request for a quote", () => {
    const doc = lines(
      "# Atlas explains your design system", "",
      "Today Atlas opens to front-end teams.", "",
      "You can start without a plan. Type, “Where do our buttons disagree with the spec?” The assistant reads the project and explains what it finds.", "",
    );
    expect(outline(doc).filter((e) => e.kind === "quote")).toHaveLength(0);
  });

  it("still hears a speaker named before the quotation", () => {
    const doc = lines("# Atlas explains your design system", "", "Today Atlas opens to front-end teams.", "", "As Lena Park, a designer at Northwind, said: “I stopped guessing which button was current.”", "");
    expect(outline(doc).filter((e) => e.kind === "quote")).toHaveLength(1);
  });
});

describe("a paragraph that states two parts", () => {
  it("reads the problem in a summary that opens on the customer's trouble, and keeps the problem paragraph", () => {
    const doc = lines(
      "# Vitalbook puts every health reading in one place", "",
      "For people who track blood pressure, sleep and weight on different devices, the readings are scattered and showing them to a doctor means a dozen screenshots. Today, that changes.", "",
      "Patients spend the first ten minutes of an appointment scrolling through four apps while the doctor waits, and many give up and guess their numbers from memory.", "",
      "Vitalbook gathers readings from each device into one timeline that a patient can share with a doctor by link.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "summary", 3)).toHaveLength(1);
    expect(at(entries, "problem", 3)).toHaveLength(1);
    expect(at(entries, "problem", 5)).toHaveLength(1);
  });

  it("leaves a summary that only announces the product without a problem", () => {
    const doc = lines(
      "# Vitalbook puts every health reading in one place", "",
      "Today Vitalbook launched a shared timeline of readings from blood-pressure cuffs, watches and scales.", "",
      "Patients spend the first ten minutes of an appointment scrolling through four apps while the doctor waits, and many give up and guess their numbers from memory.", "",
      "Vitalbook gathers readings from each device into one timeline that a patient can share with a doctor by link.", "",
    );
    expect(at(outline(doc), "problem", 3)).toHaveLength(0);
  });

  it("reads both the problem and the solution in a paragraph that turns from one to the other", () => {
    const doc = lines(
      "# Tallyup keeps a club's kit orders straight", "",
      "Today Tallyup opened to amateur football clubs in Scotland.", "",
      "Club secretaries collect kit sizes by text and spreadsheet, and one wrong size costs a week. Tallyup solves this by sending each parent a form that checks sizes against the supplier's chart.", "",
      "\"We lost a month of the season to wrong shirts last year,\" said Iain Ross, secretary of Carnwath Juniors.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "problem", 5)).toHaveLength(1);
    expect(at(entries, "solution", 5)).toHaveLength(1);
  });

  it("reads the solution in a problem paragraph that ends on the product, before the product's own paragraph", () => {
    const doc = lines(
      "# Shiftmate fills a ward's open shifts by noon", "",
      "Today Shiftmate launched for ward managers at district hospitals.", "",
      "Ward managers spend an hour each evening phoning staff to fill gaps, and they still miss a shift most weeks because nobody knows who is free. Shiftmate eliminates the phoning by offering each open shift to the nurses who asked for extra hours.", "",
      "Nurses see open shifts in the app and claim one with a tap; the manager approves it from the same screen.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "problem", 5)).toHaveLength(1);
    expect(at(entries, "solution", 5)).toHaveLength(1);
    expect(at(entries, "solution", 7)).toHaveLength(1);
  });
});

describe("more problem statements", () => {
  it("does not take 'no shared answer to “…”' for an attributed quote", () => {
    const doc = lines(
      "# Gatehouse puts every agent's proposal in one inbox", "",
      "Today Gatehouse opened to teams that run several assistants.", "",
      "Before this, each assistant wrote straight to the tracker. There was no shared answer to \"this needs a person to look\"; each tool built its own approval step.", "",
    );
    expect(outline(doc).filter((e) => e.kind === "quote")).toHaveLength(0);
  });

  it("reads a problem stated in Chinese", () => {
    const doc = lines(
      "# 仓管通：让小仓库一眼看清库存", "",
      "**扫码即可更新库存，缺货前提醒管理员**", "",
      "上海 — 仓管通今天发布，面向员工不到二十人的小型仓库，扫码即可更新库存。", "",
      "小型仓库的管理员面临一个普遍困境：库存记录分散在纸本和表格里，每次盘点都要手动核对，耗时两天。", "",
      "仓管通把每一次出入库都记在同一个账本里，并在缺货前一天提醒管理员。", "",
    );
    expect(at(outline(doc), "problem", 7)).toHaveLength(1);
  });
});


describe("who speaks", () => {
  it("keeps a hard-wrapped quotation whose first line stands alone after 'noted,' in its quote", () => {
    const doc = lines(
      "# Rotaline publishes tomorrow's shifts by six", "",
      "Today Rotaline launches for ward managers at district hospitals.", "",
      "Kari Hough, ward manager at Leeds General, noted,",
      "\"Rotaline has transformed how we approach",
      "the evening rota. I phone nobody now.\"", "",
    );
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes).toHaveLength(1);
    expect(quotes[0].startLine).toBe(5);
    expect(quotes[0].endLine).toBe(7);
    expect(outline(doc).filter((e) => e.kind === "solution" && e.startLine === 6)).toHaveLength(0);
  });

  it("gives a quote attributed by surname alone the full name the release used before", () => {
    const doc = lines(
      "# ApplyKit ranks job postings overnight", "",
      "Today, Jeff Watson released ApplyKit, a pipeline that ranks new job postings overnight.", "",
      "\"I used to spend my weekends on cover letters. Now I spend ten minutes over coffee,\" said Watson.", "",
    );
    const quote = outline(doc).find((e) => e.kind === "quote");
    expect(quote?.speaker?.name).toBe("Jeff Watson");
  });

  it("leaves a bare surname nobody introduced without a name", () => {
    const doc = lines(
      "# ApplyKit ranks job postings overnight", "",
      "Today, Pipeline Labs released ApplyKit, a pipeline that ranks new job postings overnight.", "",
      "\"I used to spend my weekends on cover letters. Now I spend ten minutes over coffee,\" said Watson.", "",
    );
    expect(outline(doc).find((e) => e.kind === "quote")?.speaker?.name).toBeNull();
  });
});

describe("where the press release ends", () => {
  it("reads an unnamed heading at the 'Press Release' heading's level, after the release's prose, as a section beside it", () => {
    const doc = lines(
      "# Rotaline — PR/FAQ", "",
      "## Press Release", "",
      "**Rotaline publishes tomorrow's shifts by six**", "",
      "Today Rotaline launches for ward managers at district hospitals, who now publish the next day's rota in one tap.", "",
      "## The five shift rules", "",
      "Each rule weighs rest hours, skills and requests before a shift is offered.", "",
      "## FAQ", "",
      "**Q: Does it cost anything?**", "A: No.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "other", 9)).toHaveLength(1);
    expect(entries.filter((e) => e.kind !== "other" && e.startLine <= 11 && 11 <= e.endLine)).toHaveLength(0);
  });

  it("still reads a headline that sits at the 'Press Release' heading's level before any prose", () => {
    const doc = lines(
      "## Press Release", "",
      "## Rotaline publishes tomorrow's shifts by six", "",
      "Today Rotaline launches for ward managers at district hospitals, who now publish the next day's rota in one tap.", "",
    );
    expect(at(outline(doc), "headline", 3)).toHaveLength(1);
  });
});

describe("how to start", () => {
  it("reads a bold run-in 'Two ways to start.' as how to get started", () => {
    const doc = lines(
      "# Rotaline publishes tomorrow's shifts by six", "",
      "Today Rotaline launches for ward managers at district hospitals, who now publish the next day's rota in one tap.", "",
      "Ward managers spend an hour each evening phoning staff to confirm shifts, and still miss a gap most weeks.", "",
      "**Two ways to start.** Managers pick a weekly template or let Rotaline copy last month's pattern.", "",
      "**Rest rules are the contract.** No shift is offered that breaks the eleven-hour rest between shifts, and every change is logged for the ward.", "",
      "**Requests come first.** Staff mark the days they cannot work, and Rotaline fills those gaps from the bank list before asking anyone.", "",
      "\"I went home at six for the first time this year,\" said Ana Ruiz, ward manager at Leeds General.", "",
    );
    expect(at(outline(doc), "getting-started", 7)).toHaveLength(1);
  });

  it("reads 'You can start…' in the release's prose as how to start when nothing else says it", () => {
    const doc = lines(
      "# Rotaline publishes tomorrow's shifts by six", "",
      "Today Rotaline launches for ward managers at district hospitals, who now publish the next day's rota in one tap.", "",
      "Ward managers spend an hour each evening phoning staff to confirm shifts, and still miss a gap most weeks.", "",
      "You can start without a template. Rotaline reads last month's rota and proposes the next one.", "",
      "The proposal keeps every rest rule, and managers change any shift with one tap.", "",
    );
    expect(at(outline(doc), "getting-started", 7)).toHaveLength(1);
  });
});

/** A short release for ward managers, followed by the given quote paragraphs. */
const release = (quotes: string[]) =>
  lines(
    "# Rotaline publishes tomorrow's shifts by six", "",
    "Today Rotaline launches for ward managers at district hospitals, who now publish the next day's rota in one tap.", "",
    "Ward managers spend an hour each evening phoning staff to confirm shifts, and still miss a gap most weeks.", "",
    ...quotes.flatMap((q) => [q, ""]),
  );

describe("whose voice a quote is", () => {
  it("reads a placeholder attribution that names a founder as the company's voice", () => {
    const doc = release([
      "\"I went home at six for the first time this year.\" — *[Placeholder: ward manager, district hospital]*",
      "\"Managers should spend their evenings at home, not on the phone.\" — *[Placeholder: Founder quote]*",
    ]);
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes.map((q) => q.voice)).toEqual(["customer", "spokesperson"]);
  });

  it("reads a bare 'pilot lead' as the team's voice, and 'pilot user' as a customer's", () => {
    const doc = release([
      "> *\"I stopped phoning people at nine at night.\"* — pilot user",
      "> *\"The catches that mattered were the ones nobody was assigned to make.\"* — pilot lead",
    ]);
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes.map((q) => q.voice)).toEqual(["customer", "spokesperson"]);
  });
});

describe("the solution before its own section", () => {
  it("reads the paragraph that turns to the product, before a 'How it works' section, as the solution rather than a second summary", () => {
    const doc = lines(
      "# Rotaline publishes tomorrow's shifts by six", "",
      "## Shift swaps in one place for the wards of Leeds General", "",
      "Today Rotaline opens to the ward managers of Leeds General.", "",
      "Ward managers collect shift swaps in texts, notes and hallway chats. Nothing is tracked, gaps are missed, and the same nurses cover every time.", "",
      "Staff have the opposite problem: they ask for a swap and never learn whether it was seen.", "",
      "Rotaline gives every ward a shared board. Staff post swaps, Rotaline checks each against the rest rules, and the manager approves in one tap.", "",
      "## How it works", "",
      "A manager connects the hospital's rota system, and the wards and staff lists sync every night.", "",
    );
    expect(at(outline(doc), "solution", 11)).toHaveLength(1);
    expect(at(outline(doc), "summary", 11)).toHaveLength(0);
  });
});

describe("testimonials in other languages", () => {
  it("reads a Japanese 'customer voices' section after the FAQ as customer quotes, with 『』 nested in 「」", () => {
    const doc = lines(
      "# ロタライン：明日のシフトを夕方6時までに", "",
      "本日、ロタラインは地方病院の病棟管理者向けに提供を開始しました。", "",
      "## よくある質問", "",
      "### 料金はかかりますか？", "",
      "いいえ、無料です。", "",
      "## 顧客の声（想定）", "",
      "### ユーザーA（30代・看護師長）", "",
      "> 「夜9時に電話をかけるのをやめました。ロタラインが『明日の穴』を教えてくれるからです。」", "",
    );
    const quote = outline(doc).find((e) => e.kind === "quote" && e.startLine <= 15 && 15 <= e.endLine);
    expect(quote?.voice).toBe("customer");
    expect(quote?.speaker ?? null).toBeNull();
  });
});

describe("where a quote ends", () => {
  it("ends a '**Customer Quote:**' section at the next bold label, even one that names no part", () => {
    const doc = lines(
      "## Press Release", "",
      "**Title:** Rotaline publishes tomorrow's shifts by six", "",
      "**Summary:**", "Rotaline turns a ward's shift requests into a finished rota that managers approve in one tap.", "",
      "**Customer Quote:**", "\"I went home at six for the first time this year.\"", "",
      "**Key Benefits:**", "- Rotas finished by six.", "- Every rest rule kept.", "",
    );
    const entries = outline(doc);
    const quote = entries.find((e) => e.kind === "quote");
    expect(quote?.endLine).toBe(9);
    expect(entries.filter((e) => e.kind === "quote" && e.startLine <= 12 && 12 <= e.endLine)).toHaveLength(0);
  });
});

describe("a call to action is an invitation, not a noun", () => {
  it("reads a paragraph about orders, before the launch line, as the solution", () => {
    const doc = lines(
      "# Stockwise Gets Bakery Orders Out Before the Morning Rush", "",
      "LYON, France — Boulangerie Ferrand today moved its wholesale orders to Stockwise.", "",
      "Every morning, café owners phone in their orders between five and six, and one order in ten is written down wrong.", "",
      "Stockwise collects each café's orders the evening before and groups them by oven batch, so the bakers start on the largest batch first.", "",
      "Stockwise is live for every wholesale customer from tonight.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "getting-started", 7)).toHaveLength(0);
    expect(at(entries, "solution", 7)).toHaveLength(1);
    expect(at(entries, "getting-started", 9)).toHaveLength(1);
  });

  it("still reads an invitation to order as how to get started", () => {
    const doc = lines(
      "# Stockwise Gets Bakery Orders Out Before the Morning Rush", "",
      "LYON, France — Boulangerie Ferrand today moved its wholesale orders to Stockwise.", "",
      "Every morning, café owners phone in their orders between five and six, and one order in ten is written down wrong.", "",
      "Stockwise collects each café's orders the evening before and groups them by oven batch.", "",
      "Cafés can place an order at stockwise.example from Monday.", "",
    );
    expect(at(outline(doc), "getting-started", 9)).toHaveLength(1);
  });
});

describe("a solution told without the product's name", () => {
  it("reads the paragraph after the customer's trouble that tells how it works as the solution, not a second problem", () => {
    const doc = lines(
      "# Toolbox Library Lends Drills and Ladders to Tenants in Gdańsk", "",
      "GDAŃSK, Poland — May 4, 2028 — The Oliwa Tenants' Association will open Toolbox Library in the basement of its office on May 10.", "",
      "Marta Zielińska rents a flat on Grunwaldzka Street. Last year she spent 420 zł on a drill she used twice, and she can't store a ladder.", "",
      "Members borrow a tool for a week with their tenant card. A volunteer checks each tool when it comes back, and a member who needs one that is out joins a list and gets a text when it returns.", "",
      "\"I borrowed a ladder on Saturday and painted the hall the same day,\" said Marta Zielińska.", "",
      "Members of the association can borrow from the first Saturday after it opens.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "problem", 5)).toHaveLength(1);
    expect(at(entries, "solution", 7)).toHaveLength(1);
  });

  it("reads a paragraph about the document itself as no start of the solution, so the customer's day stays the problem", () => {
    const doc = lines(
      "# GrainWatch Tells Bakers When Their Flour Delivery Will Arrive", "",
      "LEEDS, England — March 2, 2027 — Northern Mills today announced GrainWatch, a delivery page for the bakeries it supplies.", "",
      "This document describes GrainWatch as it has run for two bakeries since January.", "",
      "Priya Nair runs a bakery in Headingley. Twice a week her flour is late, and she phones the mill to ask when it will come; each call takes 20 minutes.", "",
      "GrainWatch shows the baker the lorry on a map and sends a text when it is ten minutes away.", "",
    );
    const entries = outline(doc);
    expect(at(entries, "problem", 7)).toHaveLength(1);
    expect(at(entries, "solution", 7)).toHaveLength(0);
    expect(at(entries, "solution", 9)).toHaveLength(1);
  });

  it("still reads a release whose paragraphs all describe trouble as having no solution paragraph", () => {
    const doc = lines(
      "# Harbour Ferries Publish Their Winter Timetable", "",
      "OBAN, Scotland — October 1, 2027 — Harbour Ferries today published its winter timetable.", "",
      "Islanders can't plan a trip to the mainland more than a week ahead, and miss hospital appointments when a sailing is cancelled.", "",
      "Last winter 40 sailings were cancelled without notice, and islanders waited hours at the pier.", "",
    );
    expect(at(outline(doc), "solution", 7)).toHaveLength(0);
  });
});

describe("who announces", () => {
  it("reads the chair of the organisation that 'will open' the product as its spokesperson", () => {
    for (const announce of ["will open", "is launching", "opened"]) {
      const doc = lines(
        "# SeedSwap Lets Gardeners in Utrecht Trade Spare Seeds at the Library", "",
        `UTRECHT, Netherlands — April 2, 2028 — Utrecht Allotment Society ${announce} SeedSwap, a seed exchange at four branch libraries.`, "",
        "Joris de Vries grows beans on an allotment in Zuilen. He buys a packet of 200 seeds each spring and can't use more than forty.", "",
        "Each library keeps a box of envelopes sorted by plant. A gardener leaves spare seeds and takes others, with no payment.", "",
        "\"Members told us every spring about seeds going to waste in their sheds,\" said Anouk Bakker, chair of Utrecht Allotment Society.", "",
        "\"I left my spare beans and took home three kinds of lettuce,\" said Joris de Vries, who tried the box in March.", "",
      );
      const quotes = outline(doc).filter((e) => e.kind === "quote");
      expect(quotes.map((q) => q.voice), announce).toEqual(["spokesperson", "customer"]);
    }
  });
});

describe("a quote that goes on for a second paragraph", () => {
  it("keeps a bare quotation right after an attributed one with that speaker", () => {
    const doc = release([
      "\"Rotaline has cut my evening calls to nothing,\" said Priya Natarajan, ward manager at Leeds General.",
      "\"I went home at six for the first time this year. The night team sees the same rota I do.\"",
    ]);
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes).toHaveLength(1);
    expect(quotes[0].label).toContain("Priya Natarajan");
    expect(quotes[0].endLine).toBe(9);
  });

  it("still reads testimonials each attributed on the line after them as separate quotes", () => {
    const doc = release([
      "\"Rotaline has cut my evening calls to nothing,\" said Priya Natarajan, ward manager at Leeds General.",
      "\"The night team finally sees the same rota as the day team.\"",
      "— Tomasz Wójcik, charge nurse at St James's",
    ]);
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes[0].label).toContain("Priya Natarajan");
    expect(quotes[0].endLine).toBe(7);
  });

  it("leaves testimonials in a quotes section each with its own attribution line", () => {
    const doc = release([
      "## Customer quotes",
      "\"Rotaline has cut my evening calls to nothing.\"",
      "— Priya Natarajan, ward manager at Leeds General",
      "\"The night team finally sees the same rota as the day team.\"",
      "— Tomasz Wójcik, charge nurse at St James's",
    ]);
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes.map((q) => q.label)).toEqual([expect.stringContaining("Priya Natarajan"), expect.stringContaining("Tomasz Wójcik")]);
  });
});

describe("a customer attributed by role and the kind of organisation", () => {
  it("reads a role at a mid-size SaaS company, in brackets, as a customer", () => {
    const doc = lines(
      "# Shiftbase moves a MySQL schema to the new database in a weekend", "",
      "Today the Shiftbase team announced a tool that moves MySQL schemas and data to the new database with checks at every step.", "",
      "Teams put off the move for months because converting foreign keys and JSON columns by hand takes weeks.", "",
      "> \"This tool turns a quarter-long project into a sprint, with evidence at each step.\"",
      "> — [Leader, Shiftbase Databases]", "",
      "> \"We had put off the migration for a year because of our schema. We cut over on a Saturday in four hours.\"",
      "> — [Lead Database Engineer, mid-size SaaS]", "",
    );
    const quotes = outline(doc).filter((e) => e.kind === "quote");
    expect(quotes.map((q) => q.voice)).toEqual(["spokesperson", "customer"]);
  });
});
