// What the interchange code tells the teacher (an import's line errors and notes, an export's
// summary of what a format can't express): a code and its values, so each page renders it in the
// teacher's language from the messages (teacherClient.interchange.said). Its English, filled from
// messages/en.json, is the text files and tests read ("line 14: an answer line must start with …").
// No "server-only": the parsers are pure; the import form gets plain { code, values } objects.
import en from "@/messages/en.json";

const TEMPLATES = en.teacherClient.interchange.said;

export type SaidCode = keyof typeof TEMPLATES;
export type SaidValues = Record<string, string | number>;
/** What crosses to the browser: plain data. `times`: the same note for that many questions. */
export type SaidData = { code: SaidCode; values: SaidValues; times?: number };

/** Braces are placeholders' syntax in the message files, so the messages take them as values. */
export const BRACES = { lb: "{", rb: "}" } as const;

/** `{name}` placeholders filled as the client's fill() does (values as given: strings stay as written). */
export function fillSaid(template: string, values: SaidValues = {}): string {
  const all: SaidValues = { ...BRACES, ...values };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in all ? String(all[name]) : whole));
}

/** One thing said: `String(said)` (and so `notes.join(" ")`) is its English. */
export class Said {
  constructor(
    readonly code: SaidCode,
    readonly values: SaidValues = {},
    readonly times?: number,
  ) {}

  get english(): string {
    const text = fillSaid(TEMPLATES[this.code], this.values);
    return this.times ? text + fillSaid(TEMPLATES.timesSuffix, { count: this.times }) : text;
  }

  toString(): string {
    return this.english;
  }

  get data(): SaidData {
    return { code: this.code, values: { ...this.values }, ...(this.times ? { times: this.times } : {}) };
  }
}

export const said = (code: SaidCode, values?: SaidValues) => new Said(code, values);

/** The English of every code (for the tests: each has a Korean message too). */
export const SAID_CODES = Object.keys(TEMPLATES) as SaidCode[];
