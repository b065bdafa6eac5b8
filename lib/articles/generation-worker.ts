import "server-only";
import path from "node:path";
import * as threads from "node:worker_threads";
import type { Worker, WorkerOptions } from "node:worker_threads";
import { Mutex } from "async-mutex";
import type { GenerateOptions, GenerationResult } from "@/lib/generation/types";

/**
 * Generation off the request path. The engine is synchronous CPU work (1-3 s for the largest
 * accepted paste); run in the request it blocked every other request, /api/health included.
 * Here it runs in one long-lived worker thread (kept warm: its NLP libraries load once), one
 * article at a time (async-mutex as the queue), so the event loop keeps serving while a paste is read.
 *
 * The worker's entry is TypeScript in lib/, loaded through tsx's API (tsx is a runtime dependency)
 * by a small .mjs bootstrap, in `next dev`, under `next start` and in tests alike; its path is resolved from the working directory at run time
 * so the bundler leaves it alone (the app is always started from the project root).
 */
const ENTRY = path.join(process.cwd(), "lib", "generation", "worker-entry.mjs");
/** A job that runs longer than this is stopped (its worker ended and replaced). */
export const GENERATION_TIMEOUT_MS = 60_000;
/** The worker's own heap bound: a pathological text ends its worker, not the server. */
const WORKER_HEAP_MB = 1_024;

/**
 * `new Worker(file)` written out is recognised by the bundler (Turbopack), which then bundles the
 * worker's entry and with it tsx and esbuild's binary, and fails. Constructed this way the entry
 * stays a file on disk, loaded by Node at run time.
 */
const startWorker = (file: string, options: WorkerOptions): Worker => Reflect.construct(threads.Worker, [file, options]) as Worker;

const queue = new Mutex();
let worker: Worker | undefined;
let nextId = 1;

export class GenerationFailed extends Error {
  constructor(readonly reason: "timeout" | "crash" | "engine", message: string) {
    super(message);
    this.name = "GenerationFailed";
  }
}

function currentWorker(): Worker {
  if (worker) return worker;
  const w = startWorker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  // An idle worker doesn't keep the process alive (tests, scripts).
  w.unref();
  w.on("exit", () => {
    if (worker === w) worker = undefined;
  });
  worker = w;
  return w;
}

function runOne(text: string, options: GenerateOptions, timeoutMs: number): Promise<GenerationResult> {
  const w = currentWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
    };
    const onMessage = (m: { id: number; ok: boolean; result?: GenerationResult; message?: string }) => {
      if (m.id !== id) return;
      done();
      if (m.ok && m.result) resolve(m.result);
      else reject(new GenerationFailed("engine", m.message ?? "generation failed"));
    };
    const onError = (error: Error) => {
      done();
      if (worker === w) worker = undefined;
      void w.terminate();
      reject(new GenerationFailed("crash", error.message));
    };
    const onExit = (code: number) => {
      done();
      reject(new GenerationFailed("crash", `generation worker exited with code ${code}`));
    };
    const timer = setTimeout(() => {
      done();
      if (worker === w) worker = undefined;
      void w.terminate();
      reject(new GenerationFailed("timeout", `generation took over ${timeoutMs} ms`));
    }, timeoutMs);
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.postMessage({ id, text, options });
  });
}

/** generate(text, options), in the worker thread, after any job queued before it. */
export function generateOffThread(text: string, options: GenerateOptions = {}, timeoutMs = GENERATION_TIMEOUT_MS): Promise<GenerationResult> {
  return queue.runExclusive(() => runOne(text, options, timeoutMs));
}
