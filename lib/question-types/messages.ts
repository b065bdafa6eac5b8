// What a student reads when a response can't be taken: how to answer, never what the answer is.
export const MESSAGES = {
  singleChoice: "Choose one of the options.",
  multipleSelect: "Choose one or more of the options.",
  multipleSelectEmpty: "Choose at least one option.",
  multipleSelectDuplicate: "Choose each option only once.",
  trueFalse: "Choose true or false.",
  fillBlank: "Type your answer in the blank.",
  fillBlankTooLong: "Keep your answer under 200 characters.",
  fillBlankNoWords: "Type a word or number in the blank.",
  ordering: "Put all the items in order, using each item once.",
  matching: "Match each item to one of the choices.",
  matchingDuplicate: "Use each choice for only one item.",
  evidence: "Choose the sentence that supports the claim.",
  unknownQuestion: "This question cannot be answered right now.",
} as const;

/** A stored answer nobody gave, as a person reads it. */
export const NO_ANSWER = "No answer";
