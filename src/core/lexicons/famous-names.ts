import type { PhraseLexicon } from "./types";

/**
 * Famous people. A quote attributed to one of them in a PR/FAQ draft is
 * usually an illustration, sometimes invented: the critic asks, it doesn't accuse.
 */
export const famousPeople: PhraseLexicon = {
  name: "famous-people",
  description: "Well-known people whose quotes in a draft may be invented.",
  inflects: false,
  entries: [
    "jeff bezos", "andy jassy", "werner vogels", "steve jobs", "tim cook", "bill gates", "satya nadella", "elon musk",
    "mark zuckerberg", "sheryl sandberg", "sundar pichai", "larry page", "sergey brin", "jensen huang", "sam altman",
    "jack dorsey", "warren buffett", "oprah winfrey", "oprah", "barack obama", "michelle obama", "al gore", "greta thunberg",
    "richard branson", "reed hastings", "brian chesky", "marc benioff", "jack ma", "peter thiel", "marc andreessen",
    "paul graham", "steve wozniak", "jony ive", "indra nooyi", "mary barra", "ginni rometty", "arianna huffington",
    "malala yousafzai", "bill clinton", "joe biden", "donald trump", "taylor swift", "beyoncé", "beyonce", "lebron james",
    "serena williams", "cristiano ronaldo", "lionel messi", "david attenborough", "neil degrasse tyson", "yuval noah harari",
    "simon sinek", "seth godin", "gary vaynerchuk", "tony robbins", "clayton christensen", "peter drucker",
  ],
};

/** Large, well-known companies: a named employee "at Microsoft" endorsing a draft deserves a check. */
export const famousCompanies: PhraseLexicon = {
  name: "famous-companies",
  description: "Well-known companies whose endorsement in a draft should be confirmed before a review relies on it.",
  entries: [
    "microsoft", "google", "alphabet", "apple", "amazon", "meta", "facebook", "netflix", "tesla", "nvidia", "ibm",
    "oracle", "salesforce", "walmart", "goldman sachs", "jpmorgan", "jp morgan", "morgan stanley", "coca-cola", "pepsico",
    "nike", "mckinsey", "deloitte", "accenture", "boston consulting group", "bain", "pwc", "kpmg", "ernst & young",
    "disney", "spotify", "uber", "airbnb", "openai", "anthropic", "samsung", "sony", "intel", "adobe", "ikea", "unilever",
    "procter & gamble", "starbucks", "mcdonald's", "toyota", "bmw", "volkswagen", "siemens", "harvard", "stanford", "mit",
    "nasa", "the world bank", "the united nations", "world economic forum", "gartner", "forrester",
  ],
};
