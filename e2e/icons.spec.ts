import { expect, test } from "@playwright/test";

// The favicon and app icons (app/icon.svg, app/favicon.ico, app/apple-icon.png, app/manifest.ts):
// what a browser asks for by itself, and what the page and the manifest point to, is all there.
test("/favicon.ico is an icon, not a 404", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  const body = await res.body();
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO file's header
});

test("the page's icon links and the manifest's icons all load", async ({ page, request }) => {
  await page.goto("/");
  const hrefs = await page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"], head link[rel="manifest"]').evaluateAll((links) =>
    links.map((l) => `${l.getAttribute("rel")} ${l.getAttribute("href")}`),
  );
  expect(hrefs.some((h) => h.startsWith("icon /icon.svg"))).toBe(true);
  expect(hrefs.some((h) => h.startsWith("apple-touch-icon /apple-icon.png"))).toBe(true);
  expect(hrefs).toContain("manifest /manifest.webmanifest");

  for (const href of hrefs.map((h) => h.split(" ")[1]!)) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
  }
  const svg = await request.get("/icon.svg");
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");

  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; icons: { src: string; type: string }[] };
  expect(manifest.name).toBe("Factdeck");
  expect(manifest.icons.length).toBeGreaterThanOrEqual(3);
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"], icon.src).toContain(icon.type);
  }
});
