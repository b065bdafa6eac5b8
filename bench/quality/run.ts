// The question-quality harness: runs the engine on every article in a folder and reports,
// per article and in total, ready / needs-review counts, distinct facts quizzed, question
// types used, critic flags by code and time. With hand verdicts kept in
// bench/quality/verdicts/<article>.tsv (one line per question: id, verdict, reason) it also
// reports the share of ready questions judged fine, and lists ready questions not yet judged.
// A verdict is keyed by the question's id and a hash of what the student is offered besides the
// stem (options, answer, accepted forms): the id stays when only the options change, and a verdict
// on the old options must not silently carry over to the new ones.
//   npm run bench:quality -- <folder> [--dump <out-folder>] [--strict]
// --dump writes every question of each article (ready first) as readable text, for auditing; a
// ready question that "Add all" would keep out of a set holding every other ready question
// (lib/sets/clashes) says so, with the question it clashes with.
// --strict exits non-zero when a ready question has no verdict or the fine share is under 95 %.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate, type Question } from "../../lib/generation/index";
import { keptApart, type Clash } from "../../lib/sets/clashes";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const folder = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--dump");
if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error("usage: npm run bench:quality -- <folder> [--dump <out-folder>] [--strict]");
  process.exit(2);
}
const dumpTo = flag("--dump");
const strict = args.includes("--strict");

type Verdict = { verdict: "fine" | "bad"; reason: string };

/** FNV-1a, base 36: short and stable across runs and machines. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The key a verdict is kept under: the question's id, "#", and a hash of its options, answer and
 *  accepted forms (the id already covers the type and the stem). */
export function verdictKey(q: Question): string {
  const offered = {
    options: "options" in q ? q.options : [],
    prompts: q.type === "matching" ? q.prompts : [],
    answer: q.answer,
    answerText: q.answerText,
  };
  return `${q.id}#${hash(JSON.stringify(offered))}`;
}
function readVerdicts(name: string): Map<string, Verdict> {
  const file = path.join(here, "verdicts", `${name}.tsv`);
  const out = new Map<string, Verdict>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [id, verdict, ...reason] = line.split("\t");
    if (id && (verdict === "fine" || verdict === "bad")) out.set(id, { verdict, reason: reason.join(" ") });
  }
  return out;
}

function describe(q: Question, setNote?: string): string {
  const lines = [`${verdictKey(q)}\t[${q.type}] ${q.status !== "needs_review" ? "READY" : "NEEDS REVIEW"}`, `  ${q.prompt}`];
  if (q.type === "matching") q.prompts.forEach((p, i) => lines.push(`    ${p}  →  ${q.options[q.answer[i] ?? -1] ?? "?"}`));
  if ("options" in q && q.type !== "matching") lines.push(`    options: ${q.options.join(" | ")}`);
  lines.push(`    answer: ${q.answerText}`);
  if (q.type === "fill_blank") lines.push(`    accepted: ${q.answer.accepted.join(" | ")}`);
  for (const f of q.flags ?? []) lines.push(`    ! ${f.code}: ${f.message}`);
  lines.push(`    source: ${q.source.sentence}`);
  if (setNote) lines.push(`    set: ${setNote}`);
  return lines.join("\n");
}

function setNoteOf(clash: Clash | undefined, ready: Question[]): string | undefined {
  if (!clash) return undefined;
  const other = (id: string) => verdictKey(ready.find((q) => q.id === id)!);
  return clash.kind === "duplicate" ? `left out, asks the same as ${other(clash.first)}` : `left out, ${other(clash.shower)} shows ${other(clash.shown)}'s answer (${clash.key})`;
}

const tally = (xs: string[]) =>
  Object.entries(xs.reduce<Record<string, number>>((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {}))
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(", ") || "none";

const files = readdirSync(folder).filter((f) => /\.(md|txt)$/i.test(f) && !/^readme/i.test(f)).sort();
if (dumpTo) mkdirSync(dumpTo, { recursive: true });
let totalReady = 0, totalReview = 0, judged = 0, fine = 0, unjudged = 0, totalMs = 0;
const allFlags: string[] = [];
const allTypes: string[] = [];
for (const file of files) {
  const name = file.replace(/\.(md|txt)$/i, "");
  const text = readFileSync(path.join(folder, file), "utf8");
  generate(text); // warm: the first call loads the NLP libraries
  const t0 = performance.now();
  const r = generate(text);
  const ms = performance.now() - t0;
  totalMs += ms;
  const ready = r.questions.filter((q) => q.status !== "needs_review");
  const review = r.questions.filter((q) => q.status === "needs_review");
  const facts = new Set(ready.flatMap((q) => q.factIds));
  // A teacher who puts every ready question in one set ("Add all"): which are kept apart.
  const asSet = keptApart([], ready.map((question) => ({ articleId: name, question })));
  const leftOut = new Map(asSet.left.map(({ item, clash }) => [item.question, clash]));
  const verdicts = readVerdicts(name);
  const seen = ready.filter((q) => verdicts.has(verdictKey(q)));
  const good = seen.filter((q) => verdicts.get(verdictKey(q))?.verdict === "fine").length;
  totalReady += ready.length;
  totalReview += review.length;
  judged += seen.length;
  fine += good;
  unjudged += ready.length - seen.length;
  const flags = review.flatMap((q) => (q.flags ?? []).map((f) => f.code));
  allFlags.push(...flags);
  allTypes.push(...ready.map((q) => q.type));
  console.log(`\n${name}  (${r.article.wordCount} words, ${r.facts.length} facts, ${r.issues.length} consistency findings, ${ms.toFixed(0)} ms)`);
  console.log(`  ready ${ready.length} · needs review ${review.length} · distinct facts quizzed ${facts.size} · kept apart from a set of all ready ${leftOut.size}`);
  console.log(`  types: ${tally(ready.map((q) => q.type))}`);
  console.log(`  flags: ${tally(flags)}`);
  if (verdicts.size) console.log(`  hand verdicts: ${good}/${seen.length} fine${ready.length > seen.length ? `, ${ready.length - seen.length} ready not judged` : ""}`);
  for (const q of seen.filter((q) => verdicts.get(verdictKey(q))?.verdict === "bad")) console.log(`    bad ${verdictKey(q)}: ${verdicts.get(verdictKey(q))?.reason}`);
  if (verdicts.size) for (const q of ready.filter((q) => !verdicts.has(verdictKey(q)))) console.log(`    not judged ${verdictKey(q)} [${q.type}] ${q.prompt.slice(0, 90)}`);
  if (dumpTo) {
    const issues = r.issues.map((i) => `! [${i.kind}] ${i.message}`).join("\n");
    const body = [...ready.map((q) => describe(q, setNoteOf(leftOut.get(q), ready))), ...review.map((q) => describe(q))].join("\n\n");
    writeFileSync(path.join(dumpTo, `${name}.txt`), `${r.article.title}\n${issues}\n\n${body}\n`);
  }
}
const share = judged ? (100 * fine) / judged : NaN;
console.log(`\nTotal over ${files.length} articles: ready ${totalReady} · needs review ${totalReview} · ${(totalMs / Math.max(files.length, 1)).toFixed(0)} ms per article (warm)`);
console.log(`  types: ${tally(allTypes)}`);
console.log(`  flags: ${tally(allFlags)}`);
console.log(`  hand verdicts: ${judged ? `${fine}/${judged} ready questions judged fine (${share.toFixed(1)} %)` : "none kept for these articles"}${unjudged ? `; ${unjudged} ready not judged` : ""}`);
if (strict && (unjudged > 0 || !(share >= 95))) process.exitCode = 1;
