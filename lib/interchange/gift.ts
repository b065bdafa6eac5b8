// GIFT, Moodle's text format for questions (https://docs.moodle.org/en/GIFT_format).
//
// Export: one question per paragraph, each answer on its own line, the source sentence as the
// general feedback (`####`), the explanation as the correct answer's feedback where GIFT has one.
// Import: our own reader (line numbers in every error), mapping GIFT's kinds to Factdeck's types:
// one `=` among `~` → single choice; `~%50%` weights → multiple select; T/F → true or false;
// `{#…}` → numeric; only `=` answers → fill in the blank; `a -> b` → matching.
import type { QuestionOf, QuestionType } from "@/lib/question-types";
import { draftOf, linesOf, NO_EXPLANATION } from "./common";
import { said, type Said } from "./said";
import { countNotes, fileNameOf, lineError, plural, summaryOf, type Exporter, type LineError, type ParsedQuestion, type ParseResult } from "./types";

// ---------------------------------------------------------------------------------------------
// Export

/** GIFT's special characters escaped (`~ = # { } :` and the backslash), newlines as `\n`. */
export function escapeGift(s: string): string {
  return s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/** Moodle's weight for one of k right answers (100/k, to 5 decimals as Moodle lists them). */
const weight = (k: number) => String(Number((100 / k).toFixed(5)));

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

type GiftParts = { before: string; answers: string[]; after?: string; note?: Said };

/** How each type is written in GIFT: a new type fails to compile until it has an entry. */
export const GIFT_WRITERS: { [T in QuestionType]: (q: QuestionOf<T>) => GiftParts } = {
  single_choice: (q) => ({
    before: q.prompt,
    answers: q.options.map((o, i) => (i === q.answer ? `=${escapeGift(o)}#${escapeGift(q.explanation)}` : `~${escapeGift(o)}`)),
  }),
  multiple_select: (q) => {
    const w = weight(q.answer.length);
    let explained = false;
    return {
      before: q.prompt,
      answers: q.options.map((o, i) => {
        if (!q.answer.includes(i)) return `~%-100%${escapeGift(o)}`;
        const feedback = explained ? "" : `#${escapeGift(q.explanation)}`;
        explained = true;
        return `~%${w}%${escapeGift(o)}${feedback}`;
      }),
      note: said("multipleSelectWeights"),
    };
  },
  true_false: (q) => ({ before: q.prompt, answers: [`${q.answer ? "TRUE" : "FALSE"}#${escapeGift(q.explanation)}#${escapeGift(q.explanation)}`] }),
  numeric: (q) => ({
    before: q.prompt,
    answers: [`#=${q.answer.value}:${q.answer.tolerance}#${escapeGift(q.explanation)}`],
    ...(q.answer.unit ? { note: said("giftNoUnits") } : {}),
  }),
  fill_blank: (q) => {
    const at = q.prompt.indexOf("____");
    const [first, ...rest] = q.answer.accepted;
    return {
      before: q.prompt.slice(0, at),
      after: q.prompt.slice(at + 4),
      answers: [`=${escapeGift(first ?? "")}#${escapeGift(q.explanation)}`, ...rest.map((a) => `=${escapeGift(a)}`)],
    };
  },
  ordering: (q) => ({
    before: q.prompt,
    answers: q.answer.map((item, k) => `=${escapeGift(q.options[item] ?? "")} -> ${ordinal(k + 1)}`),
    note: said("giftOrdering"),
  }),
  matching: (q) => {
    const used = new Set(q.answer);
    return {
      before: q.prompt,
      answers: [
        ...q.prompts.map((p, i) => `=${escapeGift(p)} -> ${escapeGift(q.options[q.answer[i] ?? -1] ?? "")}`),
        ...q.options.filter((_, i) => !used.has(i)).map((o) => `= -> ${escapeGift(o)}`),
      ],
      note: said("giftMatching"),
    };
  },
  evidence: (q) => ({
    before: q.prompt,
    answers: q.passage.map((s, i) => (i === q.answer ? `=${escapeGift(s.sentence)}#${escapeGift(q.explanation)}` : `~${escapeGift(s.sentence)}`)),
    note: said("giftEvidence"),
  }),
};

function giftQuestion<T extends QuestionType>(q: QuestionOf<T>): { text: string; note?: Said } {
  const parts = (GIFT_WRITERS[q.type] as (q: QuestionOf<T>) => GiftParts)(q);
  const answers = [...parts.answers, `####${escapeGift(q.source.sentence)}`].map((a) => `  ${a}`).join("\n");
  const after = parts.after ? escapeGift(parts.after) : "";
  return { text: `${escapeGift(parts.before)}{\n${answers}\n}${after}`, note: parts.note };
}

export const exportGift: Exporter = (questions, { title }) => {
  const written = questions.map((q) => giftQuestion(q));
  const { summary, said: saidLines } = summaryOf([said("giftFeedback"), ...countNotes(written.flatMap((w) => (w.note ? [w.note] : [])))]);
  const header = [`// ${title.replace(/\r?\n/g, " ")}: ${plural(questions.length, "question")} exported from Factdeck`, ...summary.map((s) => `// ${s}`), `$CATEGORY: ${title.replace(/\s+/g, " ").replace(/\//g, "-")}`];
  return {
    body: `${[header.join("\n"), ...written.map((w) => w.text)].join("\n\n")}\n`,
    fileName: fileNameOf(title, "gift.txt"),
    contentType: "text/plain; charset=utf-8",
    exported: questions.length,
    summary,
    said: saidLines,
  };
};

// ---------------------------------------------------------------------------------------------
// Import

/** One character of the source after escapes: `\~` is a literal `~`, `\n` a newline. */
type Unit = { c: string; esc: boolean; line: number };

function scan(lines: { text: string; line: number }[]): Unit[] {
  const units: Unit[] = [];
  lines.forEach(({ text, line }, li) => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (c === "\\" && i + 1 < text.length) {
        const next = text[i + 1]!;
        units.push({ c: next === "n" ? "\n" : next, esc: true, line });
        i++;
      } else units.push({ c, esc: false, line });
    }
    if (li < lines.length - 1) units.push({ c: "\n", esc: false, line });
  });
  return units;
}

