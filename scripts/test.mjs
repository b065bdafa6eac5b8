#!/usr/bin/env node
// `npm test`: lint and typecheck (gates: a failure fails the run), unit and integration tests
// (Vitest), then browser journeys (Playwright), then one closing line that adds the tests up:
// "Total: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const out = path.join(root, "test-results");
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args, extraEnv = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  } catch {
    return null;
  }
}

// The gates run first and fast; the tests still run after a failed gate, so one run shows everything.
console.log("▶ Lint (eslint)");
const lintStatus = run(bin("eslint"), ["."]);
console.log("▶ Typecheck (tsc --noEmit)");
const typeStatus = run(bin("tsc"), ["--noEmit"]);

const vitestJson = path.join(out, "vitest.json");
const unitStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);

const playwrightJson = path.join(out, "playwright.json");
const e2eStatus = run(bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });

const v = readJson(vitestJson);
const p = readJson(playwrightJson);
const passed = (v?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0) + (p?.stats?.flaky ?? 0);
const failed = (v?.numFailedTests ?? (unitStatus ? 1 : 0)) + (p?.stats?.unexpected ?? (e2eStatus ? 1 : 0));
const skipped = (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0);

console.log(`\nLint: ${lintStatus ? "FAILED" : "clean"}; typecheck: ${typeStatus ? "FAILED" : "clean"}`);
console.log(`Unit and integration (Vitest): ${v ? `${v.numPassedTests} passed, ${v.numFailedTests} failed` : "did not report"}`);
console.log(`Browser (Playwright): ${p ? `${p.stats.expected + p.stats.flaky} passed, ${p.stats.unexpected} failed` : "did not report"}`);
console.log(`Total: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(lintStatus || typeStatus || unitStatus || e2eStatus ? 1 : 0);
