import type { PhraseLexicon } from "./types";

/**
 * Agentless passives of verbs whose actor is the point: "will be decided",
 * "mistakes were made". The reviewer needs to know who.
 */
export const responsibilityPassives: PhraseLexicon = {
  name: "responsibility-passives",
  description: "Passive verbs where the actor matters (\"will be decided\", \"was approved\", \"will be handled\").",
  entries: [
    "re:\\b(?:is|are|was|were|will be|would be|should be|must be|can be|has been|have been|had been|is being|are being|gets|get|got)\\s+(?:\\w+ly\\s+)?(?:decided|determined|handled|addressed|resolved|approved|owned|managed|reviewed|assessed|evaluated|investigated|considered|monitored|tracked|measured|defined|identified|taken care of|looked into|dealt with|fixed|mitigated|prioriti[sz]ed|escalated|agreed|signed off|made|chosen|selected|funded|staffed|planned|communicated|explored|discussed|figured out|worked out|sorted out)\\b(?!\\s+by\\b)",
  ],
};
