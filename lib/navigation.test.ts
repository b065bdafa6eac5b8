import { describe, expect, it } from "vitest";
import { activeHref } from "./navigation";

const links = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/articles", label: "Articles" },
  { href: "/teacher", label: "Teach" },
  { href: "/teacher/classes", label: "Classes" },
];

describe("activeHref", () => {
  it("marks the link of the page, and of the pages below it", () => {
    expect(activeHref(links, "/dashboard")).toBe("/dashboard");
    expect(activeHref(links, "/articles/korea-japan-economic-ties")).toBe("/articles");
  });
  it("prefers the most specific link", () => {
    expect(activeHref(links, "/teacher/classes/abc/assign")).toBe("/teacher/classes");
    expect(activeHref(links, "/teacher/sets")).toBe("/teacher");
    expect(activeHref(links, "/teacher")).toBe("/teacher");
  });
  it("does not match a link that is only a prefix of a word", () => {
    expect(activeHref([{ href: "/review", label: "Review" }], "/reviews")).toBeNull();
  });
  it("marks nothing on pages outside the menu", () => {
    expect(activeHref(links, "/")).toBeNull();
    expect(activeHref(links, "/attempts/x")).toBeNull();
    expect(activeHref([], "/dashboard")).toBeNull();
  });
});
