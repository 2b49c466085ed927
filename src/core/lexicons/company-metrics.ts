import type { PhraseLexicon } from "./types";

/** Measures of our business or our output, as opposed to the customer's outcome. */
export const companyMetrics: PhraseLexicon = {
  name: "company-metrics",
  description: "Metrics about the company or its output (revenue, downloads, page views, uptime) rather than the customer's outcome.",
  entries: [
    "revenue", "revenues", "arr", "mrr", "bookings", "sales", "profit", "profits", "margin", "margins", "ebitda",
    "market share", "downloads", "installs", "page views", "pageviews", "impressions", "traffic", "visits", "visitors",
    "followers", "likes", "signups", "sign-ups", "registrations", "uptime", "availability", "lighthouse", "lighthouse score",
    "core web vitals", "lcp", "page load", "load time", "test coverage", "code coverage", "story points", "velocity",
    "features shipped", "releases", "deployments", "press mentions", "media coverage", "github stars", "stars",
    "nps", "net promoter score", "csat",
  ],
};
