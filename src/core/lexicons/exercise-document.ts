import type { PhraseLexicon } from "./types";

/**
 * A PR/FAQ written as an exercise rather than to decide a build: for a course,
 * a hackathon's judges, a learning project, or as a parody. Its customers,
 * quotes and numbers are imagined by design.
 */
export const exerciseDocument: PhraseLexicon = {
  name: "exercise-document",
  description: "Signs that the PR/FAQ is an exercise: a course or class project, a hackathon entry for judges, a learning project, a parody.",
  inflects: false,
  entries: [
    "parody", "a satire", "learning project", "learning exercise", "learning projects", "course project", "class project",
    "capstone project", "capstone", "coursework", "homework assignment", "course assignment", "class assignment", "school project",
    "rubric item", "rubric criteria", "rubric criterion", "the judging criteria", "for the judges", "hackathon entry",
    "hackathon submission", "hackathon project", "hackathon pitch", "our hackathon", "this hackathon", "writing exercise", "practice exercise",
    "re:\\bwin (?:the )?challenge \\d+\\b",
    "re:\\b(?:written|prepared|submitted) (?:for|as) (?:a|an|the|my|our) (?:course|class|module|bootcamp|workshop|assignment|hackathon|competition)\\b",
  ],
};
