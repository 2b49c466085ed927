import type { PhraseLexicon } from "./types";

/** The company's own systems: a problem about them is our architecture, not the customer's friction. */
export const internalSystems: PhraseLexicon = {
  name: "internal-systems",
  description: "Our own stack named as the problem (\"our legacy ERP cannot…\", \"our monolith doesn't scale\").",
  entries: [
    "re:\\b(?:our|the [\\p{L}-]+['’]s|our own|our current|our existing|our legacy|the legacy|our internal|our old|our aging|our ageing|our outdated) (?:(?:legacy|current|existing|internal|old|aging|ageing|outdated|on-prem(?:ise)?|monolithic)\\s+)?(?:erp|crm|stack|tech stack|technology stack|architecture|infrastructure|backend|back-end|monolith|database|databases|data warehouse|mainframe|codebase|code base|servers?|platform|systems?|it systems?|pipelines?|microservices|apis?|technology|tooling)\\b(?= [^.]{0,60}\\b(?:cannot|can't|can not|could not|couldn't|doesn't|does not|do not|don't|won't|isn't|aren't|is not|are not|lacks?|fails?|struggles?|limits?|blocks?|prevents?|is too|are too|is (?:old|outdated|slow|legacy|fragile|unable)|needs? (?:to be )?(?:replac|rewrit|moderni[sz]|migrat|upgrad)))",
    "re:\\b(?:we|the co-op|the company|the team) (?:need|needs|must|have to|has to|want|wants) to (?:migrate|moderni[sz]e|re-?platform|re-?architect|rewrite|replace|upgrade|decommission|containeri[sz]e)\\b",
    "re:\\btechnical debt\\b",
    "re:\\b(?:cannot|can't|does not|doesn't) (?:support|integrate with|scale to|handle) (?:web3|blockchain|microservices|kubernetes|the cloud|ai|tokeni[sz]ed)",
  ],
};
