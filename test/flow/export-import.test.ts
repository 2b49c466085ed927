import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/core";
import { ensureBuilt, EXAMPLES, FIXTURES, has, prfaq, tempDir } from "./helpers";

beforeAll(ensureBuilt);

const strongPath = join(EXAMPLES, "strong-shift-swap.md");
const headline = "ShiftSwap Lets Ward Nurses at St. Columba's Trade a Shift in Minutes Instead of Days";

function exported(to: "html" | "docx" | "pdf"): { dir: string; file: string } {
  const dir = tempDir();
  copyFileSync(strongPath, join(dir, "idea.md"));
  const run = prfaq(["export", "idea.md", "--to", to], { cwd: dir });
  expect(run.stderr).toMatch(new RegExp(`^idea\\.md → idea\\.${to} \\(${to.toUpperCase()}, \\d+ bytes\\)\\n$`));
  expect(run.status).toBe(0);
  return { dir, file: join(dir, `idea.${to}`) };
}

describe("prfaq export --to html", () => {
  it("puts the press release alone on page 1, the FAQs after it, with source line numbers", () => {
    const html = readFileSync(exported("html").file, "utf8");
    const pages = html.split('<section class="page');
    expect(pages).toHaveLength(3);
    expect(pages[1]).toContain(headline);
    expect(pages[1]).not.toContain("Internal FAQ");
    expect(pages[2]).toContain("Internal FAQ");
    expect(pages[2]).toContain("Kill criteria");
    expect(html).toContain(`<h1 data-line="8">${headline.replace("'", "'")}</h1>`);
    expect(html).toMatch(/@media print[\s\S]*\.page \+ \.page \{ break-before: page; \}/);
  });

  it("makes no external requests and lets no script or raw HTML through", () => {
    const dir = tempDir();
    const hostile = `${readFileSync(strongPath, "utf8")}\n<script>alert(1)</script>\n\n<img src="https://tracker.example/p.gif">\n\n![chart](https://cdn.example/chart.png)\n\n[a link](javascript:alert(1))\n`;
    writeFileSync(join(dir, "idea.md"), hostile);
    const html = prfaq(["export", "idea.md", "--to", "html", "-o", "-"], { cwd: dir }).stdout;
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|javascript:|@import|url\(/i);
    expect(html).not.toMatch(/\b(?:src)=["']?https?:/i);
    expect(html).toContain("[chart]");
  });
});

describe("prfaq export --to docx", () => {
  it("round-trips the front matter through export and import, instead of a paragraph above the title", () => {
    const { dir } = exported("docx");
    const run = prfaq(["import", "idea.docx"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^---\nowner: Priya Raman\nstatus: draft\nstage: draft\n---\n\n# ShiftSwap/);
    const doc = parseDocument(run.stdout);
    expect(doc.frontMatter?.data).toMatchObject({ owner: "Priya Raman", stage: "draft" });
    expect(run.stdout).not.toContain(" · ");
    const original = parseDocument(readFileSync(strongPath, "utf8"));
    expect(doc.parts.map((p) => p.kind)).toEqual(original.parts.map((p) => p.kind));
  });

  it("writes real Word headings that read back into the same PR/FAQ", async () => {
    const { file } = exported("docx");
    const bytes = readFileSync(file);
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
    expect(html).toContain(`<h1>${headline}</h1>`);
    expect(html).toContain("<h2>Internal FAQ</h2>");
    expect(html).toContain("<strong>Q: Why hasn't the hospital done this already?</strong>");
    expect(html).toMatch(/<ul><li>Median time from posting to approval/);
    // The XML names Word's own heading styles, so Word's navigation pane shows the outline.
    if (has("unzip")) {
      const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      expect(xml).toContain("<w:pageBreakBefore/>");
    }
    const roundTrip = prfaq(["import", file]);
    const original = parseDocument(readFileSync(strongPath, "utf8"));
    const back = parseDocument(roundTrip.stdout);
    expect(back.parts.map((p) => p.kind)).toEqual(original.parts.map((p) => p.kind));
  });
});

describe("prfaq export --to pdf", () => {
  const chromium = existsSync("/usr/bin/chromium");

  it.skipIf(!chromium || !has("pdftoppm") || !has("pdftotext"))("prints the press release on page 1 and renders pages that hold text (needs /usr/bin/chromium and poppler-utils)", () => {
    const { dir, file } = exported("pdf");
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    execFileSync("pdftoppm", ["-png", "-r", "40", file, join(dir, "page")]);
    const pngs = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort();
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    for (const png of pngs) expect(statSync(join(dir, png)).size).toBeGreaterThan(2_000);
    const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(page1).toContain("ShiftSwap Lets Ward Nurses");
    expect(page1).not.toContain("Internal FAQ");
    const rest = execFileSync("pdftotext", ["-f", "2", file, "-"], { encoding: "utf8" });
    expect(rest).toContain("Internal FAQ");
  });

  it("says clearly what to do when Chromium is not there", () => {
    const dir = tempDir();
    copyFileSync(strongPath, join(dir, "idea.md"));
    const run = prfaq(["export", "idea.md", "--to", "pdf"], { cwd: dir, env: { PRFAQ_CHROMIUM: join(dir, "no-chromium") } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^prfaq: PDF export needs Chromium, and PRFAQ_CHROMIUM points at .*no-chromium, which does not exist; install it .* or export --to html/);
    expect(existsSync(join(dir, "idea.pdf"))).toBe(false);
  });
});

/** A PR/FAQ as Word and Google Docs write one: Title style, heading styles, bold questions. */
async function wordDocument(): Promise<Buffer> {
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const qa = (q: string, a: string) => new Paragraph({ children: [new TextRun({ text: q, bold: true }), new TextRun({ text: ` ${a}` })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("GateKey lets Lisbon hostel owners check in late guests in 2 minutes")] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, alignment: AlignmentType.LEFT, children: [new TextRun("Guests arriving after midnight open the door with a code sent at booking")] }),
          p("LISBON — GateKey today opened to the 140 hostels of the Alfama Hostel Association."),
          p("Marta Sousa runs a 24-bed hostel in Alfama. Last year 31% of her guests arrived after midnight, and each late arrival cost her 40 minutes awake at the desk."),
          p("GateKey sends each guest a door code when they book. The code works only on the night of the stay."),
          p("\u201cI slept through the night for the first time in two years,\u201d said Marta Sousa, owner of Casa Azul Hostel."),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Internal FAQ")] }),
          qa("Q: What does it cost?", "€18 per door per month; the lock costs €210 once."),
          qa("Q: What are the risks?", "A shared code. Codes expire at checkout, and we will test misuse in a 6-week pilot with 12 hostels."),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Kill criteria")] }),
          p("We stop if fewer than 30% of late guests use the code after 8 weeks."),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe("reading Word documents", () => {
  it("imports headings, the Title style and bold questions into Markdown that parses as a PR/FAQ", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "gatekey.docx"), await wordDocument());
    const run = prfaq(["import", "gatekey.docx"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# GateKey lets Lisbon hostel owners check in late guests in 2 minutes\n/m);
    expect(run.stdout).toMatch(/^# Internal FAQ\n\n__Q: What does it cost\?__ €18/m);
    expect(run.stdout).toMatch(/\*\*Q: What does it cost\?\*\*|__Q: What does it cost\?__/);
    expect(run.stdout).not.toMatch(/\\[.-]/);
    const doc = parseDocument(run.stdout);
    expect(doc.parts.find((p) => p.kind === "headline")).toMatchObject({ text: "GateKey lets Lisbon hostel owners check in late guests in 2 minutes" });
    const faq = doc.parts.find((p) => p.kind === "faq");
    expect(faq?.kind === "faq" && faq.entries.map((e) => e.questionText)).toEqual(["What does it cost?", "What are the risks?"]);
    expect(prfaq(["import", "gatekey.docx", "-o", "gatekey.md"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, "gatekey.md"), "utf8")).toBe(run.stdout);
  });

  it("lets prfaq check read a .docx directly", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "gatekey.docx"), await wordDocument());
    const run = prfaq(["check", "--format", "json", "gatekey.docx"], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.files[0].path).toBe("gatekey.docx");
    const ids = report.files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain("no-kill-criteria");
    expect(report.files[0].findings.filter((f: { message: string }) => /no internal FAQ|no headline/.test(f.message))).toEqual([]);
  });

  it("refuses a damaged .docx, or a file that is not one, on one line", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.docx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    const broken = prfaq(["check", "broken.docx"], { cwd: dir });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^prfaq: broken\.docx: cannot be read as a Word document .*save it again as \.docx\n/);
    writeFileSync(join(dir, "notes.md"), "# Hi\n");
    const notDocx = prfaq(["import", "notes.md"], { cwd: dir });
    expect(notDocx.status).toBe(2);
    expect(notDocx.stderr).toMatch(/^prfaq: notes\.md: not a Word document \(\.docx\)/);
  });

  it("reads a .docx that LibreOffice made from a Markdown draft", () => {
    const markdown = readFileSync(join(FIXTURES, "pawcall.md"), "utf8");
    const run = prfaq(["import", join(FIXTURES, "pawcall-libreoffice.docx")]);
    expect(run.status).toBe(0);
    const original = parseDocument(markdown);
    const imported = parseDocument(run.stdout);
    const kinds = (d: typeof original) => d.parts.map((p) => (p.kind === "faq" ? `faq:${p.entries.length}` : p.kind));
    expect(kinds(imported)).toEqual(kinds(original));
    expect(imported.productName).toBe("PawCall");
  });

  it.skipIf(!has("soffice"))("reads a .docx that LibreOffice makes now from the same Markdown (needs soffice)", () => {
    const dir = tempDir();
    const html = prfaq(["export", join(FIXTURES, "pawcall.md"), "--to", "html", "-o", "-"]).stdout;
    writeFileSync(join(dir, "pawcall.html"), html);
    const converted = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, join(dir, "pawcall.html")], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(converted.status).toBe(0);
    const run = prfaq(["import", join(dir, "pawcall.docx")]);
    const imported = parseDocument(run.stdout);
    const original = parseDocument(readFileSync(join(FIXTURES, "pawcall.md"), "utf8"));
    for (const kind of ["headline", "problem", "solution", "faq", "success-metrics", "kill-criteria"]) expect(imported.parts.map((p) => p.kind)).toContain(kind);
    const internal = (d: typeof original) => d.parts.flatMap((p) => (p.kind === "faq" && p.audience === "internal" ? p.entries.map((e) => e.questionText) : []));
    expect(internal(imported)).toEqual(internal(original));
  });
});
