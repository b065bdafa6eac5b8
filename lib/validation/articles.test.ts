import { describe, expect, it } from "vitest";
import { articleFileProblem, MAX_ARTICLE_BYTES, newArticleSchema, slugify } from "./articles";

const ok = { title: "Chip exports rise", source: "", published: "", text: "Exports rose 12% in May." };

describe("newArticleSchema", () => {
  it("accepts a titled text and treats empty optional fields as absent", () => {
    expect(newArticleSchema.parse(ok)).toEqual({ title: "Chip exports rise", source: undefined, published: undefined, text: ok.text });
  });
  it("refuses empty or blank text", () => {
    for (const text of ["", "   \n\t "]) {
      const r = newArticleSchema.safeParse({ ...ok, text });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/Paste the article/);
    }
  });
  it("refuses text over 200 KB, counted in UTF-8 bytes", () => {
    expect(newArticleSchema.safeParse({ ...ok, text: "a".repeat(MAX_ARTICLE_BYTES) }).success).toBe(true);
    expect(newArticleSchema.safeParse({ ...ok, text: "a".repeat(MAX_ARTICLE_BYTES + 1) }).error?.issues[0]?.message).toMatch(/over 200 KB/);
    // 70,000 three-byte characters are only 70,000 characters but 210,000 bytes.
    expect(newArticleSchema.safeParse({ ...ok, text: "한".repeat(70_000) }).success).toBe(false);
  });
  it("wants a real YYYY-MM-DD date when one is given", () => {
    expect(newArticleSchema.parse({ ...ok, published: "2025-06-23" }).published).toBe("2025-06-23");
    for (const published of ["23/06/2025", "2025-02-30", "2025-6-1", "yesterday"]) {
      expect(newArticleSchema.safeParse({ ...ok, published }).success, published).toBe(false);
    }
  });
  it("wants a title", () => {
    expect(newArticleSchema.safeParse({ ...ok, title: " a " }).success).toBe(false);
  });
});

describe("articleFileProblem", () => {
  it("accepts .txt and .md up to 200 KB only", () => {
    expect(articleFileProblem({ name: "story.TXT", size: 10 })).toBeNull();
    expect(articleFileProblem({ name: "story.md", size: MAX_ARTICLE_BYTES })).toBeNull();
    expect(articleFileProblem({ name: "story.md", size: MAX_ARTICLE_BYTES + 1 })).toMatch(/over 200 KB/);
    expect(articleFileProblem({ name: "story.pdf", size: 10 })).toMatch(/\.txt or \.md/);
    expect(articleFileProblem({ name: "story.md.exe", size: 10 })).toMatch(/\.txt or \.md/);
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs and never an empty one", () => {
    expect(slugify("Korea–Japan ties: 60 years on!")).toBe("korea-japan-ties-60-years-on");
    expect(slugify("Café déjà vu")).toBe("cafe-deja-vu");
    expect(slugify("한국 경제")).toBe("article");
    expect(slugify("x".repeat(100))).toHaveLength(60);
  });
});
