// Speed of the generation engine on the seed article, end to end in one warm process.
//   npm run bench:generation [-- --runs 30]
// Reports median and p95 of generate(), of analyse() alone (stages 1–5: the NLP-heavy
// baseline the question stages add to), and their ratio. Goal: generate() median < 300 ms.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyse, generate } from "../../lib/generation/index";

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
process.exitCode = fMed < GOAL_MS ? 0 : 1;
