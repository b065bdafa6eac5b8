// Public surface of the grading library: pure functions, safe to import on the server and in
// tests. Grading runs on the server only; see lib/grading/types.ts on what may be shown.
export { parseResponse, MESSAGES } from "./parse-response";
export { grade } from "./grade";
export { gradeAttempt, NO_RESPONSE_MESSAGE } from "./grade-attempt";
export { correctResponse } from "./correct-response";
export { parseNumber, parseNumberParts } from "./parse-number";
export { numericFormatHint, readNumericResponse, isWithinTolerance } from "./numeric";
export { normaliseText, matchesAccepted } from "./normalise-text";
export type { AttemptGrade, GradeDetail, GradeResult, ParseResult, QuestionOutcome } from "./types";
