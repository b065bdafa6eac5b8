// Join codes: made from the format in lib/validation/join-code.ts, and shown to teachers.
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/validation/join-code";

export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, isValidJoinCode, normalizeJoinCode } from "@/lib/validation/join-code";

/** Builds a code from a source of random integers in [0, max): node:crypto's randomInt in production. */
export function generateJoinCode(randomInt: (max: number) => number, length = JOIN_CODE_LENGTH): string {
  let code = "";
  for (let i = 0; i < length; i++) {
    const index = randomInt(JOIN_CODE_ALPHABET.length);
    const char = JOIN_CODE_ALPHABET[index];
    if (char === undefined) throw new RangeError(`random index ${index} outside the alphabet`);
    code += char;
  }
  return code;
}

/** For display: "ABC DEF" is easier to read aloud than "ABCDEF". Typing either form works. */
export function formatJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
