// Nicknames in a live game: how one is cleaned, compared, and which are refused (pure).
//
// A nickname is shown on the projector to the whole room, so the rules are strict: 2–20 visible
// characters after the display-name normalisation (NFKC, one space between words), no invisible
// or text-direction characters, and none that reads as staff ("teacher", "admin", "host" …), as
// the host's own name, as another player's (compared by the look-alike key the accounts use,
// lib/validation/auth.ts displayNameKey), or as an insult from a short list — also when spelt
// with digits or symbols for letters ("4dm1n", "t.e.a.c.h.e.r"). Insults are matched as words,
// not as letters anywhere, so names that happen to contain one stay playable (Yamashita, Dickens,
// Hancock, Penistone, Scunthorpe): the Scunthorpe problem. Written here rather than taken from a
// package: the npm filters we could find match inside words or carry long, unreviewed lists.
import { z } from "zod";
import { displayNameKey, normalizeDisplayName } from "@/lib/validation/auth";
import type { RefusalCode } from "./refusals";

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 20;

const FORBIDDEN_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Words that read as the people running the game. */
const STAFF = ["teacher", "admin", "administrator", "host", "moderator", "mod", "staff", "factdeck", "system", "official", "principal", "headteacher"];

/** Insults and slurs that no ordinary name contains: refused anywhere in the squeezed name ("xXfuckXx"). */
const BLOCKED_ANYWHERE = ["fuck", "bitch", "asshole", "whore", "nigger", "nigga", "faggot", "retard", "hitler", "vagina", "bullshit", "dickhead", "shithead"];

/**
 * Insults that hide inside ordinary names (Yama·shit·a, Dick·ens, Han·cock, Penis·tone, S·cunt·horpe):
 * refused as a word of their own, or with a rude ending ("shitty", "dickface").
 */
const BLOCKED_WORDS = ["shit", "cunt", "dick", "cock", "pussy", "bastard", "slut", "fag", "nazi", "penis", "porn", "wank", "twat"];
const RUDE_ENDINGS = ["", "s", "es", "y", "ie", "ies", "er", "ers", "ing", "ed", "head", "heads", "face", "hole", "bag", "wad", "tard", "ot", "ots", "gy"];

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", $: "s", "!": "i", "|": "i", "+": "t" };

/** The name as the filter reads it: look-alikes folded, digits read as letters, everything but letters dropped. */
export function squeeze(name: string): string {
  return displayNameKey(name)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[0-9@$!|+]/g, (c) => LEET[c] ?? c)
    .replace(/[^a-z]/g, "");
}

/**
 * The name's words as the filter reads them: split at spaces and punctuation and where a capital
 * starts a word inside one ("BigDogEnergy"), each squeezed; runs of one-letter words are joined
 * ("s h i t", "d.i.c.k" read as one word).
 */
function filterWords(name: string): string[] {
  const pieces = normalizeDisplayName(name)
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}@$!|+]+/u)
    .map((w) => squeeze(w))
    .filter(Boolean);
  const words: string[] = [];
  let run = "";
  for (const piece of pieces) {
    if (piece.length === 1) {
      run += piece;
      continue;
    }
    if (run) words.push(run);
    run = "";
    words.push(piece);
  }
  if (run) words.push(run);
  return words;
}

/** Whether the name reads as an insult (see BLOCKED_ANYWHERE and BLOCKED_WORDS). */
export function isRude(name: string): boolean {
  const squeezed = squeeze(name);
  if (BLOCKED_ANYWHERE.some((b) => squeezed.includes(b))) return true;
  // The whole name squeezed is read as a word too: "Sh.it" splits into "sh" and "it".
  return [...filterWords(name), squeezed].some((word) => BLOCKED_WORDS.some((b) => word.startsWith(b) && isRudeEnding(b, word.slice(b.length))));
}

/** "shit" + "ty": an ending from the list, after the word's last consonant doubled or not ("shitty", "slutty"). */
function isRudeEnding(word: string, rest: string): boolean {
  const last = word.at(-1) ?? "";
  const undoubled = rest.startsWith(last) && !"aeiou".includes(last) ? rest.slice(1) : null;
  return RUDE_ENDINGS.includes(rest) || (undoubled !== null && undoubled !== "" && RUDE_ENDINGS.includes(undoubled));
}

/** Two nicknames that would read the same on the projector share this key (unique within a game). */
export function nicknameKey(name: string): string {
  return squeeze(name) || displayNameKey(name);
}

/** A refusal has its English message and its code (lib/live/refusals.ts), which the player sees translated. */
export type NicknameCheck = { ok: true; nickname: string; key: string } | { ok: false; message: string; code: RefusalCode; values?: Record<string, number> };

/**
 * Whether `raw` may join as a nickname: the cleaned name and its key, or the player's message.
 * `taken` answers whether a key is already used in the game; `hostName` is the host's display name.
 */
export function checkNickname(raw: string, opts: { hostName?: string | null } = {}): NicknameCheck {
  if (FORBIDDEN_CHARS.test(raw.normalize("NFKC"))) return { ok: false, message: "Use only visible letters, digits, spaces and punctuation in your nickname.", code: "nicknameInvisible" };
  const nickname = normalizeDisplayName(raw);
  if ([...nickname].length < NICKNAME_MIN) return { ok: false, message: `Enter a nickname of at least ${NICKNAME_MIN} characters.`, code: "nicknameShort", values: { min: NICKNAME_MIN } };
  if ([...nickname].length > NICKNAME_MAX) return { ok: false, message: `Use at most ${NICKNAME_MAX} characters for your nickname.`, code: "nicknameLong", values: { max: NICKNAME_MAX } };
  const squeezed = squeeze(nickname);
  if (!/\p{L}/u.test(nickname)) return { ok: false, message: "Put at least one letter in your nickname.", code: "nicknameLetter" };
  const words = displayNameKey(nickname)
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => squeeze(w))
    .filter(Boolean);
  if (STAFF.some((s) => squeezed === s || words.includes(s) || (s.length >= 5 && squeezed.includes(s)))) {
    return { ok: false, message: "That nickname sounds like someone running the game. Pick another.", code: "nicknameStaff" };
  }
  if (isRude(nickname)) return { ok: false, message: "Pick a nickname that's fine to show the whole room.", code: "nicknameRude" };
  if (opts.hostName && nicknameKey(opts.hostName) === nicknameKey(nickname)) {
    return { ok: false, message: "That is the host's name. Pick another.", code: "nicknameHost" };
  }
  return { ok: true, nickname, key: nicknameKey(nickname) };
}

export const TAKEN_MESSAGE = "Someone in this game already has that nickname (or one that looks the same). Pick another.";

export const nicknameInput = z.string().max(200, `Use at most ${NICKNAME_MAX} characters for your nickname.`);
