import type { PhraseLexicon } from "./types";

/**
 * A problem stated as the absence of the product ("there is no app for
 * this"): it assumes the solution instead of describing what the customer
 * endures.
 */
export const absentSolution: PhraseLexicon = {
  name: "absent-solution",
  description: "Problems stated as the lack of our solution (\"there is no app that…\", \"customers lack a platform…\").",
  entries: [
    "re:\\b(?:there (?:is|was|are|were) no|there(?:'s| is) no|no one (?:has|offers|provides) (?:built )?an?|nobody (?:has|offers|provides) (?:built )?an?|[\\p{L}-]+ (?:do not have|don't have|does not have|doesn't have|lack|lacks|need|needs|are missing|is missing|have no|has no)(?: an?| any)?) (?:(?:single|simple|easy|good|modern|central(?:ised|ized)?|unified|dedicated|integrated|mobile|online|digital|smart|ai[- ]powered|one-stop|all-in-one|self-service|real-time)\\s+){0,3}(?:app|apps|application|platform|tool|tools|portal|dashboard|solution|software|system|marketplace|website|site|chatbot|bot|api|product|service|plug-?in|extension|integration|saas)\\b",
    "re:\\b(?:the|our|their) (?:main |core |key |biggest |real )?problem is (?:that )?(?:there is no|there's no|they (?:don't|do not) have|(?:customers|users) (?:don't|do not) have|the lack of|a lack of|no)\\b",
    "re:\\b(?:lack|absence) of an? (?:(?:single|simple|good|modern|central(?:ised|ized)?|unified|dedicated|integrated|mobile|digital|smart)\\s+){0,2}(?:app|application|platform|tool|portal|dashboard|solution|software|system|marketplace|website|chatbot)\\b",
    "re:\\bno (?:ai|blockchain|mobile|digital|cloud|web3|crypto|metaverse) (?:strategy|solution|platform|app|presence|offering)\\b",
  ],
};
