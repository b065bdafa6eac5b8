// One realistic question per type for the grading tests, checked against the contract so a
// schema change that breaks them fails loudly here rather than in a confusing assertion.
import { questionSchema, type Question, type QuestionOf, type QuestionType } from "@/lib/question-types";

const common = {
  answerText: "See the source sentence.",
  explanation: "The article states it directly.",
  difficulty: 0.5,
  source: { sentence: "A sentence from the article.", start: 0, end: 28 },
  factIds: [],
};

function make<T extends QuestionType>(q: Omit<QuestionOf<T>, keyof typeof common> & Partial<typeof common>): QuestionOf<T> {
  return questionSchema.parse({ ...common, ...q }) as QuestionOf<T>;
}

export const singleChoice = make<"single_choice">({
  id: "q-single",
  type: "single_choice",
  prompt: "Which city hosted the summit?",
  options: ["Seoul", "Busan", "Incheon", "Daegu"],
  answer: 1,
});

export const multipleSelect = make<"multiple_select">({
  id: "q-multi",
  type: "multiple_select",
  prompt: "Which countries signed the accord?",
  options: ["Korea", "Japan", "China", "Chile", "Peru"],
  answer: [0, 2, 3],
});

export const trueFalse = make<"true_false">({
  id: "q-tf",
  type: "true_false",
  prompt: "The vote was unanimous.",
  answer: false,
});

export const numericPercent = make<"numeric">({
  id: "q-num",
  type: "numeric",
  prompt: "What share of voters turned out?",
  answer: { value: 62.4, tolerance: 0.05, unit: "%" },
});

export const numericBillions = make<"numeric">({
  id: "q-num-bn",
  type: "numeric",
  prompt: "How large was the budget?",
  answer: { value: 77.2, tolerance: 0.1, unit: "billion USD" },
});

export const numericCount = make<"numeric">({
  id: "q-num-count",
  type: "numeric",
  prompt: "How many people attended?",
  answer: { value: 1000, tolerance: 0 },
});

export const fillBlank = make<"fill_blank">({
  id: "q-fill",
  type: "fill_blank",
  prompt: "The accord was drafted by ____ officials.",
  answer: { accepted: ["the European Union", "EU"] },
});

export const fillBlankNumber = make<"fill_blank">({
  id: "q-fill-num",
  type: "fill_blank",
  prompt: "Turnout reached ____ in the capital.",
  answer: { accepted: ["62.4%"] },
});

export const ordering = make<"ordering">({
  id: "q-order",
  type: "ordering",
  prompt: "Put the events in the order they happened.",
  options: ["Vote", "Campaign", "Result", "Inauguration", "Debate"],
  // Campaign, Debate, Vote, Result, Inauguration
  answer: [1, 4, 0, 2, 3],
});

export const matching = make<"matching">({
  id: "q-match",
  type: "matching",
  prompt: "Match each acronym to its organisation.",
  prompts: ["UN", "WHO", "IMF"],
  options: ["International Monetary Fund", "United Nations", "World Health Organization", "World Bank"],
  answer: [1, 2, 0],
});

// A passage written for the tests: sentences joined by one space, offsets into that text.
const PASSAGE = [
  "The harbour town of Marrow Bay elected a new council on Saturday.",
  "Turnout was higher than at any vote since the ferry line opened.",
  "The fishing cooperative won four of the nine seats.",
  "Its leader promised to rebuild the north pier within two years.",
];
export const passageText = PASSAGE.join(" ");
const passage = PASSAGE.map((sentence) => {
  const start = passageText.indexOf(sentence);
  return { sentence, start, end: start + sentence.length };
});

export const evidence = make<"evidence">({
  id: "q-evidence",
  type: "evidence",
  prompt: "Which sentence answers this question? How many seats did the cooperative win?",
  passage,
  answer: 2,
  answerText: PASSAGE[2]!,
  source: passage[2]!,
});

export const allQuestions: Question[] = [
  singleChoice,
  multipleSelect,
  trueFalse,
  numericPercent,
  numericBillions,
  numericCount,
  fillBlank,
  fillBlankNumber,
  ordering,
  matching,
  evidence,
];
