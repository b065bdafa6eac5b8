import type { IncomingMessage } from "node:http";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { nodeRequest } from "./fast-paths";
import { PayloadTooLargeError } from "./body";

/** A Node request whose body arrives in `chunks` (strings), with `headers`. */
function incoming(headers: Record<string, string | string[]>, chunks: string[]): IncomingMessage {
  const stream = new PassThrough();
  Object.assign(stream, { headers, url: "/api/live-games/g1/answers?x=1", method: "POST" });
  setImmediate(() => {
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
  });
  return stream as unknown as IncomingMessage;
}

describe("nodeRequest", () => {
  it("reads the headers (case-insensitive, repeated ones joined) and the address", () => {
    const request = nodeRequest(incoming({ host: "quiz.example", "x-live-token": "t1", "accept-language": ["ko", "en"] }, []));
    expect(request.url).toBe("http://quiz.example/api/live-games/g1/answers?x=1");
    expect(request.headers.get("X-Live-Token")).toBe("t1");
    expect(request.headers.get("accept-language")).toBe("ko, en");
    expect(request.headers.get("origin")).toBeNull();
  });

  it("reads a body sent in pieces as UTF-8 text, a character split between pieces included", async () => {
    const bytes = Buffer.from('{"a":"한국"}');
    const cut = bytes.indexOf(Buffer.from("한")) + 1; // inside the character's three bytes
    const stream = new PassThrough();
    Object.assign(stream, { headers: {}, url: "/" });
    setImmediate(() => {
      stream.write(bytes.subarray(0, cut));
      stream.end(bytes.subarray(cut));
    });
    await expect(nodeRequest(stream as unknown as IncomingMessage).text(100)).resolves.toBe('{"a":"한국"}');
  });

  it("refuses a declared length over the bound before reading, and a longer body without one as soon as it passes", async () => {
    await expect(nodeRequest(incoming({ "content-length": "9000" }, ["x"])).text(8192, "Too big.")).rejects.toThrow(PayloadTooLargeError);
    const undeclared = nodeRequest(incoming({}, ["x".repeat(5000), "x".repeat(5000), "x".repeat(5000)])).text(8192, "Too big.");
    await expect(undeclared).rejects.toMatchObject({ status: 413, message: "Too big." });
  });

  it("takes a body exactly at the bound", async () => {
    await expect(nodeRequest(incoming({ "content-length": "8" }, ["12345678"])).text(8)).resolves.toBe("12345678");
  });
});
