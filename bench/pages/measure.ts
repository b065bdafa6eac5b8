// Pure helpers of the page-weight benchmark (bench/pages/run.ts): which JavaScript a page's HTML
// makes a browser download on first load, and how big that is gzipped. No network, no files:
// run.ts fetches, these parse and add up (unit tests: test/bench-pages.test.ts).
import { gzipSync } from "node:zlib";

/** One attribute's value from a tag's text (`name="v"`, `name='v'` or `name=v`), or null. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(tag);
  if (!match) return null;
  return (match[1] ?? match[2] ?? match[3] ?? "").replace(/&amp;/g, "&");
}

function hasAttribute(tag: string, name: string): boolean {
  return new RegExp(`\\s${name}(?:\\s|=|/?>)`, "i").test(tag);
}

/**
 * The same-origin JavaScript files a page's HTML makes a modern browser fetch before it is
 * interactive, in document order, each once: `<script src>` (not `nomodule`: a browser that
 * runs modules skips those, they are Next's polyfills for old ones), `<link rel="modulepreload">`
 * and `<link rel="preload" as="script">` (React hoists the chunks of the page's client components
 * as these). Inline scripts (the React Server Components payload) are part of the HTML, counted
 * apart; other origins are left out (Factdeck loads none). Query strings are kept: `?dpl=` makes
 * a different URL, which is a different download.
 */
export function scriptUrls(html: string): string[] {
  const urls: string[] = [];
  const add = (src: string | null) => {
    if (!src) return;
    if (/^(?:[a-z]+:)?\/\//i.test(src)) return; // another origin (or protocol-relative)
    if (!/\.m?js(?:\?|$)/.test(src)) return;
    if (!urls.includes(src)) urls.push(src);
  };
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = match[0];
    if (hasAttribute(tag, "nomodule")) continue;
    add(attribute(tag, "src"));
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = (attribute(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("modulepreload") || (rel.includes("preload") && attribute(tag, "as")?.toLowerCase() === "script")) {
      add(attribute(tag, "href"));
    }
  }
  return urls;
}

/** Gzipped size in bytes at zlib's default level (6, what `next start`'s compression uses). */
export function gzipBytes(body: string | Uint8Array): number {
  return gzipSync(body).length;
}

export type ChunkSize = { url: string; bytes: number; gzip: number };
export type PageWeight = {
  route: string;
  /** The URL actually fetched (a route with a parameter names one real instance). */
  path: string;
  chunks: number;
  /** Sum of the chunks' raw sizes, bytes. */
  jsBytes: number;
  /** Sum of the chunks' gzipped sizes, bytes: the figure the goal is about. */
  jsGzip: number;
  /** The HTML document itself, gzipped (it carries the inline RSC payload). */
  htmlGzip: number;
  /** The chunks only this page (of those measured) loads, largest first. */
  ownChunks: ChunkSize[];
};

/**
 * Adds up each page's chunks. `pages` lists each route's chunk URLs; `sizes` has every URL's
 * size. A chunk every measured page loads is shared (React, Next, the root layout); the rest
 * are listed per page, largest first, to show what makes a page heavy.
 */
export function weigh(
  pages: { route: string; path: string; html: string; chunks: string[] }[],
  sizes: ReadonlyMap<string, { bytes: number; gzip: number }>,
): { pages: PageWeight[]; shared: ChunkSize[] } {
  const size = (url: string) => {
    const s = sizes.get(url);
    if (!s) throw new Error(`No size for ${url}`);
    return { url, ...s };
  };
  const everywhere = pages.length
    ? pages.map((p) => new Set(p.chunks)).reduce((a, b) => new Set([...a].filter((url) => b.has(url))))
    : new Set<string>();
  const largestFirst = (a: ChunkSize, b: ChunkSize) => b.gzip - a.gzip || a.url.localeCompare(b.url);
  return {
    shared: [...everywhere].map(size).sort(largestFirst),
    pages: pages.map((p) => {
      const chunks = p.chunks.map(size);
      return {
        route: p.route,
        path: p.path,
        chunks: chunks.length,
        jsBytes: chunks.reduce((sum, c) => sum + c.bytes, 0),
        jsGzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
        htmlGzip: gzipBytes(p.html),
        ownChunks: chunks.filter((c) => !everywhere.has(c.url)).sort(largestFirst),
      };
    }),
  };
}

/** kB as the issue counts them: 1 kB = 1,000 bytes, one decimal. */
export function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** A plain-text table: route, chunks, JS gzipped (and against a goal), HTML gzipped. */
export function table(pages: PageWeight[], goals: ReadonlyMap<string, number> = new Map()): string {
  const rows = [
    ["page", "chunks", "JS raw kB", "JS gzip kB", "goal", "HTML gzip kB"],
    ...pages.map((p) => {
      const goal = goals.get(p.route);
      return [
        p.route,
        String(p.chunks),
        kB(p.jsBytes),
        kB(p.jsGzip),
        goal === undefined ? "" : `${p.jsGzip <= goal ? "≤" : ">"} ${kB(goal)}`,
        kB(p.htmlGzip),
      ];
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd())
    .join("\n");
}
