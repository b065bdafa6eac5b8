// Answers the server hasn't acknowledged yet, kept in the tab's sessionStorage until it does.
// Pure and browser-safe (no server code); the quiz page (components/quiz/use-autosave.ts) uses it.
//
// Why: an answer typed and reloaded at once is sent as the page goes (a keepalive request), but
// the reloaded page may be rendered before that request is stored — or the request may never
// arrive. The reloaded page then shows the answer from here and sends it again, so what the
// student typed is neither lost nor hidden. sessionStorage is per tab and survives a reload, not
// a closed tab; nothing in it is secret (the student's own answers).

/** The part of the Storage interface used here (tests pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type UnsentAnswer = { response: unknown; timeMs?: number };

const PREFIX = "factdeck:unsent:";
/** A stored entry larger than this isn't kept (a matching answer is well under 1 kB). */
const MAX_ENTRY_CHARS = 20_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The unsent answers of one attempt. Every method swallows storage failures (private mode, a full
 * quota, storage switched off): keeping answers here is a safety net, never a reason to fail.
 */
export function unsentAnswers(storage: KeyValueStorage | null, attemptId: string) {
  const key = PREFIX + attemptId;

  function read(): Record<string, UnsentAnswer> {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(key) ?? "{}");
      return isObject(parsed) ? (parsed as Record<string, UnsentAnswer>) : {};
    } catch {
      return {};
    }
  }

  function write(entries: Record<string, UnsentAnswer>) {
    try {
      if (Object.keys(entries).length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(entries));
    } catch {
      // full or unavailable: the answer still goes to the server as before
    }
  }

  return {
    /** Remembers the latest answer to a question until the server settles it. */
    keep(questionId: string, response: unknown, timeMs?: number) {
      const entry: UnsentAnswer = { response, ...(timeMs === undefined ? {} : { timeMs }) };
      if (JSON.stringify(entry).length > MAX_ENTRY_CHARS) return;
      write({ ...read(), [questionId]: entry });
    },

    /** The server stored or refused `response`: forget it, unless a newer answer was kept since. */
    settled(questionId: string, response: unknown) {
      const entries = read();
      if (!(questionId in entries) || !same(entries[questionId]!.response, response)) return;
      delete entries[questionId];
      write(entries);
    },

    /**
     * The answers still to send, given what the server holds (`saved`, from the page): an entry
     * equal to the stored answer already arrived and is forgotten; questions not in
     * `questionIds` (not in this attempt any more) are forgotten too.
     */
    pending(saved: Record<string, unknown>, questionIds: readonly string[]): [questionId: string, answer: UnsentAnswer][] {
      const entries = read();
      const known = new Set(questionIds);
      // Only answer-shaped entries (an object, as every type's response is): anything else in the
      // tab's storage isn't ours to show.
      const left = Object.entries(entries).filter(
        ([id, entry]) => known.has(id) && isObject(entry) && isObject(entry.response) && !same(saved[id], entry.response),
      );
      write(Object.fromEntries(left));
      return left;
    },

    /** Forgets the attempt's answers (it was submitted). */
    clear() {
      write({});
    },
  };
}
