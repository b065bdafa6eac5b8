import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const seed = join(root, "content/korea-japan-economic-ties.md");
const tmp = mkdtempSync(join(tmpdir(), "factdeck-cli-"));

// The script runs as users run it: node with the tsx loader, from the repository root.
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/generate.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const oneLine = (s: string) => s.trim().split("\n").length === 1 && !/\bat .*:\d+:\d+/.test(s);

describe("scripts/generate.ts", () => {
  it("prints one JSON object with article, facts, issues and questions", () => {
    const r = run(seed, "--json", "--seed", "3", "--reference-date", "2025-06-23");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.article.title).toMatch(/Korean business leaders/);
    expect(out.article.wordCount).toBeGreaterThan(300);
    expect(out.facts.length).toBeGreaterThan(10);
    expect(out.issues.every((i: { kind: string; message: string; sentences: string[] }) => i.kind && i.message && i.sentences.length > 0)).toBe(true);
    expect(out.questions.length).toBeGreaterThanOrEqual(35);
    for (const q of out.questions) {
      for (const k of ["id", "type", "prompt", "answer", "answerText", "explanation", "difficulty", "source", "factIds"]) expect(q).toHaveProperty(k);
    }
  });

  it("prints a readable summary without --json", () => {
    const r = run(seed);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Questions \(\d+\): /);
    expect(r.stdout).toMatch(/ratio_mismatch/);
  });

  it.each([
    ["a missing file", [join(tmp, "nope.md")], /no such file/],
    ["a directory", [tmp], /directory/],
    ["an empty file", [write("empty.md", "")], /empty/],
    ["a whitespace-only file", [write("blank.md", "  \n\t\n")], /empty/],
    ["a file over 200 KB", [write("big.md", "Word. ".repeat(40_000))], /200 KB/],
    ["no arguments", [], /usage/],
    ["a bad seed", [seed, "--seed", "x"], /--seed/],
  ])("refuses %s with one line on stderr", (_name, args, message) => {
    const r = run(...(args as string[]));
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message as RegExp);
    expect(oneLine(r.stderr)).toBe(true);
  });
});

function write(name: string, content: string): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}
