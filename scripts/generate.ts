// Command line for the generation engine:
//   npm run --silent generate -- <article-file> [--json] [--seed N] [--reference-date YYYY-MM-DD]
// With --json, stdout carries exactly one JSON object; every failure is one line on stderr
// and a non-zero exit, never a stack trace.
import { readFileSync, statSync } from "node:fs";
import { generate, type GenerationResult } from "../lib/generation/index";
import { summary } from "./generate-summary";

const MAX_BYTES = 200 * 1024;
const USAGE = "usage: npm run --silent generate -- <article-file> [--json] [--seed N] [--reference-date YYYY-MM-DD]";

class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

interface Args {
  file: string;
  json: boolean;
  seed?: number;
  referenceDate?: string;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  const args: Partial<Args> = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[++i];
      if (v === undefined || v === "") throw new CliError(`missing value for ${a} (see --help)`, 2);
      return v;
    };
    if (a === "--json") args.json = true;
    else if (a === "--help" || a === "-h") throw new CliError(USAGE, 2);
    else if (a.startsWith("--seed")) {
      const v = value();
      if (!/^-?\d+$/.test(v)) throw new CliError(`--seed must be an integer, got "${v}"`, 2);
      args.seed = Number(v);
    } else if (a.startsWith("--reference-date")) {
      const v = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new CliError(`--reference-date must be YYYY-MM-DD, got "${v}"`, 2);
      args.referenceDate = v;
    } else if (a.startsWith("-")) throw new CliError(`unknown option ${a} (see --help)`, 2);
    else if (file === undefined) file = a;
    else throw new CliError("only one article file is accepted (see --help)", 2);
  }
  if (!file) throw new CliError(USAGE, 2);
  return { ...args, file } as Args;
}

function readArticle(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new CliError(`${file} is a directory, not an article file`);
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `${file}: no such file` : `cannot read ${file} (${code ?? "error"})`);
  }
  if (size > MAX_BYTES) throw new CliError(`${file} is ${Math.round(size / 1024)} KB; articles over 200 KB are refused`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (text.trim() === "") throw new CliError(`${file} is empty`);
  return text;
}

export function toJson(r: GenerationResult) {
  return {
    article: r.article,
    facts: r.facts,
    issues: r.issues.map((i) => ({ kind: i.kind, message: i.message, sentences: i.sentences, sources: i.sources, factIds: i.factIds })),
    questions: r.questions,
  };
}

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    const text = readArticle(args.file);
    const result = generate(text, {
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      ...(args.referenceDate ? { referenceDate: args.referenceDate } : {}),
    });
    process.stdout.write(`${args.json ? JSON.stringify(toJson(result), null, 2) : summary(result)}\n`);
    return 0;
  } catch (e) {
    const message = e instanceof CliError ? e.message : `generation failed: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`${message.split("\n")[0]}\n`);
    return e instanceof CliError ? e.code : 1;
  }
}

// Piping into `head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
