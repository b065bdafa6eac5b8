// Game PINs: six digits, random (not sequential), unique among games that haven't ended.
import { randomInt } from "node:crypto";
import { z } from "zod";

export const PIN_LENGTH = 6;

/** A fresh PIN candidate (100000–999999: no leading zero to lose when typed into a number field). */
export function newPin(): string {
  return String(randomInt(100_000, 1_000_000));
}

/** What a player typed, as a PIN: digits only (spaces and dashes dropped), or null. */
export function normalizePin(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

export const pinInput = z.string().max(40);
