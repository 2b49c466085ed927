import type { PhraseLexicon } from "./types";

/**
 * Companies a pitch borrows ("the Uber of dog walking", "Stripe for payroll"):
 * the analogy says the idea resembles a success, not that customers want it.
 * Capitalised in the text, so "the notion of" or "the windows of" stay prose; "such as Trello for planning" names a
 * tool in a list, not a comparison.
 */
const BRANDS =
  "uber|lyft|airbnb|netflix|spotify|amazon|stripe|shopify|tinder|bumble|slack|notion|figma|canva|github|duolingo|peloton|tesla|" +
  "linkedin|google|facebook|instagram|tiktok|youtube|wikipedia|salesforce|zillow|yelp|doordash|instacart|robinhood|venmo|paypal|" +
  "etsy|ebay|craigslist|zapier|dropbox|squarespace|wordpress|wix|excel|photoshop|pinterest|reddit|discord|twitch|mailchimp|" +
  "hubspot|trello|asana|calendly|grammarly|zoom|whatsapp|snapchat|fitbit|strava|substack|patreon|kickstarter|gofundme|" +
  "expedia|booking\\.com|opentable|glassdoor|quora|waze|nest|ring|alexa|siri|chatgpt|macos|ios|android|windows";

export const analogies: PhraseLexicon = {
  name: "analogies",
  description: "A product described as another company's success applied elsewhere (\"the Uber of X\", \"like Stripe for Y\", \"Tinder meets LinkedIn\").",
  entries: [
    `re:\\b(?:the|an?|is|are|be|becomes?|becoming|like|think|(?<!such\\s)as|called)\\s+(?:the\\s+|an?\\s+)?(?:${BRANDS})\\s+(?:of|for)\\s+(?!(?:the|a|an|its|this|that|example|instance|now|free|years?|months?)\\b)[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?\\b`,
    `re:\\b(?:${BRANDS})\\s+meets\\s+(?:${BRANDS})\\b`,
    `re:\\b(?:${BRANDS})-(?:for|of)-[a-z][\\w-]*\\b`,
  ],
};
