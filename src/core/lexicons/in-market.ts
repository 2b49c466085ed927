import type { PhraseLexicon } from "./types";

/**
 * Optimising a product already in market: conversion funnels, A/B tests,
 * existing users. Experiments and data answer those questions better than a
 * press release does.
 */
export const inMarket: PhraseLexicon = {
  name: "in-market",
  description: "Signs of in-market optimisation (funnels, A/B tests, existing users) that experiments answer better than a PR/FAQ.",
  entries: [
    "conversion rate", "conversion rates", "conversion funnel", "funnel", "funnels", "drop-off", "drop-offs", "dropoff",
    "a/b test", "a/b tests", "a/b testing", "ab test", "ab testing", "split test", "split testing", "multivariate test",
    "click-through rate", "click-through", "ctr", "bounce rate", "checkout flow", "checkout abandonment", "cart abandonment",
    "onboarding flow", "activation rate", "retention rate", "churn rate", "reduce churn", "upsell", "cross-sell",
    "re:\\b(?:our|the) existing (?:users|customers|user base|customer base|subscribers|members)\\b",
    "re:\\b(?:current|existing) (?:users|customers) (?:of|on|in) (?:our|the)\\b",
    "re:\\b(?:optimi[sz]e|optimi[sz]ing|improve|improving|increase|increasing|lift|lifting|boost|boosting) (?:the |our )?(?:conversion|retention|engagement|activation|click-through|checkout|signup|sign-up|onboarding)\\b",
    "re:\\b(?:tweak|redesign|reorder|move|change) (?:the |our )?(?:button|checkout page|landing page|pricing page|signup page|sign-up page|cta)\\b",
    "re:\\bin (?:the )?(?:v\\d|current version|live product|app today)\\b",
  ],
};
