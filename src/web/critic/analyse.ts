import { countWords, outlineOf, type Critic, type PrfaqDocument } from "../../core";
import type { CritiqueResult, DocumentShape } from "./protocol";

function titleOf(doc: PrfaqDocument): string | null {
  const fromFrontMatter = doc.frontMatter?.data.title;
  if (typeof fromFrontMatter === "string" && fromFrontMatter.trim()) return fromFrontMatter.trim();
  const headline = doc.parts.find((p) => p.kind === "headline");
  return headline && headline.kind === "headline" ? headline.text : null;
}

export function shapeOf(doc: PrfaqDocument): DocumentShape {
  const faqs = doc.parts.flatMap((p) => (p.kind === "faq" ? [{ from: p.span.start.offset, to: p.span.end.offset, audience: p.audience }] : []));
  const wordsIn = (from: number, to: number) =>
    doc.blocks.filter((b) => b.span.start.offset >= from && b.span.end.offset <= to).reduce((n, b) => n + countWords(b.text), 0);
  const pressRelease = doc.pressRelease ? { from: doc.pressRelease.start.offset, to: doc.pressRelease.end.offset } : null;
  return {
    pressRelease,
    faqs,
    title: titleOf(doc),
    words: {
      total: doc.blocks.reduce((n, b) => n + countWords(b.text), 0),
      pressRelease: pressRelease ? wordsIn(pressRelease.from, pressRelease.to) : 0,
      faq: faqs.reduce((n, f) => n + wordsIn(f.from, f.to), 0),
    },
  };
}

/** Runs the critic and keeps what the UI needs, timing only the critic itself. */
export function analyse(critic: Critic, id: number, text: string): CritiqueResult {
  const started = performance.now();
  const { document, findings, verdict } = critic.check(text);
  const checkMs = performance.now() - started;
  return { id, findings, verdict, outline: outlineOf(document), shape: shapeOf(document), checkMs };
}
