// Checks that a question's answer key is backed by the article, used by the tests on every
// article (hand-built facts, the seed, the fixtures). Returns the problems found, if any.
import type { Question } from "../../question-types";
import { displayDate } from "./date-wording";
import { literalOf, mentionsNumber } from "./numbers";
import { mentions, normalise } from "./text";

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const numberIn = (sentence: string, value: number) =>
  mentionsNumber(sentence, String(value)) ||
  mentionsNumber(sentence, value.toLocaleString("en-US")) ||
  (WORDS[value] !== undefined && new RegExp(`\\b${WORDS[value]}\\b`, "i").test(sentence));

const unclip = (s: string) => s.replace(/^…|…$/g, "").trim();

/** Names may be shortened in the sentence ("Lee added"): any distinctive word is enough. */
function backed(sentence: string, answer: string): boolean {
  const a = unclip(answer);
  if (mentions(sentence, a)) return true;
  // A date shown with its months in full, a "between … and …" span as "… to …".
  const dated = sentence.replace(/\bbetween\s+([^,;]{0,30}?\d)\s+and\s+/gi, "$1 to ");
  if (/\d/.test(a) && mentions(displayDate(dated), a)) return true;
  const lit = literalOf(a);
  if (lit && /^[\d$€£¥.,\s%-]|percent|points|billion|million/.test(a)) return mentionsNumber(sentence, lit) || numberIn(sentence, Number(lit));
  return normalise(a)
    .split(" ")
    .some((w) => w.length >= 3 && mentions(sentence, w) && /^[A-Z]/.test(a));
}

/** The right answer as keyed, in words a test can search ("77.2 $77.2 billion"). */
export function keyedText(q: Question): string {
  switch (q.type) {
    case "numeric":
      return `${q.answer.value} ${q.answerText}`;
    case "fill_blank":
      return `${q.answer.accepted.join(" ")} ${q.answerText}`;
    case "single_choice":
    case "multiple_select":
    case "true_false":
    case "ordering":
    case "matching":
    case "evidence":
      return q.answerText;
  }
}

export function answerProblems(q: Question, text: string): string[] {
  const problems: string[] = [];
  const s = q.source.sentence;
  if (text.slice(q.source.start, q.source.end) !== s) problems.push("source offsets do not slice the sentence");
  const optionChecks = (options: string[], answers: number[]) => {
    if (new Set(options.map(normalise)).size !== options.length) problems.push("options not distinct");
    options.forEach((o, i) => {
      if (!answers.includes(i) && mentions(q.prompt, o)) problems.push(`distractor in stem: ${o}`);
    });
    for (const i of answers) {
      const o = options[i];
      if (o === undefined) problems.push("answer index out of range");
      else if (mentions(q.prompt, o)) problems.push(`answer in stem: ${o}`);
    }
  };
  switch (q.type) {
    case "single_choice": {
      optionChecks(q.options, [q.answer]);
      const o = q.options[q.answer] ?? "";
      if (!backed(s, o)) problems.push(`answer not in source: ${o}`);
      if (normalise(o) !== normalise(q.answerText)) problems.push("answerText differs from the keyed option");
      break;
    }
    case "multiple_select":
      optionChecks(q.options, q.answer);
      for (const i of q.answer) if (!backed(s, q.options[i] ?? "")) problems.push(`member not in source: ${q.options[i]}`);
      break;
    case "numeric":
      if (!numberIn(s, q.answer.value))
        problems.push(`number not in source: ${q.answer.value}`);
      break;
    case "fill_blank":
      if (!q.answer.accepted.some((a) => backed(s, a))) problems.push(`blank answer not in source: ${q.answer.accepted[0]}`);
      if (q.prompt.split("____").length !== 2) problems.push("needs exactly one blank");
      break;
    case "true_false":
      break;
    case "ordering":
      if (new Set(q.options.map(normalise)).size !== q.options.length) problems.push("items not distinct");
      break;
    case "matching":
      if (new Set(q.options.map(normalise)).size !== q.options.length) problems.push("choices not distinct");
      q.prompts.forEach((p, i) => {
        const o = q.options[q.answer[i] ?? -1];
        if (o === undefined) problems.push("unmatched prompt");
        else if (!backed(text, unclip(p).slice(0, 60)) || !backed(text, o)) problems.push(`pair not in article: ${p} → ${o}`);
      });
      break;
    case "evidence":
      q.passage.forEach((p, i) => {
        if (text.slice(p.start, p.end) !== p.sentence) problems.push(`passage sentence ${i + 1} does not slice the article`);
      });
      if (q.passage[q.answer]?.start !== q.source.start) problems.push("the keyed sentence is not the source");
      break;

  }
  return problems;
}
