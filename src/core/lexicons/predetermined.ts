import type { PhraseLexicon } from "./types";

/** A decision already taken: the document justifies it instead of testing it. */
export const predetermined: PhraseLexicon = {
  name: "predetermined",
  description: "Signs that the product was decided before the document was written, or sunk-cost reasoning.",
  entries: [
    "re:\\b(?:was|were|has been|have been|is|are) already (?:approved|decided|committed|built|funded|agreed|signed off)\\b",
    "re:\\b(?:roadmap|project|plan|budget|launch|product|initiative|feature) (?:was|has been|is) approved\\b",
    "re:\\bapproved (?:by (?:the )?[\\w-]+(?: [\\w-]+)? )?(?:last|this) (?:quarter|year|month|week)\\b",
    "re:\\b(?:investment|spend|funding|budget|contract|business case) (?:was|were|has been|have been) (?:signed|approved|signed off)\\b",
    // "describes PalletPing as it has been running since March": the document reports a product that is already live.
    "re:\\b(?:document|pr/?faq|release|page) describes [\\w-]+(?: [\\w-]+)? as it has been (?:running|used|operating|live|working)\\b",
    "re:\\b(?:board|we|company|council|trust|management|leadership|team|department|ministry|agency) (?:has|have|had) already signed (?:the |a |an |our )?(?:contract|deal|agreement|purchase order)\\b",
    "re:\\b(?:rollout|roll-out|launch|go-live|deployment|release|migration)\\b[^.;]{0,40}\\bis (?:locked in|locked|committed|fixed|set in stone)\\b",
    "re:\\bwhatever the (?:pilot|trial|beta|test|results?|data|review|evaluation) (?:shows?|says?|finds?|tells us)\\b",
    "re:\\blaunch(?: date)? is (?:locked|committed|fixed|set in stone|final)\\b",
    "re:\\b(?:the )?launch is committed\\b",
    "re:\\bdescribes? the product as (?:it has been |it was |already )?(?:built|designed|decided)\\b",
    "re:\\bthis document describes the (?:product|feature|solution) (?:as designed|we (?:have )?built|we are building)\\b",
    "re:\\b(?:the )?(?:budget|money|investment) (?:has|have) (?:already )?been (?:spent|made|committed|allocated)\\b",
    "re:\\binvestment has already been made\\b",
    "re:\\bdevelopment is (?:complete|finished|done)\\b",
    "re:\\b(?:we(?:'ve| have)|the team has) already (?:built|shipped|committed|invested|decided)\\b",
    "re:\\btoo late to (?:change|stop|cancel|turn back)\\b",
    "re:\\bno turning back\\b",
    "re:\\bwe(?:'ve| have) come too far\\b",
    "re:\\bthe decision (?:has been|was) (?:already )?made\\b",
    "re:\\bwill (?:launch|ship) regardless\\b",
    "re:\\b(?:proceed|go ahead|continue) regardless\\b",
    "re:\\b(?:have|has) (?:already )?decided to (?:implement|go ahead with|proceed with|fund|roll out)\\b",
    "re:\\b(?:have|has) (?:already )?decided to (?:build|launch|ship) (?:this|it|the (?:product|feature|tool|service|system|platform|app))\\b",
    "re:\\brewritten (?:against|to match|to reflect|around) (?:the )?(?:shipped|built|current|launched|live|existing) (?:reality|product|system|code|implementation)\\b",
    "re:\\bdescribes? the (?:product|system|tool|service|app|feature|platform) as (?:it was |it has been |it is |already )?(?:shipped|implemented|launched|deployed)\\b",
    "re:\\b(?:document|pr/?faq|press release) (?:was )?(?:written|updated|revised) (?:after|once) (?:the )?(?:product|tool|feature|system|service|app|platform|it) (?:was|had been|has been) (?:built|shipped|launched|implemented)\\b",
  ],
};
