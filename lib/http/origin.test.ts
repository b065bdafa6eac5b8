// The proxy's same-origin rule for writes (issue 12, defect 11: foreign-origin actions got 500).
import { describe, expect, it } from "vitest";
import { addressedOrigin, isForeignWrite, requestOrigin } from "./origin";

const req = (method: string, headers: Record<string, string>) => new Request("http://localhost:3000/teacher/articles/new", { method, headers });

describe("isForeignWrite", () => {
  it("passes reads, same-origin writes and clients that send no Origin", () => {
    expect(isForeignWrite(req("GET", { origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isForeignWrite(req("POST", { origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isForeignWrite(req("POST", { host: "localhost:3000" }))).toBe(false);
    expect(isForeignWrite(req("POST", { origin: "https://factdeck.example", host: "internal:3000", "x-forwarded-host": "factdeck.example" }))).toBe(false);
  });

  it("refuses writes from another site, a null origin, and a browser that says cross-site", () => {
    expect(isForeignWrite(req("POST", { origin: "https://evil.example", host: "localhost:3000" }))).toBe(true);
    expect(isForeignWrite(req("POST", { origin: "http://localhost:3000.evil.example", host: "localhost:3000" }))).toBe(true);
    expect(isForeignWrite(req("PUT", { origin: "null", host: "localhost:3000" }))).toBe(true);
    expect(isForeignWrite(req("POST", { "sec-fetch-site": "cross-site", host: "localhost:3000" }))).toBe(true);
    expect(isForeignWrite(req("POST", { origin: "not a url", host: "localhost:3000" }))).toBe(true);
  });
});

describe("addressedOrigin", () => {
  const h = (headers: Record<string, string>) => new Headers(headers);
  it("is the host the browser addressed, https only when the proxy says so", () => {
    expect(addressedOrigin(h({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(addressedOrigin(h({ host: "internal:3000", "x-forwarded-host": "factdeck.example", "x-forwarded-proto": "https" }))).toBe("https://factdeck.example");
    expect(addressedOrigin(h({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });
  it("is null for a missing or odd host, so no header text lands in a link", () => {
    expect(addressedOrigin(h({}))).toBeNull();
    expect(addressedOrigin(h({ host: "evil.example/path?x=" }))).toBeNull();
    expect(addressedOrigin(h({ host: "a b" }))).toBeNull();
  });
});

describe("requestOrigin", () => {
  const get = (headers: Record<string, string>) => new Request("http://localhost:3000/teacher/assignments/a/results/answers.csv", { headers });

  it("is the address the browser used: the Host header, not the server's own", () => {
    expect(requestOrigin(get({ host: "192.168.1.20:3000" }))).toBe("http://192.168.1.20:3000");
    expect(requestOrigin(get({}))).toBe("http://localhost:3000");
  });

  it("behind a proxy, the first forwarded host and protocol", () => {
    expect(requestOrigin(get({ host: "127.0.0.1:3000", "x-forwarded-host": "factdeck.school.example, inner", "x-forwarded-proto": "https,http" }))).toBe(
      "https://factdeck.school.example",
    );
  });

  it("ignores a host that is not a plain name or address, and a protocol that is not http(s)", () => {
    expect(requestOrigin(get({ host: "evil.example/path?x=" }))).toBe("http://localhost:3000");
    expect(requestOrigin(get({ host: "school.example", "x-forwarded-proto": "javascript" }))).toBe("http://school.example");
  });
});
