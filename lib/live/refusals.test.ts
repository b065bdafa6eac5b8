import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ConflictError, ValidationError } from "@/lib/errors";
import { LIVE_JOINS, LIVE_PIN_ATTEMPTS, RateLimitedError } from "@/lib/security/rate-limit";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { checkNickname, TAKEN_MESSAGE } from "./nickname";
import { HOST_ACTIONS, transition } from "./phase";
import { REFUSAL_CODES, refusalOf, refused } from "./refusals";

// A refusal's English in messages/en.json is the error's own message, word for word: an English
// player reads exactly what the server said before refusals were translated.
const english = createTranslator({ locale: "en", messages: en, namespace: "liveRefusals" });
const korean = createTranslator({ locale: "ko", messages: ko, namespace: "liveRefusals" });
const say = (t: typeof english, code: string, values?: Record<string, number>) => t(code as never, values as never);

describe("live game refusals", () => {
  it("have a message in both languages for every code, and no message without a code", () => {
    expect(Object.keys(en.liveRefusals).sort()).toEqual([...REFUSAL_CODES].sort());
    expect(Object.keys(ko.liveRefusals).sort()).toEqual([...REFUSAL_CODES].sort());
  });

  it("read in English as the errors thrown in lib/live say them", () => {
    // Every `refused(new SomeError("message"), "code")` in the live game's server code.
    const source = ["store.ts", "routes.ts", "questions.ts"].map((f) => readFileSync(new URL(`./${f}`, import.meta.url), "utf8")).join("\n");
    const thrown = [...source.matchAll(/refused\(new \w+\("((?:[^"\\]|\\.)*)"\), "(\w+)"\)/g)].map((m) => [m[2]!, m[1]!] as const);
    expect(thrown.length).toBeGreaterThan(8);
    for (const [code, message] of thrown) expect(say(english, code), code).toBe(message);
    expect(source).toContain('refused(new ValidationError(TAKEN_MESSAGE), "nicknameTaken")');
    expect(say(english, "nicknameTaken")).toBe(TAKEN_MESSAGE);
  });

  it("cover every move the phase refuses the host, in English as lib/live/phase.ts says it and in Korean", () => {
    const phases = ["lobby", "question", "paused", "reveal", "ended"] as const;
    const codes = new Set<string>();
    for (const phase of phases) {
      for (const action of HOST_ACTIONS) {
        for (const playerCount of [0, 1]) {
          const move = transition(action, phase, { questionIndex: 0, questionCount: 3, playerCount });
          if (move.ok) continue;
          codes.add(move.code);
          expect(say(english, move.code), `${action} in ${phase}`).toBe(move.message);
          expect(say(korean, move.code)).toMatch(/\p{Script=Hangul}/u);
        }
      }
    }
    expect(codes.size).toBeGreaterThan(6);
  });

  it("cover every nickname refusal, with its numbers", () => {
    const cases = ["A", "x".repeat(21), "1234", "Sam\u200bPark", "Teacher", "sh1t head", "Ms. Rivera"];
    for (const raw of cases) {
      const check = checkNickname(raw, { hostName: "Ms. Rivera" });
      if (check.ok) throw new Error(`${raw} was accepted`);
      expect(say(english, check.code, check.values), raw).toBe(check.message);
      expect(say(korean, check.code, check.values), raw).toMatch(/\p{Script=Hangul}/u);
    }
    expect(new Set(cases.map((raw) => (checkNickname(raw, { hostName: "Ms. Rivera" }) as { code: string }).code)).size).toBe(cases.length);
  });

  it("read a live game's rate limits with their wait in minutes", () => {
    for (const [what, code] of [
      [LIVE_PIN_ATTEMPTS, "tooManyPins"],
      [LIVE_JOINS, "tooManyJoins"],
    ] as const) {
      for (const ms of [20_000, 60_000, 4.5 * 60_000]) {
        const error = new RateLimitedError(ms, what);
        const refusal = refusalOf(error);
        expect(refusal?.code).toBe(code);
        expect(say(english, refusal!.code, refusal!.values)).toBe(error.message);
        expect(say(korean, refusal!.code, refusal!.values)).toContain(`${refusal!.values!.minutes}분`);
      }
    }
    expect(refusalOf(new RateLimitedError(60_000, "sign-in attempts"))).toBeNull();
  });

  it("are carried by the error they mark, and only by it", () => {
    const error = refused(new ConflictError("This game is full."), "full");
    expect(error).toBeInstanceOf(ConflictError);
    expect(refusalOf(error)).toEqual({ code: "full", values: undefined });
    expect(refusalOf(new ValidationError("Send JSON."))).toBeNull();
    expect(refusalOf(new Error("boom"))).toBeNull();
  });
});
