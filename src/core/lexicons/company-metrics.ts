import type { PhraseLexicon } from "./types";

/** Measures of our business or our output, as opposed to the customer's outcome. */
export const companyMetrics: PhraseLexicon = {
  name: "company-metrics",
  description: "Metrics about the company or its output (revenue, downloads, page views, uptime) rather than the customer's outcome.",
  entries: [
    "revenue", "revenues", "arr", "mrr", "profit", "profits", "margin", "margins", "ebitda", "gross merchandise value",
    "market share", "downloads", "installs", "page views", "pageviews", "impressions", "followers", "likes", "signups",
    "sign-ups", "registrations", "uptime", "lighthouse", "lighthouse score", "core web vitals", "lcp", "page load",
    "load time", "test coverage", "code coverage", "story points", "velocity", "features shipped", "deployments",
    "press mentions", "media coverage", "github stars",
  ],
};
