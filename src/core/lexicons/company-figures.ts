import type { PhraseLexicon } from "./types";

/**
 * Figures about the company or the market. A problem paragraph that only
 * counts these has measured our opportunity, not the customer's friction.
 */
export const companyFigures: PhraseLexicon = {
  name: "company-figures",
  description: "Revenue, market size and other company figures that do not measure the customer's problem.",
  entries: [
    "revenue", "revenues", "arr", "mrr", "market size", "market cap", "market capitalisation", "market capitalization",
    "addressable market", "total addressable market", "market share", "market opportunity", "billion-dollar market",
    "valuation", "shareholders", "profit", "profits", "profitability", "margin", "margins", "ebitda", "bookings",
    "sales target", "sales targets", "our growth", "growth rate", "cagr", "industry is worth", "market is worth",
    "market will grow", "market is growing", "investors", "funding", "our sales", "our quota",
  ],
};
