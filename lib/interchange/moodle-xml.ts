// Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): every type Moodle has, with the
// fields its importer requires (name, questiontext, generalfeedback, defaultgrade, penalty,
// hidden, and each type's own). The source sentence is the general feedback; the explanation is
// the feedback on the right answer and the "correct" combined feedback. Export only.
import type { QuestionOf, QuestionType } from "@/lib/question-types";
import { said, type Said } from "./said";
import { countNotes, fileNameOf, plural, summaryOf, type Exporter } from "./types";

/** Text for an XML element or attribute. */
export const xml = (s: string) =>
  s
    // Characters XML 1.0 can't hold at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
/** Plain text as the HTML Moodle stores (line breaks kept), escaped for XML. */
const html = (s: string) => xml(s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>"));
const textEl = (tag: string, s: string, indent = "    ") => `${indent}<${tag} format="html"><text>${html(s)}</text></${tag}>`;
const answer = (fraction: number, text: string, feedback = "") =>
  [`    <answer fraction="${fraction}" format="html">`, `      <text>${html(text)}</text>`, `      <feedback format="html"><text>${html(feedback)}</text></feedback>`, "    </answer>"].join("\n");
const combined = (explanation: string) =>
  [textEl("correctfeedback", explanation), textEl("partiallycorrectfeedback", explanation), textEl("incorrectfeedback", ""), "    <shownumcorrect/>"].join("\n");
const fraction = (k: number) => Number((100 / k).toFixed(5));

type Xml = { type: string; prompt?: string; body: string[]; note?: Said };

const choice = (prompt: string, options: string[], right: number, explanation: string): Xml => ({
  type: "multichoice",
  body: [
    "    <single>true</single>",
    "    <shuffleanswers>true</shuffleanswers>",
    "    <answernumbering>abc</answernumbering>",
    combined(explanation),
    ...options.map((o, i) => answer(i === right ? 100 : 0, o, i === right ? explanation : "")),
  ],
  prompt,
});

/** How each type is written: a new type fails to compile until it has an entry. */
export const MOODLE_WRITERS: { [T in QuestionType]: (q: QuestionOf<T>) => Xml } = {
  single_choice: (q) => choice(q.prompt, q.options, q.answer, q.explanation),
  multiple_select: (q) => ({
    type: "multichoice",
    body: [
      "    <single>false</single>",
      "    <shuffleanswers>true</shuffleanswers>",
      "    <answernumbering>abc</answernumbering>",
      combined(q.explanation),
      ...q.options.map((o, i) => (q.answer.includes(i) ? answer(fraction(q.answer.length), o, q.explanation) : answer(-100, o))),
    ],
    note: said("multipleSelectWeights"),
  }),
  true_false: (q) => ({
    type: "truefalse",
    body: [answer(q.answer ? 100 : 0, "true", q.answer ? q.explanation : ""), answer(q.answer ? 0 : 100, "false", q.answer ? "" : q.explanation)],
  }),
  numeric: (q) => ({
    type: "numerical",
    // Moodle's units are graded or chosen; Factdeck's is only shown, so it goes into the text.
    prompt: q.answer.unit ? `${q.prompt} (answer in ${q.answer.unit})` : q.prompt,
    body: [
      [`    <answer fraction="100" format="moodle_auto_format">`, `      <text>${q.answer.value}</text>`, `      <feedback format="html"><text>${html(q.explanation)}</text></feedback>`, `      <tolerance>${q.answer.tolerance}</tolerance>`, "    </answer>"].join("\n"),
      "    <unitgradingtype>0</unitgradingtype>",
      "    <unitpenalty>0.1000000</unitpenalty>",
      "    <showunits>3</showunits>",
      "    <unitsleft>0</unitsleft>",
    ],
    ...(q.answer.unit ? { note: said("xmlUnits") } : {}),
  }),
  fill_blank: (q) => ({
    type: "shortanswer",
    body: ["    <usecase>0</usecase>", ...q.answer.accepted.map((a) => answer(100, a, q.explanation))],
  }),
  ordering: (q) => ({
    type: "ordering",
    body: [
      "    <layouttype>VERTICAL</layouttype>",
      "    <selecttype>ALL</selecttype>",
      "    <selectcount>0</selectcount>",
      "    <gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>",
      "    <showgrading>SHOW</showgrading>",
      "    <numberingstyle>none</numberingstyle>",
      combined(q.explanation),
      ...q.answer.map((item, k) => answer(k + 1, q.options[item] ?? "")),
    ],
    note: said("xmlOrdering"),
  }),
  matching: (q) => {
    const used = new Set(q.answer);
    const sub = (left: string, right: string) => [`    <subquestion format="html">`, `      <text>${html(left)}</text>`, `      <answer><text>${xml(right)}</text></answer>`, "    </subquestion>"].join("\n");
    return {
      type: "matching",
      body: [
        "    <shuffleanswers>true</shuffleanswers>",
        combined(q.explanation),
        ...q.prompts.map((p, i) => sub(p, q.options[q.answer[i] ?? -1] ?? "")),
        ...q.options.filter((_, i) => !used.has(i)).map((o) => sub("", o)),
      ],
    };
  },
  evidence: (q) => ({
    ...choice(q.prompt, q.passage.map((s) => s.sentence), q.answer, q.explanation),
    note: said("xmlEvidence"),
  }),
};

export const exportMoodleXml: Exporter = (questions, { title }) => {
  const notes: Said[] = [];
  const blocks = questions.map((q, i) => {
    const w = (MOODLE_WRITERS[q.type] as (q: QuestionOf<QuestionType>) => Xml)(q);
    if (w.note) notes.push(w.note);
    const name = `${i + 1}. ${q.prompt.replace(/\s+/g, " ").slice(0, 60)}`;
    return [
      `  <question type="${w.type}">`,
      `    <name><text>${xml(name)}</text></name>`,
      textEl("questiontext", w.prompt ?? q.prompt),
      textEl("generalfeedback", q.source.sentence),
      "    <defaultgrade>1.0000000</defaultgrade>",
      "    <penalty>0.3333333</penalty>",
      "    <hidden>0</hidden>",
      "    <idnumber></idnumber>",
      ...w.body,
      "  </question>",
    ].join("\n");
  });
  const { summary, said: saidLines } = summaryOf([said("xmlFeedback"), ...countNotes(notes)]);
  const category = ['  <question type="category">', `    <category><text>$course$/top/${xml(title.replace(/\//g, "-"))}</text></category>`, "  </question>"].join("\n");
  return {
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${xml(title).replace(/--/g, "- -")}: ${plural(questions.length, "question")} exported from Factdeck -->\n<quiz>\n${[category, ...blocks].join("\n")}\n</quiz>\n`,
    fileName: fileNameOf(title, "xml"),
    contentType: "application/xml; charset=utf-8",
    exported: questions.length,
    summary,
    said: saidLines,
  };
};
