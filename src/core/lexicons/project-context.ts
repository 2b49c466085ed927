import type { PhraseLexicon } from "./types";

/**
 * Signs that a project is open source or made by one person for their own
 * use. A competitor copying it is then no threat to a business, and there is
 * no product line for it to cannibalize: those hard questions become advice.
 */
export const soloOrOpenSource: PhraseLexicon = {
  name: "solo-or-open-source",
  description: "Signs of an open-source or one-person project, where the competitor and cannibalization questions are advice.",
  entries: [
    "open source", "open-source", "open sourced", "open-sourced", "mit licence", "mit license", "apache licence", "apache license",
    "apache 2.0", "gpl", "agpl", "side project", "hobby project", "weekend project", "personal project", "personal tool",
    "pet project", "hackathon", "student project", "course project", "class project", "capstone project",
    "re:\\b(?:for|by) (?:myself|me and my|my (?:own|family|wife|husband|partner|kids|friends))\\b",
    "re:\\bi (?:built|wrote|made|created) (?:this|it|\\w+) (?:for myself|for my own|because i)\\b",
    // A licence named on its own: "`mxfuse` is MIT", "released under BSD-3-Clause".
    "bsd-3-clause", "bsd-2-clause", "apache-2.0", "mpl-2.0", "gplv3", "gplv2",
    "re:\\b(?:is|are|under|under the|licensed under(?: the)?|released under(?: the)?) (?:mit|bsd|apache|mpl|lgpl|isc)\\b(?![-'’\\w])",
    // One person making the whole thing: "Building and designing the site myself".
    "re:\\b(?:built|building|designed|designing|made|making|wrote|writing|coded|coding|created|creating) (?:\\S+ ){0,5}?(?:myself|by myself|on my own|single-handedly)\\b",
    "personal site", "personal website", "portfolio site", "personal portfolio",
  ],
};

/**
 * Signs that the company already sells something this could take customers
 * or revenue from: its other products, plans or tiers, its existing customers.
 */
export const otherOfferings: PhraseLexicon = {
  name: "other-offerings",
  description: "Signs that the company has other products, plans or customers the new one could cannibalize.",
  entries: [
    "cannibali*",
    "re:\\b(?:our|its|the company's) (?:existing|current|other|core|flagship|legacy|paid|premium) (?:products?|services?|offerings?|apps?|business(?:es)?|lines?|plans?|tiers?|platforms?|tools?|customers|subscribers|revenue|subscriptions?)\\b",
    "re:\\b(?:existing|current) (?:customers|subscribers|plans?|tiers?|product lines?|offerings?|subscriptions?)\\b",
    "re:\\b(?:pro|premium|basic|enterprise|paid|plus) (?:tiers?|plans?|subscriptions?|editions?)\\b",
    "re:\\b(?:replace|replaces|replacing|displace|displaces|compete with|competes with) (?:our|the company's)\\b",
  ],
};

/**
 * Signs that the product is an internal tool: built by an organization for its
 * own people, with no market in which a competitor could copy it. Whether a
 * vendor will ship the same is still asked, as "why build it rather than buy".
 */
export const internalTool: PhraseLexicon = {
  name: "internal-tool",
  description: "Signs of an internal tool for the organization's own people, where the competitor question is advice.",
  entries: [
    // The product itself, not "the internal tools and spreadsheets" customers glue together today.
    "re:\\b(?:an|a new|our|our new|this) (?:internal|in-house) (?:tool|platform|service|app|application|product|system|portal)\\b",
    "internal-only", "internal use only", "for internal use",
    "re:\\b(?:every|any|all|each) (?:developers?|engineers?|employees?|staff|teammates?|analysts?|agents?|associates?)(?: \\w+)? (?:in|across|at|throughout) (?:the|our) (?:\\w+ )?(?:organi[sz]ation|org|company|firm|department)\\b",
    "re:\\b(?:the|our) (?:engineering|platform|it|data|product|operations|finance|hr|people) (?:organi[sz]ation|org|department|team|group) (?:is |today )*(?:launch(?:es|ed|ing)?|releas(?:es|ed|ing)|introduc(?:es|ed|ing)|roll(?:s|ed|ing)? out)\\b",
  ],
};
