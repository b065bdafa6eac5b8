// Small helpers the type modules share for the teacher's editor draft (lib/questions/draft.ts).
export const trimmed = (xs: string[]) => xs.map((x) => x.trim());

// Written numbers may use a comma decimal or thousands separators; "" stays invalid (NaN).
export const toNumber = (s: string) => (s.trim() === "" ? Number.NaN : Number(s.trim().replace(/,(?=\d{3}\b)/g, "").replace(",", ".")));

/** Shown order: rotated by one so items never appear already in order (or beside their match). */
export function rotate<T>(xs: T[]): T[] {
  return xs.length < 2 ? xs : [...xs.slice(1), xs[0] as T];
}

/** Maps a schema problem's path to the editor field: `answer` and `answerText` to the type's own field, the rest by name. */
export function fieldMapper(answer: (path: PropertyKey[]) => string, answerText: string, rename: Record<string, string> = {}) {
  return (path: PropertyKey[]): string => {
    const head = String(path[0] ?? "form");
    if (head === "answer") return answer(path);
    if (head === "answerText") return answerText;
    return rename[head] ?? head;
  };
}
