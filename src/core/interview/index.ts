export { interviewScript, scriptFields, answerGroups, hardQuestionFieldId, customerQuestionFieldId, CUSTOMER_QUESTIONS, INTERVIEW_FORMATS, type InterviewFormat, type InterviewField, type InterviewStep, type StepId, type Placement, type NumberCheck } from "./script";
export { answersFromData, emptyAnswers, answerOf, matchHardQuestion, type InterviewAnswers, type Pushback, type ExtraQuestion, type AnswersFromData } from "./answers";
export { renderDraft, OPEN_MARK, type Draft, type OpenQuestion, type RenderOptions, type TextRange } from "./render";
export { checkAnswer, checkAnswers, answerNonInteractively, type AnswerCheck, type InterviewRun } from "./check";
