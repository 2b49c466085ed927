import type { PhraseLexicon } from "./types";

/**
 * Demographic buckets and marketing personas. They describe a slice of a
 * population, where Working Backwards wants one person in a situation.
 */
export const personaBuckets: PhraseLexicon = {
  name: "persona-buckets",
  description: "Age ranges, income brackets, generations and marketing personas standing in for a representative customer.",
  entries: [
    "re:\\b(?:aged?|ages|between the ages of)\\s+\\d{1,2}\\s*(?:-|–|—|to|and)\\s*\\d{1,2}\\b",
    "re:\\b\\d{2}\\s*(?:-|–|—|to)\\s*\\d{2}[- ]?(?:year[- ]olds?|yos?|y/o)\\b",
    "re:\\b(?:in their|in his|in her) (?:twenties|thirties|forties|fifties|sixties|\\d0s)\\b",
    "re:\\b(?:household|annual|yearly) incomes? (?:of|over|above|between|from) [$€£]?\\d",
    "re:[$€£]\\d+(?:k|,000)?\\s*(?:-|–|to)\\s*[$€£]?\\d+(?:k|,000)?\\s+(?:household |annual )?income",
    "re:\\b(?:high|middle|low|upper|upper-middle)[- ]income (?:households|families|earners|consumers|professionals|users)\\b",
    "millennials", "millennial users", "millennial customers", "gen z", "gen-z", "generation z", "gen x", "generation x",
    "gen alpha", "baby boomers", "boomers", "zoomers", "tech-savvy", "tech savvy", "digital natives", "busy professionals",
    "young professionals", "urban professionals", "busy moms", "busy mums", "busy parents", "soccer moms", "affluent consumers",
    "early adopters", "power users", "savvy shoppers", "health-conscious consumers", "eco-conscious consumers",
    "re:\\b(?:Busy|Budget|Savvy|Startup|Marketing|Manager|Developer|Techie|Traveling|Travelling|Working|Student|Senior|Small[- ]Business|Frugal|Finance|Fitness) (?:[A-Z][a-z]+)(?=\\s*[,(]\\s*(?:aged? )?\\d{2})",
    "re:\\b(?:our|the|a) (?:target )?persona\\b",
    "re:\\bpersonas?\\s+(?:named|called)\\b",
  ],
};
