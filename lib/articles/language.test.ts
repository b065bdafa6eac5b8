import { describe, expect, it } from "vitest";
import { newArticleSchema } from "@/lib/validation/articles";
import { notEnglish } from "./language";

// Written for this test (not from any article): a short Korean news paragraph, an English one,
// and a Spanish one.
const KOREAN =
  "서울시는 내년부터 시내버스 요금을 200원 올리기로 했다고 월요일에 발표했다. 시는 연료비와 인건비가 크게 늘어 운영 적자가 쌓였다고 설명했다. 시민 단체들은 학생과 노인을 위한 할인 제도를 함께 넓혀야 한다고 요구했다.";
const ENGLISH =
  "The city council said on Monday that bus fares will rise by 200 won next year. Officials blamed higher fuel and labour costs, which they said had left the network with a growing deficit. Civic groups asked the council to widen discounts for students and older riders at the same time, and the mayor said he would consider it before the vote in March.";
const SPANISH =
  "El ayuntamiento anunció el lunes que las tarifas de autobús subirán doscientos wones el próximo año. Los responsables culparon a los costes de combustible y de personal, que según ellos han dejado a la red con un déficit creciente. Los grupos cívicos pidieron ampliar los descuentos para estudiantes y personas mayores, y el alcalde dijo que lo estudiaría antes de la votación de marzo.";

const article = (text: string) => ({ title: "Bus fares", source: "", published: "", text });

describe("notEnglish", () => {
  it("refuses a text written mostly in Hangul, naming the script", () => {
    expect(notEnglish(KOREAN)).toEqual({ reason: "script", script: "Korean" });
  });
  it("takes English prose, also with a few Korean names or quotes in it", () => {
    expect(notEnglish(ENGLISH)).toBeNull();
    expect(notEnglish(`${ENGLISH} The sign read “버스 요금 인상” in large letters.`)).toBeNull();
  });
  it("refuses a long Latin-script text that is not English", () => {
    expect(notEnglish(SPANISH)).toEqual({ reason: "words" });
  });
  it("leaves short or letterless texts to the other checks", () => {
    expect(notEnglish("Exports rose 12% in May.")).toBeNull();
    expect(notEnglish("2024 — 12%")).toBeNull();
  });
});

describe("newArticleSchema and a non-English paste", () => {
  it("refuses a Korean article with a message saying the generator reads English only", () => {
    const r = newArticleSchema.safeParse(article(KOREAN));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["text"]);
    expect(r.error?.issues[0]?.message).toMatch(/mostly in Korean.*English articles only/);
  });
  it("still accepts an English article", () => {
    expect(newArticleSchema.safeParse(article(ENGLISH)).success).toBe(true);
  });
});
