// Speed of the generation engine on the seed article, end to end in one warm process.
//   npm run bench:generation [-- --runs 30]
// Reports median and p95 of generate(), of analyse() alone (stages 1–5: the NLP-heavy
// baseline the question stages add to), and their ratio. Goal: generate() median < 300 ms.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyse, generate } from "../../lib/generation/index";
import { linkSoup, longArticle } from "./synthetic";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Math.max(5, Number(process.argv[runsArg + 1]) || 30) : 30;
const WARMUP = 3;
const GOAL_MS = 300;

const text = readFileSync(fileURLToPath(new URL("../../content/korea-japan-economic-ties.md", import.meta.url)), "utf8");

/** Alternates the two so both see the same load: the machine is shared and load drifts. */
function measurePair(a: () => unknown, b: () => unknown): [number[], number[]] {
  for (let i = 0; i < WARMUP; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [ta.sort((x, y) => x - y), tb.sort((x, y) => x - y)];
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const coldStart = performance.now();
const first = generate(text);
const cold = performance.now() - coldStart;

const [baseline, full] = measurePair(
  () => analyse(text),
  () => generate(text),
);
const [bMed, fMed] = [quantile(baseline, 0.5), quantile(full, 0.5)];

console.log(`generation benchmark — seed article, ${text.length} chars, ${first.questions.length} questions, ${RUNS} runs after ${WARMUP} warm-up`);
console.log(`first call (cold, includes library warm-up): ${fmt(cold)}`);
console.log(`analyse()  (baseline, stages 1–5): median ${fmt(bMed)}  p95 ${fmt(quantile(baseline, 0.95))}`);
console.log(`generate() (end to end, stages 1–7): median ${fmt(fMed)}  p95 ${fmt(quantile(full, 0.95))}`);
console.log(`ratio generate/analyse: ${(fMed / bMed).toFixed(2)}× (questions + gate add ${fmt(fMed - bMed)})`);
console.log(fMed < GOAL_MS ? `OK: median under ${GOAL_MS} ms` : `SLOW: median ${fmt(fMed)} is over the ${GOAL_MS} ms goal`);

// Bounds (issue 12): generation time must grow linearly with length. Synthetic articles (never
// real text), a few runs each, each reported beside the seed article's generate() median above.
const LONG_GOAL_MS = 1_000;
const LONG_RUNS = Math.max(3, Math.round(RUNS / 6));
function medianOf(f: () => unknown): number {
  f();
  const t: number[] = [];
  for (let i = 0; i < LONG_RUNS; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  return quantile(t.sort((x, y) => x - y), 0.5);
}
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const cases = [
  { name: "2,500-word article", text: longArticle(2_500) },
  { name: "10,000-word article", text: longArticle(10_000) },
  { name: "200 KB markdown-link soup", text: linkSoup(200 * 1024) },
];
let longOk = true;
console.log(`\nlong inputs (${LONG_RUNS} runs each after 1 warm-up; ratio = median / seed article's generate() median):`);
const perWord: number[] = [];
for (const c of cases) {
  const med = medianOf(() => generate(c.text));
  const w = words(c.text);
  if (c.name.includes("word article")) perWord.push(med / w);
  console.log(`  ${c.name.padEnd(28)} ${String(c.text.length).padStart(7)} chars ${String(w).padStart(6)} words  median ${fmt(med).padStart(10)}  ${(med / fMed).toFixed(1)}× seed`);
  if (c.name.startsWith("10,000") && med >= LONG_GOAL_MS) longOk = false;
}
const [short, long] = perWord;
if (short && long) console.log(`  ms per 1,000 words: ${(short * 1000).toFixed(1)} at 2,500 words, ${(long * 1000).toFixed(1)} at 10,000 (${(long / short).toFixed(2)}×: 1.0 is linear)`);
console.log(longOk ? `OK: 10,000-word article under ${LONG_GOAL_MS} ms` : `SLOW: 10,000-word article over ${LONG_GOAL_MS} ms`);
process.exitCode = fMed < GOAL_MS && longOk ? 0 : 1;
