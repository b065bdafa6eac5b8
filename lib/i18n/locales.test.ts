import { describe, expect, it } from "vitest";
import { fill } from "@/components/i18n/client-messages";
import { fromAcceptLanguage, resolveLocale } from "./locales";

describe("fromAcceptLanguage", () => {
  it("takes the best supported language by q-value, ignoring regions", () => {
    expect(fromAcceptLanguage("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ko");
    expect(fromAcceptLanguage("en-GB,en;q=0.9,ko;q=0.8")).toBe("en");
    expect(fromAcceptLanguage("fr-FR,fr;q=0.9,ko;q=0.5,en;q=0.4")).toBe("ko");
    expect(fromAcceptLanguage("en;q=0.2, ko;q=0.8")).toBe("ko");
  });
  it("has no answer for unsupported, refused (q=0), empty or garbled headers", () => {
    expect(fromAcceptLanguage("fr, de;q=0.5")).toBeNull();
    expect(fromAcceptLanguage("ko;q=0")).toBeNull();
    expect(fromAcceptLanguage("")).toBeNull();
    expect(fromAcceptLanguage(null)).toBeNull();
    expect(fromAcceptLanguage(";;;,q=x")).toBeNull();
  });
});

describe("resolveLocale", () => {
  it("prefers the cookie, then the saved choice, then the browser, then English", () => {
    expect(resolveLocale({ cookie: "ko", saved: "en", acceptLanguage: "en" })).toBe("ko");
    expect(resolveLocale({ cookie: undefined, saved: "ko", acceptLanguage: "en" })).toBe("ko");
    expect(resolveLocale({ cookie: null, saved: null, acceptLanguage: "ko-KR" })).toBe("ko");
    expect(resolveLocale({})).toBe("en");
  });
  it("ignores values that are not a supported language", () => {
    expect(resolveLocale({ cookie: "xx", saved: "../en", acceptLanguage: "de" })).toBe("en");
    expect(resolveLocale({ cookie: "KO", saved: "ko" })).toBe("ko");
  });
});

describe("fill (client messages)", () => {
  it("fills named placeholders and leaves unknown ones visible", () => {
    expect(fill("{n}/{total}", { n: 3, total: 8 })).toBe("3/8");
    expect(fill("Move “{item}” up", { item: "a {b}" })).toBe("Move “a {b}” up");
    expect(fill("Hello {name}", {})).toBe("Hello {name}");
  });
});
