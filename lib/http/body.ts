import "server-only";
import { NextRequest } from "next/server";
import { ValidationError } from "@/lib/errors";

/** A request body over its route's bound: answered 413 (lib/http.ts httpStatus). */
export class PayloadTooLargeError extends ValidationError {
  readonly status = 413;
  constructor(message = "That request is too large.") {
    super(message);
    this.name = "PayloadTooLargeError";
  }
}

/**
 * The request's body as bytes, read as a stream and stopped at `maxBytes`: a declared
 * Content-Length over the bound is refused before a byte is read, and a chunked body (no
 * Content-Length) is cancelled as soon as it passes the bound, so a 256 MB upload costs at most
 * `maxBytes` of memory, never the whole body (request.text() would buffer all of it first).
 */
export async function readBodyBytes(request: Request, maxBytes: number, message?: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw new PayloadTooLargeError(message);
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PayloadTooLargeError(message);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body as UTF-8 text, bounded as readBodyBytes. */
export async function readBodyText(request: Request, maxBytes: number, message?: string): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, maxBytes, message));
}

/** The JSON answer a route gives a refused body: 413 with a message a person can read. */
export function tooLargeResponse(error: PayloadTooLargeError): Response {
  return Response.json({ ok: false, message: error.message }, { status: 413, headers: { "Cache-Control": "no-store" } });
}

/**
 * For a route that hands its request to code that reads the body itself (next-auth): the body
 * read here, bounded, and a copy of the request carrying it; or the 413 answer to give instead.
 */
export async function limitedBody(request: NextRequest, maxBytes: number): Promise<NextRequest | Response> {
  try {
    const bytes = await readBodyBytes(request, maxBytes);
    return new NextRequest(request.url, { method: request.method, headers: request.headers, body: bytes.byteLength > 0 ? bytes : null });
  } catch (error) {
    if (error instanceof PayloadTooLargeError) return tooLargeResponse(error);
    throw error;
  }
}
