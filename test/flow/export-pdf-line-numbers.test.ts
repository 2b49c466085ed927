/**
 * Reviewers say "line 14" because the PDF prints source line numbers in the
 * margin. This renders the exported PDF's first page to pixels and checks
 * that every two-digit number is printed whole, not cut off at the page's
 * printable edge.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportHtml } from "../../src/cli/export/html";
import { exportPdf, findChromium } from "../../src/cli/export/pdf";
import { readExportSource } from "../../src/cli/export/source";
import { has, tempDir } from "./helpers";

const RESOLUTION = 200;

/** A press release long enough that blocks start past line 10, including list items. */
const longRelease = [
  "# Ledgerline Closes the Month for Small Bakeries in One Afternoon",
  "",
  "## Owners stop spending the first weekend of each month on receipts",
  "",
  ...Array.from({ length: 7 }, (_, i) => [`Paragraph ${i + 1} says one plain thing about the bakery's month.`, ""]).flat(),
  "- A list item that starts well past line ten.",
  "- Another list item, two lines further on.",
  "",
  "More prose after the list, so the numbers reach the twenties.",
  "",
].join("\n");

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function wordsOnFirstPage(pdf: string, dir: string): Word[] {
  const out = join(dir, "words.html");
  execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", pdf, out]);
  const words: Word[] = [];
  for (const m of readFileSync(out, "utf8").matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return words;
}

/** The first page as a grey-scale raster (PGM), so ink can be read pixel by pixel. */
function firstPageGrey(pdf: string, dir: string): { width: number; height: number; pixels: Uint8Array } {
  execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", String(RESOLUTION), "-gray", pdf, join(dir, "page")]);
  const file = readFileSync(execFileSync("sh", ["-c", `ls ${join(dir, "page")}*.pgm`], { encoding: "utf8" }).trim());
  const header = file.subarray(0, 40).toString("latin1").match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error("pdftoppm wrote no PGM");
  return { width: Number(header[1]), height: Number(header[2]), pixels: file.subarray(header[0].length) };
}

/** How much of a word's box, left to right, actually received ink on the rendered page. */
function inkedShare(page: ReturnType<typeof firstPageGrey>, word: Word): number {
  const scale = RESOLUTION / 72;
  const left = Math.floor(word.xMin * scale);
  const right = Math.ceil(word.xMax * scale);
  const top = Math.floor(word.yMin * scale);
  const bottom = Math.ceil(word.yMax * scale);
  let first = -1;
  let last = -1;
  for (let x = Math.max(0, left); x < Math.min(page.width, right); x++) {
    for (let y = Math.max(0, top); y < Math.min(page.height, bottom); y++) {
      if (page.pixels[y * page.width + x] < 200) {
        if (first < 0) first = x;
        last = x;
        break;
      }
    }
  }
  return first < 0 ? 0 : (last - first + 1) / (right - left);
}

describe("PDF export line numbers", () => {
  it.skipIf(!findChromium() || !has("pdftoppm") || !has("pdftotext"))("prints two-digit line numbers whole in the margin (needs Chromium and poppler-utils)", async () => {
    const dir = tempDir("prfaq-pdf-lines-");
    const html = exportHtml(readExportSource(longRelease, "ledgerline"), { exportedOn: "2027-03-01" });
    const pdf = join(dir, "release.pdf");
    writeFileSync(pdf, await exportPdf(html));

    const expected = [...html.matchAll(/data-line="(\d+)"/g)].map((m) => m[1]).filter((n) => n.length === 2);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    const words = wordsOnFirstPage(pdf, dir);
    const page = firstPageGrey(pdf, dir);
    for (const number of expected) {
      const word = words.find((w) => w.text === number);
      expect(word, `line number ${number} is not in the PDF's text`).toBeDefined();
      // A whole "14" inks most of its box; one cut at the printable edge inks half or less.
      expect(inkedShare(page, word!), `line number ${number} is clipped`).toBeGreaterThan(0.7);
    }
  });
});
