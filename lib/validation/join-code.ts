// The format of a class's join code: what a student may type, checked at the boundary (lib/classes
// builds and shows codes with it). Join codes are read aloud in class and typed on phones: no
// characters that look alike (0/O, 1/I/L), upper case only, and short enough to copy from a projector.

export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** What a student typed, as a code: case, spaces and dashes don't matter. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-–—_.]+/g, "");
}

export function isValidJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
