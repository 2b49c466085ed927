import type { Finding } from "./types";

/**
 * One point made once. A rule that reports several gaps at one place (three
 * hard questions never asked, four parts missing) is one finding listing
 * them; the same words flagged again and again (a template's "[DATE]", one
 * buzzword in every paragraph) are one finding with a count and the lines.
 * Findings arrive in document order and leave in it.
 */
export function collapseFindings(findings: Finding[], mode: CollapseMode = "all"): Finding[] {
  if (mode === "none") return findings;
  const atPlaces = collapseAtOnePlace(findings);
  return mode === "all" ? collapseRepeats(atPlaces) : atPlaces;
}

/** all: gaps at one place and repeated words; places: only gaps at one place; none: every finding as reported. */
export type CollapseMode = "all" | "places" | "none";

/** The shared opening of two messages, cut back to a whole word. */
function sharedOpening(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let opening = a.slice(0, Math.max(0, a.lastIndexOf(" ", i - 1) + 1));
  // Never end inside a quotation: "never asks \"What " would split two quoted questions in the middle.
  const quotes = opening.match(/["“”]/g)?.length ?? 0;
  if (quotes % 2 === 1) opening = opening.slice(0, Math.max(opening.search(/["“”][^"“”]*$/), 0));
  return opening;
}

const withoutStop = (text: string) => text.replace(/[.]\s*$/, "");

function listed(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function collapseAtOnePlace(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.offset}\u0000${f.severity}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      groups.set(key, [f]);
      out.push(f);
    }
  }
  return out.flatMap((first) => {
    const group = groups.get(`${first.ruleId}\u0000${first.offset}\u0000${first.severity}`)!;
    if (group.length < 2) return first;
    if (group.every((f) => f.message === first.message)) return { ...first, count: group.length };
    const opening = group.slice(1).reduce((o, f) => sharedOpening(o, f.message), first.message);
    // Messages that share only a word or two say different things: listing them as one would garble both, so each stays.
    if (opening.split(" ").length < 4) return group;
    const items = [...new Set(group.map((f) => withoutStop(f.message.slice(opening.length))))];
    const questions = [...new Set(group.map((f) => f.question))];
    return { ...first, message: `${opening}${listed(items)}.`, question: questions.join(" "), endLine: Math.max(...group.map((f) => f.endLine)), count: group.length };
  });
}

/** A message that quotes the words it flags: the same message again is the same words again. */
const QUOTES_ITS_WORDS = /["“][^"”]+["”]/;

/** Below this many, repeats stay separate: two is a coincidence worth seeing on both lines. */
const REPEATS_TO_COLLAPSE = 3;

function collapseRepeats(findings: Finding[]): Finding[] {
  const keyOf = (f: Finding) => (QUOTES_ITS_WORDS.test(f.message) && !f.count ? `${f.ruleId}\u0000${f.severity}\u0000${f.message}` : null);
  const lines = new Map<string, number[]>();
  for (const f of findings) {
    const key = keyOf(f);
    if (!key) continue;
    const at = lines.get(key);
    if (at) at.push(f.line);
    else lines.set(key, [f.line]);
  }
  const done = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = keyOf(f);
    const at = key ? lines.get(key)! : [];
    if (!key || at.length < REPEATS_TO_COLLAPSE) {
      out.push(f);
      continue;
    }
    if (done.has(key)) continue;
    done.add(key);
    out.push({ ...f, count: at.length, message: `${withoutStop(f.message)} (${at.length} times: lines ${at.join(", ")}).` });
  }
  return out;
}
