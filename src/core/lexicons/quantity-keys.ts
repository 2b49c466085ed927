/**
 * What a money amount or a multiplier measures, so two values of the same
 * thing can be compared: "a prize fund of 50K USD" and "a 100K USD prize
 * fund" are one fund; "10 times faster" and "2x to 5x faster" one speed-up.
 */

/** Nouns that name one sum of money a document should state once. */
export const moneyNouns: readonly string[] = [
  "prize", "prizes", "fund", "pool", "purse", "budget", "grant", "bounty", "reward", "award", "price", "fee", "subscription",
  "salary", "stipend", "valuation", "deposit", "premium", "payout", "plan", "tier",
];

/** Comparatives a multiplier claims ("10x faster", "three times cheaper"); "more", "less" and "fewer" take the next word too. */
export const multiplierComparatives: readonly string[] = [
  "faster", "quicker", "cheaper", "better", "higher", "lower", "smaller", "larger", "bigger", "shorter", "longer", "more", "less", "fewer",
];
