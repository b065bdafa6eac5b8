import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { FIX_THE_FIELDS, GENERIC_ERROR, UNREADABLE_REQUEST } from "@/lib/errors";
import { NOT_STORED, NOTHING_FOUND, TOO_SLOW, UNREADABLE } from "@/lib/articles/jobs";
import { NOT_YOURS_STATUS } from "@/lib/questions/ownership";
import { buildQuestion, emptyDraft, type QuestionDraft } from "@/lib/questions/draft";
import { articleFileProblem, newArticleSchema } from "@/lib/validation/articles";
import { knownMessages, translateKnown } from "./known-messages";

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree) => (key: string, values?: Record<string, string>) => {
  const text = key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree) as string;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values?.[name] ?? `{${name}}`);
};

describe("knownMessages", () => {
  const read = knownMessages({ plain: "Nothing was saved.", count: "You already have {n} articles being read.", nested: { two: "Move {item} to {place}." }, plural: "{n, plural, one {# article} other {# articles}}" });

  it("reads a message back to its key, with the values of its placeholders", () => {
    expect(read("Nothing was saved.")).toEqual({ key: "plain", values: {} });
    expect(read("You already have 3 articles being read.")).toEqual({ key: "count", values: { n: "3" } });
    expect(read("Move “a.b” to the top.")).toEqual({ key: "nested.two", values: { item: "“a.b”", place: "the top" } });
  });

  it("leaves other text alone: a near miss, or an ICU plural no code writes", () => {
    expect(read("Nothing was saved")).toBeNull();
    expect(read("1 article")).toBeNull();
    expect(translateKnown("Something else.", read, () => "번역")).toBe("Something else.");
  });
});

describe("the teacher's action messages", () => {
  const bank = knownMessages(en.teacherBankMessages);
  const articles = knownMessages(en.teacherArticleMessages);
  const toKorean = (message: string, read: typeof bank, namespace: Tree) => translateKnown(message, read, lookup(namespace));

  it("know the errors lib/ throws and the shared refusals", () => {
    for (const message of [NOT_YOURS_STATUS, FIX_THE_FIELDS, UNREADABLE_REQUEST, GENERIC_ERROR]) expect(bank(message), message).not.toBeNull();
    for (const message of [FIX_THE_FIELDS, UNREADABLE_REQUEST, GENERIC_ERROR]) expect(articles(message), message).not.toBeNull();
  });

  it("know every message the article schema and the file check can give", () => {
    const bad = newArticleSchema.safeParse({ title: "x", source: "s".repeat(121), published: "2025-13-45", text: " " });
    expect(bad.success).toBe(false);
    const messages = [...bad.error!.issues.map((i) => i.message), newArticleSchema.safeParse({ title: "t".repeat(201), text: "x".repeat(210 * 1024) }).error!.issues[0]!.message];
    messages.push(articleFileProblem({ name: "a.pdf", size: 1 })!, articleFileProblem({ name: "a.txt", size: 10_000_000 })!);
    for (const message of messages) expect(articles(message), message).not.toBeNull();
    expect(toKorean("You already have 3 articles being read. Wait for one to finish, then add this one.", articles, ko.teacherArticleMessages)).toBe("이미 기사 3개를 읽고 있어요. 하나가 끝나면 이 기사를 추가해 주세요.");
  });

  it("know the editor's validation messages, for every type's empty draft", () => {
    const base = { id: "q", difficulty: 0.5, source: { sentence: "A sentence.", start: 0, end: 11 }, factIds: [], passage: undefined };
    const drafts: QuestionDraft[] = (["single_choice", "multiple_select", "true_false", "numeric", "fill_blank", "ordering", "matching"] as const).map((type) => ({ ...emptyDraft(type), prompt: "", value: "x", tolerance: "-1" }));
    drafts.push({ ...emptyDraft("single_choice"), prompt: "p".repeat(700), explanation: "e".repeat(2100), options: ["a", "a"], correct: [5] });
    drafts.push({ ...emptyDraft("ordering"), prompt: "Put these in order", explanation: "Because.", options: ["a", "a", "b"] });
    drafts.push({ ...emptyDraft("matching"), prompt: "Match these", explanation: "Because.", pairs: [{ left: "a", right: "x" }, { left: "b", right: "x" }] });
    drafts.push({ ...emptyDraft("fill_blank"), prompt: "No blank here", explanation: "Because.", accepted: ["x"] });
    const unknown = new Set<string>();
    for (const draft of drafts) {
      const built = buildQuestion(draft, base);
      expect(built.ok).toBe(false);
      if (!built.ok) for (const message of Object.values(built.fieldErrors).flat()) if (!bank(message)) unknown.add(message);
    }
    expect([...unknown]).toEqual([]);
    expect(toKorean("Add at least 2 options.", bank, ko.teacherBankMessages)).toBe("보기를 2개 이상 넣으세요.");
  });

  it("know the job page's stored errors", () => {
    const jobErrors = knownMessages(en.teacherArticleJob.errors);
    for (const message of [NOTHING_FOUND, TOO_SLOW, UNREADABLE, NOT_STORED]) expect(jobErrors(message), message).not.toBeNull();
  });
});
