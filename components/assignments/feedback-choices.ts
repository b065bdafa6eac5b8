// When students see feedback: the choices of the assignment forms (new and edit).
export const FEEDBACK_CHOICES = [
  { value: "after_submit", title: "After submitting", text: "Right or wrong, the answer and its source sentence, once the quiz is handed in." },
  { value: "immediate", title: "After each question", text: "Students check each answer as they go; a checked answer is locked." },
  { value: "after_due", title: "After the due date", text: "The score once handed in; answers and sources only after the due date, so they can't be shared. Needs a due date." },
] as const;

export const FEEDBACK_LABELS: Record<string, string> = {
  immediate: "Feedback after each question",
  after_submit: "Feedback after submitting",
  after_due: "Feedback after the due date",
};

/** "Feedback after submitting" in the page's language: `t` of a namespace with `feedback.<mode>` (its own words if unknown). */
export function feedbackLabel(t: (key: string) => string, mode: string): string {
  return mode in FEEDBACK_LABELS ? t(`feedback.${mode}`) : mode;
}
