import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, servedOverHttps } from "./headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  it("runs only scripts carrying the nonce (or loaded by them), and embeds nothing", () => {
    const csp = directives(contentSecurityPolicy("abc123"));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
    expect(contentSecurityPolicy("abc123")).not.toMatch(/unsafe-eval|'unsafe-inline'.*script/);
  });

  it("allows eval and inline style elements only under next dev; upgrades requests only over HTTPS", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n", { https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("servedOverHttps", () => {
  it.each([
    ["https://factdeck.example/", null, true],
    ["http://127.0.0.1:3000/", "https", true],
    ["http://127.0.0.1:3000/", "https, http", true],
    ["http://127.0.0.1:3000/", null, false],
    ["http://127.0.0.1:3000/", "http", false],
    ["https://factdeck.example/", "http", false],
  ])("%s with X-Forwarded-Proto %s: %s", (url, proto, expected) => {
    expect(servedOverHttps(url, proto)).toBe(expected);
  });
});
