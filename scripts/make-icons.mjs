#!/usr/bin/env node
// Draws Factdeck's bitmap icons from app/icon.svg (the one drawing), with the browser the
// browser tests use: `node scripts/make-icons.mjs` after changing the SVG, then commit the files.
//   app/favicon.ico       16, 32 and 48 px (PNG images inside an ICO: every current browser)
//   app/apple-icon.png    180 px, square corners on a filled square (iOS rounds them itself)
//   public/icon-192.png, public/icon-512.png   for the web app manifest (app/manifest.ts)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const svg = readFileSync(path.join(root, "app", "icon.svg"), "utf8");
// The apple icon fills its square: iOS draws its own rounded corners and shows transparency as black.
const squareSvg = svg.replace(/<rect width="32" height="32" rx="7"/, '<rect width="32" height="32"');
if (squareSvg === svg) throw new Error("app/icon.svg no longer starts with the rounded square this script expects");

const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const browser = await chromium.launch(existsSync(systemChromium) ? { executablePath: systemChromium, args: ["--no-sandbox"] } : {});
const page = await browser.newPage({ deviceScaleFactor: 1 });

/** The SVG drawn at size × size pixels, transparent around it, as PNG bytes. */
async function png(source, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img id="i" width="${size}" height="${size}" style="display:block" src="data:image/svg+xml;base64,${Buffer.from(source).toString("base64")}"></body></html>`,
  );
  await page.locator("#i").evaluate((img) => img.decode());
  return page.locator("#i").screenshot({ omitBackground: true, type: "png" });
}

/** An ICO file holding PNG images (the format's "PNG entry", understood since Windows Vista). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

try {
  const sizes = [16, 32, 48];
  const images = [];
  for (const size of sizes) images.push({ size, data: await png(svg, size) });
  writeFileSync(path.join(root, "app", "favicon.ico"), ico(images));
  writeFileSync(path.join(root, "app", "apple-icon.png"), await png(squareSvg, 180));
  mkdirSync(path.join(root, "public"), { recursive: true });
  for (const size of [192, 512]) writeFileSync(path.join(root, "public", `icon-${size}.png`), await png(svg, size));
  console.log("Wrote app/favicon.ico, app/apple-icon.png, public/icon-192.png, public/icon-512.png");
} finally {
  await browser.close();
}
