// The engine in a worker thread (lib/articles/generation-worker.ts starts it): a long article
// keeps this thread busy for a second or two, never the server's event loop. Loaded as
// TypeScript through tsx by worker-entry.mjs, in development and under `next start` alike.
import { parentPort } from "node:worker_threads";
import { generate } from "./index";
import type { GenerateOptions } from "./types";

export type GenerationJob = { id: number; text: string; options: GenerateOptions };

parentPort?.on("message", (job: GenerationJob) => {
  try {
    parentPort?.postMessage({ id: job.id, ok: true, result: generate(job.text, job.options) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
