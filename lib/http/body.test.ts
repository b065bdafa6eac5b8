// The streamed body bound shared by the route handlers (issue 12, defect 10).
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { limitedBody, PayloadTooLargeError, readBodyText } from "./body";

function chunked(total: number, chunk = 1024) {
  let pulled = 0;
  const state = { pulled: () => pulled, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled >= total) return c.close();
      pulled += chunk;
      c.enqueue(new Uint8Array(chunk).fill(0x61));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new NextRequest("http://localhost:3000/api/auth/callback/credentials", { method: "POST", body, headers, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);

describe("readBodyText", () => {
  it("returns a body within the bound", async () => {
    expect(await readBodyText(post("email=a%40b.c"), 100)).toBe("email=a%40b.c");
  });

  it("refuses a declared Content-Length over the bound before reading", async () => {
    const { body, state } = chunked(10_000);
    await expect(readBodyText(post(body, { "content-length": "10000" }), 100)).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(state.pulled()).toBeLessThanOrEqual(2048);
  });

  it("stops a chunked body at the bound and cancels the stream", async () => {
    const { body, state } = chunked(64 * 1024 * 1024);
    await expect(readBodyText(post(body), 4096, "Too big.")).rejects.toThrow("Too big.");
    expect(state.cancelled).toBe(true);
    expect(state.pulled()).toBeLessThan(64 * 1024);
  });
});

describe("limitedBody", () => {
  it("hands on a copy of a small request with its body, and answers 413 with JSON for a large one", async () => {
    const ok = await limitedBody(post("a=1&b=2", { "content-type": "application/x-www-form-urlencoded" }), 1024);
    expect(ok).toBeInstanceOf(NextRequest);
    expect(await (ok as NextRequest).text()).toBe("a=1&b=2");
    const big = await limitedBody(post(chunked(1024 * 1024).body), 1024);
    expect(big).toBeInstanceOf(Response);
    expect((big as Response).status).toBe(413);
    expect(await (big as Response).json()).toEqual({ ok: false, message: "That request is too large." });
  });
});
