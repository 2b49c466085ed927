import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";
import { dualPattern } from "../../parse/ascii";

const ACRONYM = /(?<![\p{L}\p{N}&/_.[<-])(?:[A-Z][A-Z&]{1,5}s?|[A-Z][a-z]?[A-Z][A-Z]{0,4})(?![\p{L}\p{N}&_\]>-]|\.[a-z])/gu;
/** Capitalised for emphasis or as a command ("Text CANCEL", "BREAKING CHANGE"), not acronyms. */
const SHOUTED = new Set(["STOP", "HELP", "YES", "NO", "NOTE", "DATE", "NAME", "USER", "FREE", "NEW", "NOW", "OPEN", "SEND", "TEXT", "CALL", "GET", "POST", "PUT", "HEAD", "SET", "ON", "OFF", "AND", "OR", "NOT", "THE", "ALL", "ONE", "TWO", "WHO", "WHY", "HOW", "OUT", "IN", "UP", "AT", "IS", "IT", "TO", "BE", "DO", "GO", "MY", "WE", "ME", "IF", "OF", "BY", "AS", "AN", "SO", "NB"]);

/** No acronym ACRONYM matches, nor any a definition pattern below captures, is longer than this. */
const LONGEST_ACRONYM = 8;

/** Past this many, one more finding says how many others there are, instead of a wall of them. */
const MAX_REPORTS = 8;

export default defineRule({
  meta: {
    id: "undefined-acronym",
    category: "style",
    severity: "info",
    description: "An acronym is used without being spelled out once (\"Total Cost of Ownership (TCO)\").",
    question: "What does this acronym stand for, for a reader outside the team?",
    rationale:
      "Reviewers from other teams, and customers, don't share the team's vocabulary. Spell an acronym out the first time; " +
      "add your organisation's everyday ones to the `known-acronyms` lexicon in `.prfaq.yml`.",
    examples: {
      flagged: ["The CSM team will own the QBR process."],
      passes: ["Customer success managers (CSMs) will own it; the CSMs meet monthly.", "The FAQ answers the CEO's questions."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const known = new Set(ctx.lexicons.entries("known-acronyms"));
    const text = ctx.doc.text;
    const dateline = analysis.part("summary")?.dateline ?? "";
    // Reading the whole document for definitions waits until an acronym needs one.
    let defined: Set<string> | null = null;
    const isDefined = (acronym: string) => (defined ??= analysis.memoText("acronym-definitions", text, () => definitionsIn(text))).has(acronym);
    const reported = new Set<string>();
    let count = 0;
    let extra = 0;
    let last: { sentence: import("../../model/types").Sentence; start: number; end: number } | null = null;
    const blocks: Block[] = analysis.proseBlocks.filter((b) => b.kind !== "heading");
    for (const block of blocks) {
      // A line in capitals ("FOR IMMEDIATE RELEASE") is shouting, not acronyms.
      if (!/[A-Z]{2}/.test(block.text) || mostlyCapitals(block.text)) continue;
      for (const sentence of block.sentences) {
        ACRONYM.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = ACRONYM.exec(sentence.text))) {
          const word = m[0];
          const bare = word.replace(/s$/, "");
          if (reported.has(bare) || known.has(word) || known.has(bare) || bare.length < 2) continue;
          if (dateline.includes(word)) continue;
          if (/^[IVXLC]+$/.test(bare)) continue; // Roman numerals
          // Five letters or more with two vowels is a word in capitals ("CANCEL", "TARGET"), not an acronym.
          if (SHOUTED.has(bare) || (bare.length >= 5 && (bare.match(/[AEIOU]/g)?.length ?? 0) >= 2)) continue;
          if (analysis.isInCode(block, sentence.start + m.index, sentence.start + m.index + word.length)) continue;
          if (isDefined(bare)) {
            reported.add(bare);
            continue;
          }
          reported.add(bare);
          if (++count > MAX_REPORTS) {
            extra++;
            last = { sentence, start: m.index, end: m.index + word.length };
            continue;
          }
          ctx.report({ message: `"${word}" is never spelled out.`, at: analysis.within(sentence, m.index, m.index + word.length) });
        }
      }
    }
    if (last && extra) {
      ctx.report({ message: `${extra} more acronyms are never spelled out, the last one here.`, at: analysis.within(last.sentence, last.start, last.end) });
    }
  },
});

function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper + lower > 0 && upper / (upper + lower) > 0.6;
}

/** "TCO, or total cost of ownership", "SLA, meaning …". */
const SPELLED_OUT_AFTER = dualPattern(/\b([A-Z][A-Za-z0-9&]{1,7}),?\s+(?:or|i\.e\.,?|meaning|stands for|short for)\s+\p{L}/gu);
/**
 * Capitalised words in a row, joined by small words ("Total Cost of Ownership"). It runs over the whole document, and
 * in its ASCII form, wherever the document allows it, several times faster.
 */
const CAPITALISED_PHRASE = dualPattern(/\p{Lu}\p{Ll}+(?:[\s-]+(?:(?:of|and|for|the|to|in|&)\s+)*\p{Lu}\p{Ll}+)+/gu);

/**
 * Every acronym the text spells out: "Total Cost of Ownership (TCO)",
 * "TCO (total cost of ownership)", "TCO, or total cost of ownership", or
 * capitalised words whose initials make it ("Customer Success Manager").
 * One pass over the text, so checking an acronym is a set lookup.
 */
function definitionsIn(text: string): Set<string> {
  const defined = new Set<string>();
  const add = (word: string) => defined.add(word.replace(/s$/, ""));
  for (const m of text.matchAll(/\(\s*([A-Z][A-Za-z0-9&]{1,7})\s*\)/g)) add(m[1]);
  for (const m of text.matchAll(/\b([A-Z][A-Za-z0-9&]{1,7})\s*\([^)]{4,80}\)/g)) add(m[1]);
  for (const m of text.matchAll(SPELLED_OUT_AFTER.for(text))) add(m[1]);
  for (const m of text.matchAll(CAPITALISED_PHRASE.for(text))) {
    const initials = m[0].split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
    // Every run of two or more initials inside the phrase ("Customer Success Manager" gives CSM, CS, SM), up to the longest
    // acronym the rule looks up: a phrase of thousands of capitalised words would otherwise add millions of runs.
    for (let a = 0; a < initials.length; a++) for (let b = a + 2; b <= Math.min(initials.length, a + LONGEST_ACRONYM); b++) defined.add(initials.slice(a, b));
  }
  return defined;
}
