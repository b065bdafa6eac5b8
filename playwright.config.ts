import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's chromium where Playwright's own browser can't be downloaded; Playwright's browser otherwise.
// Headless, Debian's chromium-headless-shell (the old headless mode, the one Playwright itself runs
// headless) when it is installed: on a 2-core machine it walked the same journeys in about a sixth
// less time than the full browser. A headed run (--headed, debugging) needs the full browser.
const headed = process.argv.includes("--headed") || process.argv.includes("--debug") || process.argv.includes("--ui") || Boolean(process.env.PWDEBUG);
const systemChromium =
  process.env.CHROMIUM_PATH ?? (!headed && existsSync("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium");
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    }
  : {};

/**
 * npm test walks the journeys in two browser passes side by side, on SQLite and on PostgreSQL
 * (E2E_PASS=sqlite and E2E_PASS=postgres; unset, as for `npm run test:e2e`, every journey runs).
 * On a 2-core machine both passes are bound by CPU, so a journey that gains nothing from the
 * second database runs in one pass only.
 *
 * Journeys whose subject is the page itself: its accessibility, layout at phone widths, Korean
 * text and security headers. They read the same seeded data whatever the database, so each runs
 * in one pass: POSTGRES_PAGE_JOURNEYS in the PostgreSQL pass, the rest in the SQLite pass (which
 * has the longer list of other journeys), to even the two passes out.
 */
export const PAGE_JOURNEYS = [
  "accessibility.spec.ts",
  "classes-accessibility.spec.ts",
  "csp.spec.ts",
  "korean.spec.ts",
  "korean-live-admin.spec.ts",
  "korean-teacher-bank.spec.ts",
  "korean-teacher-class.spec.ts",
  "mobile.spec.ts",
  "tables-mobile.spec.ts",
];
export const POSTGRES_PAGE_JOURNEYS = ["korean-live-admin.spec.ts", "korean-teacher-bank.spec.ts", "korean-teacher-class.spec.ts"];

/**
 * Journeys whose subject is what the server lets through or what the browser does with a page —
 * who may open which page (role-matrix, authz), which keys leave the server (keys), staying
 * responsive under huge pastes (paste-bounds), the icons, the demo (which stores nothing), the
 * result and feedback pages and the evidence question's clicks. Their database reads and writes
 * are the ones every data journey makes, and the integration tests check each rule on PostgreSQL
 * itself (role-matrix, the key rules, the paste bounds), so they run in the SQLite pass only.
 */
export const BROWSER_JOURNEYS = [
  "authz.spec.ts",
  "demo.spec.ts",
  "evidence-question.spec.ts",
  "feedback.spec.ts",
  "icons.spec.ts",
  "immediate-feedback.spec.ts",
  "keys.spec.ts",
  "paste-bounds.spec.ts",
  "role-matrix.spec.ts",
];

/** The one pass a spec file runs in, or null for a journey about data, which runs in both. */
export function onlyPass(spec: string): "sqlite" | "postgres" | null {
  if (POSTGRES_PAGE_JOURNEYS.includes(spec)) return "postgres";
  return PAGE_JOURNEYS.includes(spec) || BROWSER_JOURNEYS.includes(spec) ? "sqlite" : null;
}

const pass = process.env.E2E_PASS;
const elsewhere = (spec: string) => Boolean(pass) && onlyPass(spec) !== null && onlyPass(spec) !== pass;
const ignored = [...PAGE_JOURNEYS, ...BROWSER_JOURNEYS].filter(elsewhere);

export default defineConfig({
  testDir: "e2e",
  testIgnore: ignored.length ? ignored.map((name) => `**/${name}`) : undefined,
  outputDir: `test-results/e2e-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // Recording a trace costs a fifth of the pass's time (measured: 95 s against 75 s for three
    // specs). CI retries a failed test once and records that retry; locally, every failure keeps one.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: {
    // A fresh database every run: e2e/serve.mjs deletes it, then runs the same start script as users.
    command: `node e2e/serve.mjs`,
    url: `${baseURL}/api/health`,
    timeout: 480_000, // a first build on a busy 2-core machine can take minutes
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT), ...(process.env.E2E_DATA_DIR ? { E2E_DATA_DIR: process.env.E2E_DATA_DIR } : {}) },
  },
});
