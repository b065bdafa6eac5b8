// From a file to validated questions: parse with the format's reader, then build every draft
// with the editor's own buildQuestion (lib/questions/draft.ts), so an imported question meets
// exactly the rules an edited one does. Pure: the server action stores what this accepts.
import { buildQuestion } from "@/lib/questions/draft";
import { moduleOf, type Question } from "@/lib/question-types";
import { MAX_IMPORT_QUESTIONS, NO_SOURCE, refuseFile } from "./common";
import { PARSERS } from "./index";
import { said, type Said } from "./said";
import { lineError, type ImportFormat, type LineError, type ParsedQuestion } from "./types";

export type PreviewQuestion = { line: number; question: Question; notes: Said[]; category?: string };
export type ImportPreview = { questions: PreviewQuestion[]; errors: LineError[] };

/** Where a source sentence sits in the linked article's text (or in itself, with no article). */
function sourceOf(p: ParsedQuestion, articleText: string | null, notes: Said[]): Question["source"] {
  if (!p.source) {
    notes.push(said("noSourceInFile"));
    return { sentence: NO_SOURCE, start: 0, end: NO_SOURCE.length };
  }
  const { sentence } = p.source;
  if (articleText !== null) {
    const at = articleText.indexOf(sentence);
    if (at >= 0) return { sentence, start: at, end: at + sentence.length };
    notes.push(said("sourceNotInArticle"));
  }
  if (p.source.start !== undefined && p.source.end !== undefined && p.source.end > p.source.start) return { sentence, start: p.source.start, end: p.source.end };
  return { sentence, start: 0, end: sentence.length };
}

let counter = 0;
const newId = () => `i-${globalThis.crypto?.randomUUID?.().slice(0, 12) ?? `${Date.now().toString(36)}${(counter++).toString(36)}`}`;

/**
 * Reads and validates a whole file; `articleText` is the linked article's text, if one was picked.
 * `say` puts the editor's English messages (why a question can't be imported) into the teacher's
 * language (lib/i18n/action-messages.ts messageTranslator); as they are by default.
 */
export function previewImport(
  text: string,
  format: ImportFormat,
  { bytes = new TextEncoder().encode(text).length, articleText = null as string | null, say = (message: string) => message } = {},
): ImportPreview {
  const refused = refuseFile(text, bytes);
  if (refused) return { questions: [], errors: [lineError(1, refused.code, refused.values)] };
  const parsed = PARSERS[format](text);
  const errors = [...parsed.errors];
  const questions: PreviewQuestion[] = [];
  for (const p of parsed.questions) {
    const notes = [...p.notes];
    const source = sourceOf(p, articleText, notes);
    const built = buildQuestion(p.draft, { id: newId(), difficulty: moduleOf(p.draft.type).baseDifficulty, source, factIds: [], ...(p.passage ? { passage: p.passage } : {}) });
    if (!built.ok) {
      const messages = [...new Set(Object.values(built.fieldErrors).flat())].map(say);
      errors.push(lineError(p.line, "invalid", { detail: messages.join(" ") }));
      continue;
    }
    questions.push({ line: p.line, question: built.question, notes, ...(p.category ? { category: p.category } : {}) });
  }
  if (questions.length + errors.length === 0) errors.push(lineError(1, "noQuestions"));
  if (questions.length > MAX_IMPORT_QUESTIONS) errors.push(lineError(questions[MAX_IMPORT_QUESTIONS]!.line, "tooMany", { max: String(MAX_IMPORT_QUESTIONS) }));
  errors.sort((a, b) => a.line - b.line);
  return { questions, errors };
}
