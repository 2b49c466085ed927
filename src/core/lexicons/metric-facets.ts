/**
 * Labels of the lines that describe a metric rather than state one: in a
 * SMART list, "Measurable: telemetry from the backend" and "Relevant: drives
 * upgrades" say how the metric above is measured and why it matters. A line
 * led by one of these is not a metric of its own.
 */
export const metricFacets: readonly string[] = [
  "measurable", "achievable", "attainable", "realistic", "relevant", "relevance",
  "data source", "source", "sources", "measured by", "measurement", "how we measure", "how measured", "method", "methodology",
  "instrumentation", "tracking", "tracked in", "tracked by", "dashboard", "owner", "owners", "cadence", "review cadence",
  "rationale", "why", "why it matters", "why this metric", "notes", "note", "caveat", "caveats", "context", "definition",
];
