import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

const SITE = "http://localhost:3000";

describe("safeCallbackUrl", () => {
  it.each([
    ["/practice/x?y=1", "/practice/x?y=1"],
    ["/articles/a#fact-3", "/articles/a#fact-3"],
    ["/teacher/../dashboard", "/dashboard"],
    // an already-encoded slash stays encoded: the browser asks this site for that path
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%09/evil.example", "/%09/evil.example"],
  ])("keeps the same-site path %j", (raw, expected) => {
    expect(safeCallbackUrl(raw, "/d")).toBe(expected);
    expect(safeCallbackUrl(raw, "/d", SITE)).toBe(expected);
  });

  it("keeps an absolute URL of the site itself as its path, when the site's origin is known", () => {
    expect(safeCallbackUrl(`${SITE}/review?x=1#q`, "/d", SITE)).toBe("/review?x=1#q");
    expect(safeCallbackUrl(`${SITE}/review`, "/d")).toBe("/d");
    expect(safeCallbackUrl("https://localhost:3000/review", "/d", SITE)).toBe("/d");
    expect(safeCallbackUrl("http://localhost:3001/review", "/d", SITE)).toBe("/d");
  });

  it.each([
    ["//evil.example"],
    ["https://evil.example"],
    ["http://evil.example/"],
    ["/\\evil"],
    ["\\\\evil.example"],
    ["/\\/evil.example"],
    ["/\t/evil.example"],
    ["/\r/evil.example"],
    ["/\n/evil.example"],
    ["\t//evil.example"],
    ["/ \t/evil.example"],
    ["/.//evil.example"],
    ["/x/..//evil.example"],
    ["javascript:alert(1)"],
    ["JavaScript:alert(document.cookie)"],
    ["java\tscript:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["https:evil.example"],
    ["/ok\u0000"],
    ["/ok\u007f"],
    [`/${"a".repeat(2001)}`],
    [""],
    [null],
    [42],
    [["/a", "/b"]],
  ])("refuses %j", (raw) => {
    expect(safeCallbackUrl(raw, "/dashboard")).toBe("/dashboard");
    expect(safeCallbackUrl(raw, "/dashboard", SITE)).toBe("/dashboard");
  });

  it("what it returns, a browser resolves to this site", () => {
    const tricky = ["/a", "/%2F/evil", "/teacher/../x", "//evil", "/\t/evil", "/.//evil", "https://evil.example", `${SITE}/y`];
    for (const raw of tricky) {
      const target = safeCallbackUrl(raw, "/", SITE);
      expect(new URL(target, "https://other.example").host, `${raw} -> ${target}`).toBe("other.example");
    }
  });
});
