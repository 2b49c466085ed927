import type { Analysis } from "./analysis";
import type { Block } from "../model/types";
import { metricFacets } from "../lexicons/metric-facets";

const FACETS = new Set(metricFacets);

/** "A prevented failure is an event where…", "We count a visit when…": what a metric counts, not what counts as success. */
const DEFINES_METRIC = /^(?:an?|the|each)\s[^.:;]{2,60}?\s(?:is|means)\s(?:an?|any|one|each)\s[^.:;]{0,30}?\b(?:where|when|in which|that|who)\b|^we (?:define|count)\b|\bis defined as\b/i;

/** "Measurable: telemetry…", "**Why:** …": the line's lead label when it names a facet of a metric, not a metric; or a line defining one. */
function describesMetric(block: Block): boolean {
  if (DEFINES_METRIC.test(block.text.trim())) return true;
  const lead = block.leadEmphasis ?? /^([^:\n]{2,30}):/.exec(block.text)?.[1] ?? null;
  return !!lead && FACETS.has(lead.replace(/[:*_\s]+$/, "").trim().toLowerCase());
}

/** "6 months", "Month 3", "Year 1", "Q3 2027", "Day 90", "2028": a horizon that leads a list item. */
const HORIZON =
  /^(?:(?:by|at|in|after|within|end of)\s+)?(?:(?:\d{1,3}|one|two|three|six|nine|twelve|eighteen|twenty-four)[\s-]*(?:days?|weeks?|months?|quarters?|years?|yrs?|mos?)|(?:day|week|month|quarter|year|yr|q|h)\s*\d{1,3}|(?:q[1-4]|h[12]|fy)\s*'?\d{2,4}|(?:19|20)\d{2})(?:\s*(?:post|after)[- ]\w+)?$/i;

/** The lead label of a line ("**6 months:** …", "Year 1 — …"); a table row's horizon is its own cell. */
function leadOf(block: Block): string | null {
  if (block.kind === "table-row") return null;
  return block.leadEmphasis?.replace(/[:\s—–-]+$/, "").trim() ?? /^([^:—–\n]{2,24})\s*[:—–]/.exec(block.text)?.[1].trim() ?? null;
}

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
/** A table cell that is only a horizon: "6 months", "Year 2", "Q3 2027", "Day 90". */
const HORIZON_CELL =
  /^(?:\d+\s*(?:days?|weeks?|months?|quarters?|years?|mo|yr)|(?:day|week|month|quarter|year|phase)\s*\d+|q[1-4](?:\s+\d{4})?|h[12](?:\s+\d{4})?|(?:19|20)\d{2}|launch|ga|pilot|beta|mvp|v\d+)$/i;
/** A bold line that opens another topic ("**Q18. Out of scope**") ends the metrics when the parser did not. */
const NEXT_QUESTION = /^(?:Q\s?\d+[a-z]?\b|\d+[.)]\s)|\?$/i;
const METRIC_TOPIC = /\b(?:success|metrics?|measures?|targets?|goals?|kpis?|okrs?|outcomes?|results?|how we (?:will )?know)\b/i;

export function metricBlocks(analysis: Analysis): MetricBlock[] {
  const out: MetricBlock[] = [];
  const timeFrames = analysis.lexicons.matcher("time-frames");
  for (const part of analysis.parts("success-metrics")) {
    const prose = part.blocks.filter((b) => (b.kind === "paragraph" || b.kind === "table-row") && b.text.trim() && !b.labelOnly);
    // A time frame in the heading or in a lead-in ("All targets are for the first year") covers every metric.
    // Metrics answered in the FAQ take their heading from the question: "What does success look like in 12 months?"
    const asked = part.embedded ? (analysis.faqEntries.find((e) => e.answer.includes(part.blocks[0]))?.questionText ?? "") : "";
    const shared = [part.label?.text ?? asked, ...prose.filter((b) => /:\s*$/.test(b.text.trim()) || !b.sentences.some((s) => analysis.measures(s).length)).map((b) => b.text)]
      .some((t) => timeFrames.test(t));
    for (const [i, block] of prose.entries()) {
      const text = block.text.trim();
      const label = block.emphasised ? text : block.leadEmphasis?.trim();
      if (i > 0 && label && NEXT_QUESTION.test(label) && !METRIC_TOPIC.test(label)) break;
      // A note on what shipped is a status, not a metric.
      if (/^(?:note|status|update)\s*:/i.test(text)) continue;
      if (/:\s*$/.test(text) || analysis.wordCount(text) < 3 || describesMetric(block)) continue;
      // The first row of a table is its header ("Measure | Today | Target | By").
      if (block.kind === "table-row" && analysis.doc.blocks[block.index - 1]?.kind !== "table-row") continue;
      const measured = block.sentences.some((s) => analysis.measures(s).length > 0);
      const horizon = block.kind === "table-row" && text.split("|").some((cell) => HORIZON_CELL.test(cell.trim()));
      const lead = leadOf(block);
      out.push({ block, measured, timed: shared || horizon || timeFrames.test(text) || (!!lead && HORIZON.test(lead)) });
    }
  }
  return out;
}
