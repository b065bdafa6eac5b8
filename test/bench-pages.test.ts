import { describe, expect, it } from "vitest";
import { gzipBytes, kB, scriptUrls, table, weigh } from "@/bench/pages/measure";

// Shaped like the head of a page from `next start` (Next 16, Turbopack): scripts, React's hoisted
// preloads, the nomodule polyfill, inline RSC payload.
const HTML = `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>
<script src="/_next/static/chunks/main-2.js" async="" nonce="abc"></script>
<script src='/_next/static/chunks/page-3.js?dpl=x&amp;v=1' async></script>
<link rel="modulepreload" href="/_next/static/chunks/mod-4.mjs">
<link rel="preload" as="font" href="/_next/static/media/font.woff2" crossorigin=""/>
<link rel="preload" href="/_next/static/chunks/not-a-script.js"/>
<script src="/_next/static/chunks/polyfills-5.js" noModule=""></script>
<script src="https://cdn.example.com/other.js"></script>
<script src="//cdn.example.com/protocol-relative.js"></script>
<script src="/_next/static/chunks/main-2.js" async=""></script>
<script nonce="abc">self.__next_f.push([1,"<script src=\\"/fake.js\\">"])</script>
</head><body></body></html>`;

describe("scriptUrls", () => {
  it("lists each same-origin script a modern browser fetches, once, in document order", () => {
    expect(scriptUrls(HTML)).toEqual([
      "/_next/static/chunks/main-2.js",
      "/_next/static/chunks/page-3.js?dpl=x&v=1",
      "/_next/static/chunks/webpack-1.js",
      "/_next/static/chunks/mod-4.mjs",
    ]);
  });

  it("finds nothing in a page without scripts", () => {
    expect(scriptUrls("<html><body><p>src=\"/a.js\"</p></body></html>")).toEqual([]);
  });

  it("skips nomodule however it is written", () => {
    expect(scriptUrls(`<script nomodule src="/a.js"></script><script src="/b.js" NOMODULE></script><script src="/c.js"></script>`)).toEqual(["/c.js"]);
  });
});

describe("gzipBytes", () => {
  it("is the size of the gzip stream, which compresses repetitive text", () => {
    const text = "export const answer = 42;\n".repeat(200);
    const size = gzipBytes(text);
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(text.length / 10); // repetitive text compresses well
    expect(gzipBytes("")).toBeGreaterThanOrEqual(18); // gzip's header and trailer alone
  });
});

describe("weigh", () => {
  const sizes = new Map([
    ["/react.js", { bytes: 300, gzip: 100 }],
    ["/chart.js", { bytes: 900, gzip: 300 }],
    ["/form.js", { bytes: 60, gzip: 20 }],
  ]);
  const pages = [
    { route: "/", path: "/", html: "<html></html>", chunks: ["/react.js"] },
    { route: "/progress", path: "/progress", html: "<html></html>", chunks: ["/react.js", "/form.js", "/chart.js"] },
  ];

  it("adds up raw and gzipped sizes per page", () => {
    const { pages: weighed } = weigh(pages, sizes);
    expect(weighed.map((p) => [p.route, p.chunks, p.jsBytes, p.jsGzip])).toEqual([
      ["/", 1, 300, 100],
      ["/progress", 3, 1260, 420],
    ]);
    expect(weighed[0]!.htmlGzip).toBe(gzipBytes("<html></html>"));
  });

  it("separates the chunks every page loads from each page's own, largest first", () => {
    const { pages: weighed, shared } = weigh(pages, sizes);
    expect(shared.map((c) => c.url)).toEqual(["/react.js"]);
    expect(weighed[0]!.ownChunks).toEqual([]);
    expect(weighed[1]!.ownChunks.map((c) => c.url)).toEqual(["/chart.js", "/form.js"]);
  });

  it("refuses a chunk it has no size for rather than counting it as zero", () => {
    expect(() => weigh([{ route: "/", path: "/", html: "", chunks: ["/missing.js"] }], sizes)).toThrow("/missing.js");
  });
});

describe("table", () => {
  it("shows kB with one decimal and whether a page meets its goal", () => {
    const { pages: weighed } = weigh(
      [
        { route: "/demo", path: "/demo", html: "", chunks: ["/a.js"] },
        { route: "/dashboard", path: "/dashboard", html: "", chunks: ["/b.js"] },
      ],
      new Map([
        ["/a.js", { bytes: 500_000, gzip: 151_234 }],
        ["/b.js", { bytes: 400_000, gzip: 149_999 }],
      ]),
    );
    const lines = table(weighed, new Map([["/demo", 150_000], ["/dashboard", 150_000]])).split("\n");
    expect(lines[0]).toMatch(/^page\s+chunks\s+JS raw kB\s+JS gzip kB\s+goal\s+HTML gzip kB$/);
    expect(lines[1]).toMatch(/^\/demo\s+1\s+500\.0\s+151\.2\s+> 150\.0\s+0\.0$/);
    expect(lines[2]).toMatch(/^\/dashboard\s+1\s+400\.0\s+150\.0\s+≤ 150\.0\s+0\.0$/);
    expect(kB(1_234)).toBe("1.2");
  });
});