const textOf = (us: Unit[]) => us.map((u) => u.c).join("");
const isMark = (u: Unit | undefined, c: string) => u !== undefined && !u.esc && u.c === c;
const indexOfMark = (us: Unit[], c: string, from = 0) => {
  for (let i = from; i < us.length; i++) if (isMark(us[i], c)) return i;
  return -1;
};
/** Index of an unescaped run (e.g. "####", "->") at or after `from`. */
function indexOfRun(us: Unit[], run: string, from = 0): number {
  outer: for (let i = from; i <= us.length - run.length; i++) {
    for (let k = 0; k < run.length; k++) if (!isMark(us[i + k], run[k]!)) continue outer;
    return i;
  }
  return -1;
}
/** Raw newlines in a paragraph join its lines with a space (an escaped `\n` is a real line break). */
const RAW_BREAK = "\u0001";
const joinLines = (us: Unit[]) =>
  us
    .map((u) => (u.c === "\n" && !u.esc ? RAW_BREAK : u.c))
    .join("")
    .replace(/[ \t]*\u0001[ \t]*/g, " ");
const clean = (us: Unit[]) => joinLines(us).trim();

/** HTML a Moodle export may carry (`[html]` questions): tags dropped, common entities read. */
const stripHtml = (s: string) =>
  s
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

type Answer = { mark: "=" | "~"; weight: number | null; text: string; feedback: string; line: number; units: Unit[] };

