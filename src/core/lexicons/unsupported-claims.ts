import type { PhraseLexicon } from "./types";

/** Assertions about customers or the market that need a source or a number behind them. */
export const unsupportedClaims: PhraseLexicon = {
  name: "unsupported-claims",
  description: "Claims about what customers want or what the market will do, stated as fact with no source.",
  entries: [
    "re:\\b(?:customers|users|people|everyone|businesses|teams|companies|consumers|buyers|parents|owners|patients|students|developers|drivers|farmers|nurses|doctors|teachers|shoppers|travell?ers|members|clients|hosts|guests|landlords|tenants|employees|managers|engineers|designers|analysts|marketers|sellers|merchants|restaurants|practices|schools|hospitals|organi[sz]ations|enterprises|smbs) (?:all |really |clearly |desperately |always )?(?:want(?! to)|need(?! to)|demand|crave|are (?:asking|begging|crying out) for|are eager for|are hungry for|would pay for|will pay for|will (?:gladly |happily )?switch|will flock|will adopt|will embrace)\\b",
    "re:\\bthere is (?:a )?(?:huge|massive|enormous|strong|clear|growing|pent-up|untapped) (?:demand|need|appetite|market|opportunity)\\b",
    "re:\\b(?:the )?market is (?:ready|ripe|huge|massive|hungry|waiting)\\b",
    "re:\\beveryone knows\\b",
    "re:\\b(?:it is|it's) (?:obvious|common knowledge|a fact|proven|well established) that\\b",
    "re:\\b(?:proven|guaranteed) to (?:increase|reduce|improve|save|boost|cut|double|deliver)\\b",
    "re:\\bwill (?:certainly|undoubtedly|surely|inevitably|definitely) (?:increase|reduce|improve|save|boost|cut|double|become|be|win|dominate|lead)\\b",
    "re:\\b(?:will|is going to) (?:revolutioni[sz]e|transform|disrupt|dominate|take over) (?:the|an|this|its) (?:industry|market|world|space|sector|category)\\b",
    "re:\\b(?:studies|research|surveys|experts|analysts|data) (?:show|shows|prove|proves|confirm|confirms|agree|suggest|suggests)\\b",
  ],
};
