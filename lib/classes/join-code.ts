// Join codes are read aloud in class and typed on phones: no characters that look alike
// (0/O, 1/I/L), upper case only, and short enough to copy from a projector.

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

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

/** What a student typed, as a code: case, spaces and dashes don't matter. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—_.]+/g, "");
}

export function isValidJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

/** For display: "ABC DEF" is easier to read aloud than "ABCDEF". Typing either form works. */
export function formatJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