/** Splits an answer block into its `=`/`~` answers; text before the first marker is an error. */
function readAnswers(body: Unit[], errors: LineError[]): Answer[] | null {
  const starts: number[] = [];
  for (let i = 0; i < body.length; i++) if (isMark(body[i], "=") || isMark(body[i], "~")) starts.push(i);
  // A line of the block that starts with something else than an answer or its feedback.
  let bad = false;
  let lineStart = true;
  for (let i = 0; i < body.length; i++) {
    const u = body[i]!;
    if (u.c === "\n" && !u.esc) {
      lineStart = true;
      continue;
    }
    if (lineStart && !/\s/.test(u.c)) {
      if (!(isMark(u, "=") || isMark(u, "~") || isMark(u, "#"))) {
        // Text continuing the previous answer on the next line is allowed only inside one.
        const inside = starts.some((s) => s < i);
        if (!inside) {
          errors.push(lineError(u.line, "answerLineFound", { found: textOf(body.slice(i, i + 20)).split("\n")[0]! }));
          bad = true;
        }
      }
      lineStart = false;
    }
  }
  if (bad) return null;
  return starts.map((s, k) => {
    const units = body.slice(s + 1, starts[k + 1] ?? body.length);
    let rest = units;
    let w: number | null = null;
    if (isMark(rest[0], "%")) {
      const close = indexOfMark(rest, "%", 1);
      const n = close > 0 ? Number(textOf(rest.slice(1, close))) : Number.NaN;
      if (close > 0 && Number.isFinite(n)) {
        w = n;
        rest = rest.slice(close + 1);
      }
    }
    const hash = indexOfMark(rest, "#");
    return {
      mark: body[s]!.c as "=" | "~",
      weight: w,
      text: clean(hash >= 0 ? rest.slice(0, hash) : rest),
      feedback: hash >= 0 ? clean(rest.slice(hash + 1)) : "",
      line: body[s]!.line,
      units: hash >= 0 ? rest.slice(0, hash) : rest,
    };
  });
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** `12.5:0.5`, `1..5` or `12.5`: a value and its tolerance. */
function readNumber(s: string): { value: number; tolerance: number; range?: string } | null {
  const t = s.trim();
  const range = t.split("..");
  if (range.length === 2 && NUMBER.test(range[0]!.trim()) && NUMBER.test(range[1]!.trim())) {
    const lo = Number(range[0]);
    const hi = Number(range[1]);
    if (lo > hi) return null;
    return { value: (lo + hi) / 2, tolerance: (hi - lo) / 2, range: t };
  }
  const [v, tol, ...extra] = t.split(":");
  if (extra.length || !v || !NUMBER.test(v.trim()) || (tol !== undefined && !NUMBER.test(tol.trim()))) return null;
  return { value: Number(v), tolerance: tol === undefined ? 0 : Math.abs(Number(tol)) };
}

type Paragraph = { lines: { text: string; line: number }[]; category?: string };

/** Paragraphs (questions) of a GIFT file: blank lines separate them, `//` lines are comments. */
function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let category: string | undefined;
  let depth = 0;
  linesOf(text).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed.startsWith("//")) return;
    if (depth === 0 && trimmed === "") {
      current = null;
      return;
    }
    if (depth === 0 && !current && /^\$CATEGORY:/i.test(trimmed)) {
      category = trimmed.replace(/^\$CATEGORY:/i, "").trim().replace(/^\$(course|system|module)\$\//, "").replace(/\\(.)/g, "$1") || undefined;
      return;
    }
    if (!current) {
      current = { lines: [], ...(category ? { category } : {}) };
      out.push(current);
    }
    current.lines.push({ text: raw, line });
    // Blank lines inside an open answer block don't end the question.
    for (let k = 0; k < raw.length; k++) {
      if (raw[k] === "\\") k++;
      else if (raw[k] === "{") depth++;
      else if (raw[k] === "}") depth = Math.max(0, depth - 1);
    }
  });
  return out;
}

