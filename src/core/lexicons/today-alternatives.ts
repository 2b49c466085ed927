import { combine } from "./combine";
import type { PhraseLexicon } from "./types";

/**
 * Signs that the document describes what customers do today: a workaround,
 * a manual process, or a product they use instead. A reviewer needs that
 * baseline to judge whether the new product is better.
 */
export const todayAlternatives: PhraseLexicon = {
  name: "today-alternatives",
  description: "Phrases that describe the existing alternative: what customers do today, by hand, or with another product.",
  // Built from combinations that already spell out each form it means; inflecting them all would add thousands of paths to the trie.
  inflects: false,
  entries: [
    "instead of", "rather than", "compared with", "compared to", "in contrast to", "unlike", "versus", "vs",
    "today", "currently", "at present", "right now", "until now", "these days", "nowadays", "used to", "in the past",
    "existing tools", "existing tool", "existing products", "existing solutions", "existing process", "current process",
    "current tools", "current system", "current workflow", "the status quo", "alternatives", "alternative", "workaround",
    "workarounds", "by hand", "manually", "manual", "spreadsheet", "spreadsheets", "excel", "google sheets", "paper",
    "paper form", "paper forms", "clipboard", "whiteboard", "sticky notes", "post-it", "phone call", "phone calls",
    "called", "rang", "emailed", "texted", "by email", "by phone", "on the phone", "fax", "faxes",
    "printed", "print out", "printout", "in person", "queue", "queues", "waiting list", "drive to", "drove to", "walk to",
    "competitor", "competitors", "competition", "incumbent", "incumbents", "rival", "rivals", "expediters", "agencies",
    "agency", "consultants", "the only way", "only option", "only options", "have to", "has to", "had to", "must",
    ...combine(
      ["they", "she", "he", "we", "customers", "users", "owners", "parents", "teams", "people", "staff", "nurses", "farmers", "drivers"],
      ["", "still"].flatMap((still) => ["rely on", "depend on", "resort to", "fall back on", "juggle", "copy", "retype", "re-enter", "re-key", "chase", "ring", "phone", "email", "track", "keep", "pay"].map((v) => (still ? `${still} ${v}` : v))),
    ),
    ...combine(["already", "still"], ["use", "uses", "pay", "pays", "rely", "relies", "charge", "charges", "offer", "offers"]),
  ],
};
