import { describe, expect, it } from "vitest";
import { activeHref, homePath, navFor, type Nav } from "./navigation";

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

describe("homePath", () => {
  it("sends a teacher or admin to /teacher and a student to the dashboard", () => {
    expect(homePath("teacher")).toBe("/teacher");
    expect(homePath("admin")).toBe("/teacher");
    expect(homePath("student")).toBe("/dashboard");
  });
});

describe("navFor", () => {
  const hrefs = (n: Nav) => n.links.map((l) => l.href);
  it("shows a visitor the library only", () => {
    expect(navFor(null, "/")).toEqual({ view: "visitor", links: [{ href: "/articles", label: "Articles" }], switchTo: null });
  });
  it("shows a student their pages and no teacher pages, wherever they are", () => {
    for (const path of ["/dashboard", "/articles/x", "/account"]) {
      const nav = navFor({ role: "student", studies: true }, path);
      expect(nav).toMatchObject({ view: "student", switchTo: null });
      expect(hrefs(nav).some((h) => h.startsWith("/teacher"))).toBe(false);
    }
  });
  it("shows a teacher the teacher pages, with no student view unless they study", () => {
    const nav = navFor({ role: "teacher", studies: false }, "/teacher/classes/abc");
    expect(nav.view).toBe("teacher");
    expect(hrefs(nav)).toEqual(["/teacher", "/teacher/classes", "/teacher/sets", "/articles"]);
    expect(nav.switchTo).toBeNull();
    expect(navFor({ role: "teacher", studies: true }, "/teacher").switchTo).toEqual({ href: "/dashboard", label: "Student view" });
  });
  it("puts a teacher on a student page in the student view, with the way back", () => {
    for (const path of ["/dashboard", "/attempts/a1/result", "/leaderboard"]) {
      const nav = navFor({ role: "teacher", studies: true }, path);
      expect(nav.view).toBe("student");
      expect(hrefs(nav)).toContain("/dashboard");
      expect(nav.switchTo).toEqual({ href: "/teacher", label: "Teacher view" });
    }
  });
  it("keeps the library and account pages in the teacher view, and gives an admin the admin page", () => {
    expect(navFor({ role: "teacher", studies: false }, "/articles/x").view).toBe("teacher");
    expect(hrefs(navFor({ role: "admin", studies: false }, "/account"))).toContain("/admin");
    expect(hrefs(navFor({ role: "teacher", studies: false }, "/account"))).not.toContain("/admin");
  });
});
