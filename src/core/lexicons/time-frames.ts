import type { PhraseLexicon } from "./types";

/** When a target must be met: a metric without one can never be missed. */
export const timeFrames: PhraseLexicon = {
  name: "time-frames",
  description: "Deadlines and periods that give a target its time frame (\"by March 2028\", \"within six months\").",
  entries: [
    "re:\\b(?:by|before|until|till|through|from|in|during|after|at the end of|end of|by the end of)\\s+(?:(?:early|mid|late|the end of)[- ])?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|spring|summer|autumn|fall|winter|fy\\s?\\d{2,4}|\\d{4})\\b",
    "re:\\b(?:within|in|after|over|for|during|across|inside|by)\\s+(?:the\\s+)?(?:first|next|initial|coming|following|last|\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty|ninety)?\\s*(?:full\\s+|calendar\\s+|school\\s+|financial\\s+|fiscal\\s+)?(?:days?|weeks?|months?|quarters?|years?|semesters?|terms?|seasons?|sprints?|school years?)\\b",
    "re:\\b(?:per|each|every|a|an)\\s+(?:day|week|month|quarter|year|season|term|semester|shift)\\b",
    "re:\\b(?:daily|weekly|monthly|quarterly|yearly|annually|annual)\\b",
    "re:\\b(?:by|before|at|after|from|until)\\s+(?:launch|go-live|general availability|ga|the pilot|the end of the pilot|the end of the trial|the next review|the review)\\b",
    "re:\\b(?:\\d{1,3}|thirty|sixty|ninety)[- ]day\\b",
    "re:\\b(?:first|next|initial|coming)\\s+(?:\\d+|two|three|four|five|six|nine|twelve|eighteen|twenty-four)\\s+(?:days?|weeks?|months?|quarters?|years?)\\b",
    "re:\\b(?:year|month|week|quarter) (?:one|two|three|1|2|3)\\b",
    "re:\\b(?:19|20)\\d{2}(?:[–-](?:19|20)?\\d{2})?\\b",
    "re:\\b(?:this|next|the) (?:year|quarter|month|season|school year|financial year|fiscal year)\\b",
    "re:\\b(?:after|within|over) (?:the )?(?:pilot|trial|beta|launch)\\b",
  ],
};
