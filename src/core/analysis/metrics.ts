import type { Analysis } from "./analysis";
import type { Block } from "../model/types";

export interface MetricBlock {
  block: Block;
  /** It states a number with a unit. */
  measured: boolean;
  /** It says by when. */
  timed: boolean;
}

/**
 * The statements of the success-metrics part, one per paragraph or list item,
 * without lead-ins such as "We will track:". Shared by the success rules so
 * they agree on what a metric is.
 */
export function metricBlocks(analysis: Analysis): MetricBlock[] {
  const out: MetricBlock[] = [];
  const timeFrames = analysis.lexicons.matcher("time-frames");
  for (const part of analysis.parts("success-metrics")) {
    const prose = part.blocks.filter((b) => (b.kind === "paragraph" || b.kind === "table-row") && b.text.trim() && !b.labelOnly);
    // A time frame in the heading or in a lead-in ("All targets are for the first year") covers every metric.
    const shared = [part.label?.text ?? "", ...prose.filter((b) => /:\s*$/.test(b.text.trim()) || !b.sentences.some((s) => analysis.measures(s).length)).map((b) => b.text)]
      .some((t) => timeFrames.test(t));
    for (const block of prose) {
      const text = block.text.trim();
      if (/:\s*$/.test(text) || analysis.wordCount(text) < 3) continue;
      // The first row of a table is its header ("Measure | Today | Target | By").
      if (block.kind === "table-row" && analysis.doc.blocks[block.index - 1]?.kind !== "table-row") continue;
      const measured = block.sentences.some((s) => analysis.measures(s).length > 0);
      out.push({ block, measured, timed: shared || timeFrames.test(text) });
    }
  }
  return out;
}