/** Reads a GIFT file into drafts, with an error (and its line) for every question it can't read. */
export function parseGift(text: string): ParseResult {
  const questions: ParsedQuestion[] = [];
  const errors: LineError[] = [];
  for (const p of paragraphs(text)) {
    const first = p.lines[0]!.line;
    let us = scan(p.lines);
    // Title.
    let start = 0;
    while (start < us.length && /\s/.test(us[start]!.c)) start++;
    if (isMark(us[start], ":") && isMark(us[start + 1], ":")) {
      const end = indexOfRun(us, "::", start + 2);
      if (end < 0) {
        errors.push(lineError(first, "titleUnclosed"));
        continue;
      }
      us = us.slice(end + 2);
    }
    let format = "moodle";
    const head = textOf(us).match(/^\s*\[(html|moodle|plain|markdown)\]/);
    if (head) {
      format = head[1]!;
      us = us.slice(head[0].length);
    }
    const open = indexOfMark(us, "{");
    if (open < 0) {
      errors.push(lineError(first, "noAnswerBlock"));
      continue;
    }
    const close = indexOfMark(us, "}", open + 1);
    if (close < 0) {
      errors.push(lineError(us[open]!.line, "blockUnclosed"));
      continue;
    }
    if (indexOfMark(us, "{", close + 1) >= 0) {
      errors.push(lineError(us[indexOfMark(us, "{", close + 1)]!.line, "secondBlock"));
      continue;
    }
    const txt = (u: Unit[]) => (format === "html" ? stripHtml(clean(u)) : clean(u));
    const before = txt(us.slice(0, open));
    const after = txt(us.slice(close + 1));
    let inner = us.slice(open + 1, close);
    const general = indexOfRun(inner, "####");
    const sourceText = general >= 0 ? txt(inner.slice(general + 4)) : "";
    if (general >= 0) inner = inner.slice(0, general);
    const notes: Said[] = [];
    if (format === "html") notes.push(said("htmlRemoved"));
    const base = { line: first, source: sourceText ? { sentence: sourceText } : null, notes, ...(p.category ? { category: p.category } : {}) };
    const stem = [before, after].filter(Boolean).join(" ");
    const body = textOf(inner).trim();
    const blockLine = us[open]!.line;

    if (body === "") {
      errors.push(lineError(blockLine, "essay"));
      continue;
    }
    if (/^(T|TRUE|F|FALSE)\s*(#|$)/i.test(body)) {
      const truth = /^T/i.test(body);
      const feedback: string[] = [];
      for (let at = indexOfMark(inner, "#"); at >= 0; ) {
        const next = indexOfMark(inner, "#", at + 1);
        feedback.push(clean(inner.slice(at + 1, next >= 0 ? next : inner.length)));
        at = next;
      }
      questions.push({ ...base, draft: draftOf("true_false", { prompt: stem, truth, explanation: feedback.find(Boolean) ?? "" }) });
      continue;
    }
    if (body.startsWith("#")) {
      const start = indexOfMark(inner, "#");
      const rest = inner.slice(start + 1);
      const restText = textOf(rest).trim();
      // `#=12:1#fb =%50%12:3`: several answers, the one with full marks is the key.
      const items = restText.startsWith("=") ? (readAnswers(rest, errors) ?? []) : [{ mark: "=" as const, weight: null, text: clean(rest.slice(0, indexOfMark(rest, "#") >= 0 ? indexOfMark(rest, "#") : rest.length)), feedback: indexOfMark(rest, "#") >= 0 ? clean(rest.slice(indexOfMark(rest, "#") + 1)) : "", line: blockLine, units: rest }];
      const key = items.find((a) => a.weight === null || a.weight === 100);
      const n = key ? readNumber(key.text) : null;
      if (!key || !n) {
        errors.push(lineError(key?.line ?? blockLine, "numericFormat", { found: key?.text ?? restText }));
        continue;
      }
      if (n.range) notes.push(said("rangeRead", { range: n.range, value: String(n.value), tolerance: String(n.tolerance) }));
      if (items.length > 1) notes.push(said("fullMarksOnly"));
      questions.push({ ...base, draft: draftOf("numeric", { prompt: stem, value: String(n.value), tolerance: String(n.tolerance), unit: "", explanation: key.feedback }) });
      continue;
    }
    const answers = readAnswers(inner, errors);
    if (!answers) continue;
    if (answers.length === 0) {
      errors.push(lineError(blockLine, "answerLine"));
      continue;
    }
    if (answers.some((a) => indexOfRun(a.units, "->") >= 0)) {
      const pairs = answers.map((a) => {
        const at = indexOfRun(a.units, "->");
        return { left: at >= 0 ? clean(a.units.slice(0, at)) : "", right: at >= 0 ? clean(a.units.slice(at + 2)) : "", ok: at >= 0 && a.mark === "=", line: a.line };
      });
      const broken = pairs.find((x) => !x.ok || x.right === "");
      if (broken) {
        errors.push(lineError(broken.line, "matchingForm"));
        continue;
      }
      notes.push(...(answers.some((a) => a.feedback) ? [said("matchingNoFeedback")] : []));
      questions.push({
        ...base,
        draft: draftOf("matching", {
          prompt: stem,
          pairs: pairs.filter((x) => x.left).map(({ left, right }) => ({ left, right })),
          extras: pairs.filter((x) => !x.left).map((x) => x.right),
        }),
      });
      continue;
    }
    const weighted = answers.some((a) => a.weight !== null);
    const rights = answers.filter((a) => (weighted ? (a.weight ?? (a.mark === "=" ? 100 : 0)) > 0 : a.mark === "="));
    const explanation = rights.find((a) => a.feedback)?.feedback ?? "";
    if (!answers.some((a) => a.mark === "~")) {
      // Only `=` answers: a short answer, with its blank where the block stands.
      questions.push({ ...base, draft: draftOf("fill_blank", { prompt: blankIn(us, open, close, format), accepted: answers.map((a) => a.text), explanation }) });
      continue;
    }
    if (rights.length === 0) {
      errors.push(lineError(blockLine, "noRight"));
      continue;
    }
    if (!weighted && rights.length > 1) {
      errors.push(lineError(rights[1]!.line, "twoEquals"));
      continue;
    }
    const options = answers.map((a) => a.text);
    const correct = answers.flatMap((a, i) => (rights.includes(a) ? [i] : []));
    const type = weighted ? "multiple_select" : "single_choice";
    if (weighted && rights.length === 1 && answers.length < 3) notes.push(said("weightedOne"));
    questions.push({ ...base, draft: draftOf(type, { prompt: stem, options, correct, explanation }) });
  }
  for (const q of questions) {
    if (q.draft.explanation) continue;
    q.notes.push(said("noExplanation"));
    q.draft.explanation = NO_EXPLANATION;
  }
  return { questions, errors };
}

/** The prompt of a short answer: the text around the block with "____" where the block was. */
function blankIn(us: Unit[], open: number, close: number, format: string): string {
  const strip = (s: string) => (format === "html" ? stripHtml(s) : s);
  return `${strip(joinLines(us.slice(0, open)))}____${strip(joinLines(us.slice(close + 1)))}`.trim();
}
