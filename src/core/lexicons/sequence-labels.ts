/**
 * Nouns that number a step in a plan or a part of a document ("Sprint 4",
 * "Phase 2", "Question 7"). The number after one is a name, not a quantity,
 * even at the start of a line, where a capitalised word proves nothing.
 */
export const sequenceLabels: readonly string[] = [
  "sprint", "phase", "step", "stage", "layer", "level", "tier", "version", "release", "milestone",
  "wave", "round", "gate", "spike", "item", "part", "section", "chapter", "page", "figure", "table",
  "appendix", "question", "option", "scenario", "slide", "day", "week", "month", "quarter", "epic", "iteration",
];
