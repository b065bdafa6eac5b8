import { describe, expect, it, vi } from "vitest";
import { createSaveQueue, shownAsAnswered, type SaveReply, type SaveState } from "./save-queue";

/** A fake server: each PUT waits until the test answers it, in any order the test likes. */
function fakeServer() {
  const stored = new Map<string, unknown>();
  const pending: { questionId: string; response: unknown; resolve: (r: SaveReply) => void; reject: (e: Error) => void }[] = [];
  const put = vi.fn(
    (questionId: string, response: unknown) =>
      new Promise<SaveReply>((resolve, reject) => {
        pending.push({
          questionId,
          response,
          resolve: (r) => {
            if (r.ok) stored.set(questionId, response);
            resolve(r);
          },
          reject,
        });
      }),
  );
  return { stored, pending, put };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("the save queue", () => {
  it("sends one save per question at a time, so an older answer can never overwrite a newer one", async () => {
    const server = fakeServer();
    const states: SaveState[] = [];
    const queue = createSaveQueue({ put: server.put, onState: (_q, s) => states.push(s) });
    queue.save("m1", { pairs: [0] });
    queue.save("m1", { pairs: [0, 1] });
    queue.save("m1", { pairs: [0, 1, 2] });
    await tick();
    // Only the first is on the wire; the newer answers wait for it.
    expect(server.put).toHaveBeenCalledTimes(1);
    server.pending.shift()!.resolve({ ok: true });
    await tick();
    // Then only the latest goes: the middle one is never sent.
    expect(server.put).toHaveBeenCalledTimes(2);
    expect(server.put.mock.calls[1]![1]).toEqual({ pairs: [0, 1, 2] });
    expect(states.at(-1)).toEqual({ status: "saving" }); // not "saved" for an answer that wasn't the latest
    server.pending.shift()!.resolve({ ok: true });
    await tick();
    expect(server.stored.get("m1")).toEqual({ pairs: [0, 1, 2] });
    expect(states.at(-1)).toEqual({ status: "saved" });
  });

  it("saves different questions side by side", async () => {
    const server = fakeServer();
    const queue = createSaveQueue({ put: server.put, onState: () => {} });
    queue.save("a", 1);
    queue.save("b", 2);
    await tick();
    expect(server.put).toHaveBeenCalledTimes(2);
  });

  it("flush sends a debounced answer at once and waits until every latest answer is stored", async () => {
    const server = fakeServer();
    const queue = createSaveQueue({ put: server.put, onState: () => {} });
    queue.save("a", "first");
    queue.save("t", "typed", 600);
    queue.save("a", "second");
    let flushed = false;
    const done = queue.flush().then(() => (flushed = true));
    await tick();
    expect(server.put.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      ["a", "first"],
      ["t", "typed"],
    ]);
    server.pending.shift()!.resolve({ ok: true }); // a: first
    await tick();
    expect(flushed).toBe(false); // "a"'s latest isn't stored yet
    server.pending.shift()!.resolve({ ok: true }); // t
    await tick();
    server.pending.shift()!.resolve({ ok: true }); // a: second
    await done;
    expect(Object.fromEntries(server.stored)).toEqual({ a: "second", t: "typed" });
  });

  it("sends an answer still being typed when the page goes away, instead of dropping it", async () => {
    const server = fakeServer();
    const queue = createSaveQueue({ put: server.put, onState: () => {} });
    queue.save("t", "half typed", 600);
    expect(server.put).not.toHaveBeenCalled();
    queue.sendPendingNow();
    await tick();
    expect(server.put).toHaveBeenCalledWith("t", "half typed", undefined);
  });

  it("retries a failed save with the latest answer, and reports a refusal without retrying", async () => {
    const server = fakeServer();
    const states: SaveState[] = [];
    const sleep = vi.fn(async () => {});
    const queue = createSaveQueue({ put: server.put, onState: (_q, s) => states.push(s), sleep });
    queue.save("a", "one");
    await tick();
    queue.save("a", "two");
    server.pending.shift()!.reject(new Error("offline"));
    await tick();
    await tick();
    expect(sleep).toHaveBeenCalledWith(1_000);
    expect(server.put.mock.calls.at(-1)![1]).toBe("two");
    server.pending.shift()!.resolve({ ok: false, message: "This attempt is closed." });
    await tick();
    expect(states.at(-1)).toEqual({ status: "rejected", message: "This attempt is closed." });
    expect(server.put).toHaveBeenCalledTimes(2);
  });

  it("knows while an answer is unsaved: debounced, on its way or retrying, and not once it is stored", async () => {
    const server = fakeServer();
    const states: SaveState[] = [];
    const sleep = vi.fn(async () => {});
    const queue = createSaveQueue({ put: server.put, onState: (_q, s) => states.push(s), sleep });
    expect(queue.hasUnsaved()).toBe(false);
    queue.save("t", "Seo", 600);
    expect(queue.hasUnsaved()).toBe(true); // waiting out its debounce: nothing sent yet
    expect(states.at(-1)).toEqual({ status: "pending" });
    queue.sendPendingNow();
    await tick();
    expect(server.put).toHaveBeenCalledTimes(1);
    expect(queue.hasUnsaved()).toBe(true); // on its way
    server.pending.shift()!.reject(new Error("offline"));
    await tick();
    expect(states.at(-1)?.status).toBe("retrying");
    expect(queue.hasUnsaved()).toBe(true); // failed once, retrying
    await tick();
    server.pending.shift()!.resolve({ ok: true });
    await tick();
    expect(states.at(-1)).toEqual({ status: "saved" });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it("a refused answer is not left counted as unsaved work, and its refusal is the question's state", async () => {
    const server = fakeServer();
    const states: SaveState[] = [];
    const queue = createSaveQueue({ put: server.put, onState: (_q, s) => states.push(s) });
    queue.save("m", { pairs: [1, 1] });
    await tick();
    server.pending.shift()!.resolve({ ok: false, message: "Each choice goes with one item." });
    await tick();
    expect(queue.hasUnsaved()).toBe(false);
    expect(states.at(-1)).toEqual({ status: "rejected", message: "Each choice goes with one item." });
  });

  it("an answer typed while an older one is being saved is pending, not shown as saved when the older one lands", async () => {
    const server = fakeServer();
    const states: SaveState[] = [];
    const queue = createSaveQueue({ put: server.put, onState: (_q, s) => states.push(s) });
    queue.save("t", "Seoul");
    await tick();
    queue.save("t", "Seoul, Korea", 600);
    expect(states.at(-1)).toEqual({ status: "pending" });
    server.pending.shift()!.resolve({ ok: true }); // "Seoul" stored, but it is not the answer on screen
    await tick();
    expect(states.at(-1)).toEqual({ status: "pending" });
    expect(queue.hasUnsaved()).toBe(true);
    const done = queue.flush();
    await tick();
    server.pending.shift()!.resolve({ ok: true });
    await done;
    expect(server.stored.get("t")).toBe("Seoul, Korea");
    expect(states.at(-1)).toEqual({ status: "saved" });
    expect(queue.hasUnsaved()).toBe(false);
  });

  it("reports each answer the server replied to, stored or refused, and not one that failed on the way", async () => {
    const server = fakeServer();
    const settled: [string, unknown][] = [];
    const queue = createSaveQueue({ put: server.put, onState: () => {}, onSettled: (q, r) => settled.push([q, r]), sleep: () => new Promise(() => {}) });
    queue.save("n1", { value: "77.2" });
    queue.save("n2", { value: "about half" });
    queue.save("n3", { value: "5" });
    await tick();
    server.pending.shift()!.resolve({ ok: true });
    server.pending.shift()!.resolve({ ok: false, message: "That is not a number." });
    server.pending.shift()!.reject(new Error("offline"));
    await tick();
    expect(settled).toEqual([
      ["n1", { value: "77.2" }],
      ["n2", { value: "about half" }],
    ]);
  });
});

describe("what the quiz page shows as answered", () => {
  it("counts an answer only once the server holds it", () => {
    expect(shownAsAnswered(undefined, true)).toBe(true); // loaded with a stored answer
    expect(shownAsAnswered(undefined, false)).toBe(false);
    expect(shownAsAnswered({ status: "saved" }, false)).toBe(true);
    for (const status of ["pending", "saving", "retrying", "rejected"] as const) {
      expect(shownAsAnswered({ status }, true), status).toBe(false);
    }
  });
});
