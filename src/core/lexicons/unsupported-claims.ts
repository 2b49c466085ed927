import { combine } from "./combine";
import type { PhraseLexicon } from "./types";

/** Assertions about customers or the market that need a source or a number behind them. */
export const unsupportedClaims: PhraseLexicon = {
  name: "unsupported-claims",
  description: "Claims about what customers want or what the market will do, stated as fact with no source.",
  // Built from combinations that already spell out each form it means; inflecting them all would add thousands of paths to the trie.
  inflects: false,
  entries: [
    ...combine(
      [
        "customers", "users", "people", "everyone", "businesses", "teams", "companies", "consumers", "buyers", "parents", "owners",
        "patients", "students", "developers", "drivers", "farmers", "nurses", "doctors", "teachers", "shoppers", "travellers",
        "travelers", "members", "clients", "hosts", "guests", "landlords", "tenants", "employees", "managers", "engineers",
        "designers", "analysts", "marketers", "sellers", "merchants", "restaurants", "practices", "schools", "hospitals",
        "organizations", "organisations", "enterprises", "smbs",
      ],
      [
        "want", "need", "demand", "crave", "all want", "all need", "really want", "really need", "clearly want", "clearly need",
        "desperately want", "desperately need", "always want", "are asking for", "are begging for", "are crying out for",
        "are eager for", "are hungry for", "would pay for", "will pay for", "will switch", "will gladly switch",
        "will happily switch", "will flock", "will adopt", "will embrace",
      ],
    ),
    ...combine(["studies", "research", "surveys", "experts", "analysts", "data"], ["show", "shows", "prove", "proves", "confirm", "confirms", "agree", "suggest", "suggests"]),
    ...combine(["proven to", "guaranteed to"], ["increase", "reduce", "improve", "save", "boost", "cut", "double", "deliver"]),
    ...combine(["will", "is going to"], ["revolutionize", "revolutionise", "transform", "disrupt", "dominate", "take over"], ["the", "an", "this", "its"], ["industry", "market", "world", "space", "sector", "category"]),
    "re:\\bthere is (?:a )?(?:huge|massive|enormous|strong|clear|growing|pent-up|untapped) (?:demand|need|appetite|market|opportunity)\\b",
    "re:\\b(?:the )?market is (?:ready|ripe|huge|massive|hungry|waiting)\\b",
    "everyone knows",
    "re:\\b(?:it is|it's) (?:obvious|common knowledge|a fact|proven|well established) that\\b",
    "re:\\bwill (?:certainly|undoubtedly|surely|inevitably|definitely) (?:increase|reduce|improve|save|boost|cut|double|become|be|win|dominate|lead)\\b",
  ],
};
