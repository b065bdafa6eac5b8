import { it } from "vitest";
import { analyse } from "/work/wt-q26a/lib/generation/analyse";
import { buildDrafts } from "/work/wt-q26a/lib/generation/questions/build";
it("dbg", () => {
  const text = process.env.T ?? "";
  const a = analyse(text);
  for (const f of a.facts) console.log("FACT", f.kind, (f as any).value, (f as any).raw);
  for (const d of buildDrafts(text, a.facts, a.issues, 1)) console.log("Q", d.question.type, d.question.prompt);
});
