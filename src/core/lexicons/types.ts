/** A named list of words and phrases (see match.ts for the entry syntax). */
export interface PhraseLexicon {
  name: string;
  description: string;
  entries: string[];
  /** False for lists of names ("aaron", "salesforce") and lists that spell out their own forms: the matcher matches them only as written. */
  inflects?: false;
}

/** A question the internal FAQ must face, with the ways people ask it. */
export interface HardQuestion {
  id: string;
  /** The question as the critic asks it. */
  question: string;
  /**
   * Phrases that, found in an internal FAQ question, mean it asks this.
   * Matching is by meaning through paraphrase, never by one keyword alone.
   */
  paraphrases: string[];
  /** Phrases that disqualify a match ("too successful" is not a risk question). */
  notWhen?: string[];
  /** Core questions are expected in every internal FAQ; the rest are advice. */
  core: boolean;
  /**
   * Where a core question applies only to some projects: "commercial", not to
   * an open-source or one-person project; "other-offerings", only when the
   * company sells something else the new product could take from. Elsewhere
   * it is advice.
   */
  appliesWhen?: "commercial" | "other-offerings";
  /**
   * Statements that face the question without asking it ("a known
   * limitation", "not yet built"), found in an internal answer or a section
   * of its own: the team has answered it under another heading.
   */
  facedBy?: string[];
}
