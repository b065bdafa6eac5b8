// The quiz page's answer saving, without React (components/quiz/use-autosave.ts wraps it), so its
// ordering rules are unit-tested. Pure: no server code, safe in the browser.

/**
 * A question's save, as the page shows it. "pending": an answer still being typed, waiting out
 * its debounce. Only "saved" means the server holds the answer on screen.
 */
export type SaveState = { status: "idle" | "pending" | "saving" | "saved" | "retrying" | "rejected"; message?: string };
export type SaveReply = { ok: true; savedAt?: string } | { ok: false; message: string };

const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

type Options = {
  /** Sends one answer; resolves with the server's reply, throws on a network or server failure. */
  put: (questionId: string, response: unknown, timeMs: number | undefined) => Promise<SaveReply>;
  onState: (questionId: string, state: SaveState) => void;
  /** The server replied to `response` (stored or refused it): it needs no sending again. */
  onSettled?: (questionId: string, response: unknown) => void;
  /** Waits between retries (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
};

/**
 * Saves each answer as it is given. Network failures retry with backoff until the save goes
 * through; a refusal from the server (bad answer, closed attempt) is reported, not retried.
 *
 * One save per question at a time: two saves sent side by side can reach the server in either
 * order, and the older answer would then be the one kept (a matching question answered in three
 * quick picks was stored with two). A newer answer waits for the save in flight, then goes; only
 * the latest answer per question is ever sent, and "saved" is reported only once it is stored.
 */
export function createSaveQueue({ put, onState, onSettled, sleep = (ms) => new Promise((r) => setTimeout(r, ms)) }: Options) {
  const latest = new Map<string, unknown>();
  const spent = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const inFlight = new Map<string, Promise<void>>();
  const again = new Set<string>();

  /** Sends the question's latest answer until the server stores or refuses it; returns that answer. */
  async function send(questionId: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const response = latest.get(questionId);
      onState(questionId, { status: attempt === 0 ? "saving" : "retrying" });
      try {
        const result = await put(questionId, response, spent.get(questionId));
        onSettled?.(questionId, response);
        // A newer answer goes next; only the latest one's outcome is the question's state.
        if (latest.get(questionId) === response) onState(questionId, result.ok ? { status: "saved" } : { status: "rejected", message: result.message });
        return response;
      } catch {
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
        onState(questionId, { status: "retrying", message: "Not saved yet — check your connection. Retrying…" });
        await sleep(delay);
      }
    }
  }

  function run(questionId: string): void {
    if (inFlight.has(questionId)) {
      again.add(questionId);
      return;
    }
    const p = send(questionId).then((settled) => {
      inFlight.delete(questionId);
      // Answers given meanwhile: send the latest, unless the retries already sent it.
      if (again.delete(questionId) && latest.get(questionId) !== settled) run(questionId);
    });
    inFlight.set(questionId, p);
  }

  /**
   * The page is going away (left, reloaded, closed): an answer still waiting out its debounce is
   * sent now rather than dropped (the request is `keepalive`, so it completes after the page).
   */
  function sendPendingNow(): void {
    for (const [questionId, timer] of timers) {
      clearTimeout(timer);
      timers.delete(questionId);
      run(questionId);
    }
  }

  // Plain functions (no `this`): callers pass them around on their own.
  return {
    save(questionId: string, response: unknown, debounceMs = 0, timeMs?: number): void {
      latest.set(questionId, response);
      if (timeMs !== undefined) spent.set(questionId, Math.min(timeMs, 3_600_000));
      clearTimeout(timers.get(questionId));
      timers.delete(questionId);
      if (debounceMs > 0) {
        timers.set(questionId, setTimeout(() => (timers.delete(questionId), run(questionId)), debounceMs));
        // Not "saved" any more, even while an older answer's save finishes: that one isn't this.
        onState(questionId, { status: "pending" });
      } else run(questionId);
    },

    /** Sends any debounced answer now and waits until every question's latest answer is saved (or refused). */
    async flush(): Promise<void> {
      sendPendingNow();
      while (inFlight.size > 0) await Promise.all([...inFlight.values()]);
    },

    sendPendingNow,

    /**
     * Whether an answer given on this page isn't stored yet: waiting out its debounce, on its
     * way, or retrying after a failure. (A refused answer is not unsaved work the page can
     * still save: the student sees why it was refused.)
     */
    hasUnsaved(): boolean {
      return timers.size > 0 || inFlight.size > 0;
    },
  };
}

/**
 * Whether the quiz page shows a question as answered (its count, progress bar and navigator):
 * only when the server holds the answer on screen. An answer still being typed or on its way,
 * retrying, or refused is not "answered", so a student never leaves a question believing it
 * counts when it doesn't. Before any change on this page, the answer the page loaded with counts.
 */
export function shownAsAnswered(state: SaveState | undefined, savedOnLoad: boolean): boolean {
  if (!state || state.status === "idle") return savedOnLoad;
  return state.status === "saved";
}
