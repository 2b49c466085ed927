import { countWords, outlineOf, type Critic, type PrfaqDocument } from "../../core";
import type { CritiqueResult, DocumentShape } from "./protocol";

function titleOf(doc: PrfaqDocument): string | null {
  const fromFrontMatter = doc.frontMatter?.data.title;
  if (typeof fromFrontMatter === "string" && fromFrontMatter.trim()) return fromFrontMatter.trim();
  const headline = doc.parts.find((p) => p.kind === "headline");
  return headline && headline.kind === "headline" ? headline.text : null;
}

/** Word counts by block text: a keystroke changes one block, so the rest are counted once. */
const wordCounts = new Map<string, number>();

function wordsOf(text: string): number {
  let n = wordCounts.get(text);
  if (n === undefined) {
    if (wordCounts.size > 20_000) wordCounts.clear();
    n = countWords(text);
    wordCounts.set(text, n);
  }
  return n;
}

export function shapeOf(doc: PrfaqDocument): DocumentShape {
  const faqs = doc.parts.flatMap((p) => (p.kind === "faq" ? [{ from: p.span.start.offset, to: p.span.end.offset, audience: p.audience }] : []));
  const pressRelease = doc.pressRelease ? { from: doc.pressRelease.start.offset, to: doc.pressRelease.end.offset } : null;
  const words = { total: 0, pressRelease: 0, faq: 0 };
  const within = (b: PrfaqDocument["blocks"][number], range: { from: number; to: number }) => b.span.start.offset >= range.from && b.span.end.offset <= range.to;
  for (const block of doc.blocks) {
    const n = wordsOf(block.text);
    words.total += n;
    if (pressRelease && within(block, pressRelease)) words.pressRelease += n;
    else if (faqs.some((f) => within(block, f))) words.faq += n;
  }
  return { pressRelease, faqs, title: titleOf(doc), words };
}

/** Runs the critic and keeps what the UI needs, timing only the critic itself. */
export function analyse(critic: Critic, id: number, text: string): CritiqueResult {
  const started = performance.now();
  const { document, findings, verdict } = critic.check(text);
  const checkMs = performance.now() - started;
  const outline = outlineOf(document);
  const shape = shapeOf(document);
  const finished = performance.now();
  const epoch = performance.timeOrigin;
  return { id, findings, verdict, outline, shape, checkMs, workerMs: finished - started, startedAtEpoch: epoch + started, repliedAtEpoch: epoch + finished };
}
