import { describe, expect, it } from "vitest";
import { codeFromLink, joinPath, joinQrSvg } from "./join-link";

describe("join links", () => {
  it("round-trips a code, read as a typed code would be", () => {
    expect(joinPath("FACT42")).toBe("/join/FACT42");
    expect(codeFromLink("FACT42")).toBe("FACT42");
    expect(codeFromLink("fact-42")).toBe("FACT42");
    expect(codeFromLink("fac%20t42")).toBe("FACT42");
  });

  it("refuses what can't be a code", () => {
    expect(codeFromLink("FACT4")).toBeNull();
    expect(codeFromLink("FACT40")).toBeNull(); // 0 is not in the alphabet
    expect(codeFromLink("%E0%A4%A")).toBeNull();
    expect(codeFromLink("<script>")).toBeNull();
  });

  it("draws the link as an SVG QR code", async () => {
    const svg = await joinQrSvg("http://localhost:3000/join/FACT42");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('viewBox="0 0');
    expect(svg).not.toContain("<script");
    // A different link is a different picture.
    expect(await joinQrSvg("http://localhost:3000/join/FACT43")).not.toBe(svg);
  });
});
