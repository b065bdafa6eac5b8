import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackUrl("/practice/x?y=1", "/d")).toBe("/practice/x?y=1");
  });
  it.each([["//evil.example"], ["https://evil.example"], ["/\\evil"], [""], [null], [42]])("refuses %s", (raw) => {
    expect(safeCallbackUrl(raw, "/dashboard")).toBe("/dashboard");
  });
});
