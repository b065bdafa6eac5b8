import { describe, expect, it, vi } from "vitest";
import { createTranslator } from "next-intl";
import ko from "@/messages/ko.json";
import { FIX_THE_FIELDS } from "@/lib/errors";
import { NOT_YOURS_STATUS } from "@/lib/questions/ownership";

// A request in Korean: the action's translator speaks Korean (outside a request it is English).
vi.mock("./server-messages", () => ({
  actionTranslator: async (namespace: keyof typeof ko) => {
    const t = createTranslator({ locale: "ko", messages: ko, namespace });
    return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  },
}));

const { messageTranslator, translated, translateAnswer } = await import("./action-messages");

describe("a teacher's action answering in Korean", () => {
  it("translates a refusal's message and field errors, and leaves what it doesn't know as it is", async () => {
    const refusal = { ok: false as const, message: FIX_THE_FIELDS, fieldErrors: { options: ["Add at least 3 options."], unit: ["Too big: expected string to have <=60 characters"] } };
    expect(await translateAnswer("teacherBankMessages", refusal)).toEqual({
      ok: false,
      message: ko.teacherBankMessages.fixTheFields,
      fieldErrors: { options: ["보기를 3개 이상 넣으세요."], unit: ["Too big: expected string to have <=60 characters"] },
    });
  });

  it("translates a form's error and leaves a success alone", async () => {
    expect(await translateAnswer("teacherArticleMessages", { ok: false, formError: "You already have 3 articles being read. Wait for one to finish, then add this one." })).toEqual({
      ok: false,
      formError: "이미 기사 3개를 읽고 있어요. 하나가 끝나면 이 기사를 추가해 주세요.",
    });
    const success = { ok: true, approved: 3, needsReview: 1 };
    expect(await translateAnswer("teacherBankMessages", success)).toBe(success);
    // A success's own message is said in the request's language too (an admin's new code).
    expect(await translateAnswer("adminMessages", { ok: true, message: "Something else." })).toEqual({ ok: true, message: "Something else." });
  });

  it("wraps an action: its refusal comes back translated", async () => {
    const action = translated("teacherBankMessages", async (_input: FormData) => ({ ok: false as const, message: NOT_YOURS_STATUS }));
    expect(await action(new FormData())).toEqual({ ok: false, message: ko.teacherBankMessages.notYoursStatus });
  });

  it("says messages with names and counts in them by their templates, the longer form first", async () => {
    const refusal = {
      ok: false as const,
      fieldErrors: {
        attemptsAllowed: ["Ana Lima (and 2 more) already used 3 attempts: allow at least 3."],
        other: ["Ben already used 1 attempt: allow at least 1."],
      },
    };
    expect(await translateAnswer("teacherKnownMessages", refusal)).toEqual({
      ok: false,
      fieldErrors: { attemptsAllowed: ["Ana Lima 학생 외 2명이 이미 3번 응시했어요. 응시를 3번 이상 허용하세요."], other: ["Ben 학생이 이미 1번 응시했어요. 응시를 1번 이상 허용하세요."] },
    });
    expect(await translateAnswer("classJoinMessages", { ok: true, message: "You joined Year 9 (B). Its assignments are below." })).toEqual({ ok: true, message: "Year 9 (B) 반에 들어왔어요. 반의 과제는 아래에 있어요." });
    expect(await translateAnswer("classJoinMessages", { ok: false, fieldErrors: { code: ["No class has that join code. Check it with your teacher: codes can be changed."] } })).toEqual({
      ok: false,
      fieldErrors: { code: ["그 참여 코드의 반이 없어요. 코드가 바뀌었을 수 있으니 선생님께 확인하세요."] },
    });
  });

  it("says one message in the request's language (an imported question's editor check), and one it doesn't know as it is", async () => {
    const say = await messageTranslator("teacherBankMessages");
    expect(say("Add at least 3 options.")).toBe("보기를 3개 이상 넣으세요.");
    expect(say("Something unknown.")).toBe("Something unknown.");
  });
});
