import type { PhraseLexicon } from "./types";

/**
 * Standing properties of a running service: a target on one ("p95 under 4
 * seconds", "Lighthouse 95 or higher") holds from launch on, every day, so
 * it is a service level to keep, not an outcome to reach by a date.
 */
export const serviceLevels: PhraseLexicon = {
  name: "service-levels",
  description: "Standing service levels (latency, load time, uptime, Lighthouse scores) whose targets hold continuously rather than by a date.",
  entries: [
    "latency", "latencies", "p50", "p75", "p90", "p95", "p99", "p99.9", "response time", "round trip", "round-trip", "load time", "page load",
    "time to first byte", "ttfb", "largest contentful paint", "lcp", "first contentful paint", "time to interactive", "interaction to next paint",
    "core web vitals", "lighthouse", "pagespeed", "uptime", "availability", "error rate", "error budget", "throughput", "requests per second",
    "cold start", "render time", "frame rate", "frames per second", "fps", "accessibility score", "performance score", "wcag", "sla", "slo",
  ],
};
