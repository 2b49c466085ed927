/** The product's name, as the press release uses it. */
import { dualPattern } from "./ascii";

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "ShiftSwap puts…", "With PermitPath lets…": a short name as the subject of a verb of offering. */
export const SUBJECT = dualPattern(
  /(?:^|[.!?:]\s+|\bwith\s+)(?:The\s+|the\s+)?((?:\p{Lu}[\p{L}\p{N}_-]*\s+){0,3}[\p{L}][\p{L}\p{N}_-]{2,})\s+(?:provides|lets|enables|empowers|makes|helps|gives|shows|turns|links|reads|sends|offers|brings|adds|puts)\b/gmu,
);

/** "ShiftSwap", "iPhone": a word with a capital inside it. */
export const CAMEL_CASE = dualPattern(/\b(\p{Lu}[\p{Ll}\p{N}]+\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}]*)\b/gu);

export function inferProductName(headline: string | null, pressReleaseText: string): string | null {
  const mentions = new Map<string, number>();
  const mentionsOf = (name: string): number => {
    let n = mentions.get(name);
    if (n === undefined) {
      n = 0;
      for (let at = pressReleaseText.indexOf(name); at >= 0; at = pressReleaseText.indexOf(name, at + name.length)) n++;
      mentions.set(name, n);
    }
    return n;
  };
  const counts = new Map<string, number>();
  const bump = (name: string, by: number) => counts.set(name, (counts.get(name) ?? 0) + by);
  const launch =
    /\b(?:launch(?:ed|es)?|announc(?:ed|es)|introduc(?:ed|es)|unveil(?:ed|s)|releas(?:ed|es)|debut(?:ed|s)|present(?:ed|s)|publish(?:ed|es)|rolled out|rolls out)\s+(?:(?:the\s+)?(?:first|new|initial|beta|general)\s+(?:release|version|edition|availability)\s+of\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+|first\s+|beta\s+)?((?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2})/gu;
  let m: RegExpExecArray | null;
  while ((m = launch.exec(pressReleaseText))) bump(m[1], 3);
  const subject = SUBJECT.for(pressReleaseText);
  while ((m = subject.exec(pressReleaseText))) if (!/^(it|this|that|which|who|the|our|we|they|he|she|you|users?|customers?)$/i.test(m[1])) bump(m[1], 2);
  const withHeadline = `${headline ?? ""} ${pressReleaseText}`;
  const camel = CAMEL_CASE.for(withHeadline);
  while ((m = camel.exec(withHeadline))) bump(m[1], 1);
  if (headline) {
    const first = /^\s*(?:introducing\s+|meet\s+)?(\p{Lu}[\p{L}\p{N}'’-]*)/iu.exec(headline);
    if (first && !/^(The|A|An|New|Introducing|Today|Our|How|Why|With|Meet)$/i.test(first[1])) {
      const body = mentionsOf(first[1]);
      if (body >= 1) bump(first[1], 2 + body);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, score] of counts) {
    if (/^(The|A|An|We|Our|Today|It|This|New|I)$/.test(name)) continue;
    const used = mentionsOf(name);
    const total = score + used;
    if (total > bestScore && used >= 1) {
      best = name;
      bestScore = total;
    }
  }
  // "Handover" and "Handover Notes": the full name, when it is used nearly as often.
  if (best) {
    const base = best;
    const longer = [...counts.keys()].filter((n) => n !== base && n.startsWith(`${base} `) && mentionsOf(n) >= mentionsOf(base) * 0.7);
    if (longer.length) best = longer.sort((a, b) => b.length - a.length)[0];
  }
  return best;
}

// The pattern for the product last asked about: a document asks about one product, paragraph after paragraph.
let opening: { productName: string; pattern: RegExp } | null = null;

/** True when a paragraph opens with the product ("With PermitPath, owners…", "ShiftSwap puts…"). */
export function startsWithProduct(text: string, productName: string): boolean {
  if (opening?.productName !== productName) {
    const pattern = new RegExp(`^\\s*(?:with\\s+|using\\s+|by using\\s+)?(?:the\\s+|a\\s+|an\\s+|our\\s+|its\\s+)?\`?${escapeRegExp(productName)}\`?\\b`, "i");
    opening = { productName, pattern };
  }
  return opening.pattern.test(text);
}
