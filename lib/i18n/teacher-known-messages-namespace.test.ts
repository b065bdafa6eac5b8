import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { STARTED_LOCKED } from "@/lib/assignments/manage-policy";
import { ASSIGNMENT_NOT_FOUND } from "@/lib/assignments/manage";
import { FIX_THE_FIELDS, GENERIC_ERROR, UNREADABLE_REQUEST } from "@/lib/errors";
import { translated } from "./action-messages";

// The classroom actions' fixed English messages are said again in the teacher's language by
// matching them word for word (lib/i18n/action-messages.ts): the English there must stay
// the English the code writes.

describe("teacherKnownMessages", () => {
  it("has each English message once, so each maps to one key", () => {
    const texts = Object.values(en.teacherKnownMessages);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("holds the code's own constants word for word", () => {
    const texts = new Set(Object.values(en.teacherKnownMessages));
    for (const text of [STARTED_LOCKED, ASSIGNMENT_NOT_FOUND, FIX_THE_FIELDS, GENERIC_ERROR, UNREADABLE_REQUEST]) expect(texts, text).toContain(text);
  });

  it("leaves English as it is outside a request, and unknown messages alone", async () => {
    const action = translated("teacherKnownMessages", async () => ({ ok: false as const, message: "That due date has already passed.", fieldErrors: { dueAt: ["Ana Lima already used 2 attempts: allow at least 2."] } }));
    expect(await action()).toEqual({ ok: false, message: "That due date has already passed.", fieldErrors: { dueAt: ["Ana Lima already used 2 attempts: allow at least 2."] } });
  });
});
