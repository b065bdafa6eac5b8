// Page weight: the JavaScript a browser downloads to load each page of Factdeck, gzipped, from the
// production build served by `next start`. Signs in as the demo student and teacher for their
// pages, reads each page's HTML for the scripts it loads, fetches those once and gzips them.
//   npm run bench:pages [-- --port 3310 --dist .next-bench --out bench/pages/results.json]
//   npm run bench:pages -- --base http://127.0.0.1:3000    (a server already running, demo accounts seeded)
// See bench/pages/README.md. Exit 0 when every page with a goal meets it, 1 otherwise, 2 on a setup error.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { startServer, ROOT, type BenchServer } from "../attempts/server";
import { gzipBytes, kB, scriptUrls, table, weigh } from "./measure";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const PORT = Number(option("port") ?? 3310);
const DIST = option("dist") ?? process.env.NEXT_DIST_DIR ?? ".next-bench";
const OUT = path.resolve(ROOT, option("out") ?? "bench/pages/results.json");
const BASE = option("base");

const STUDENT = { email: "ana@factdeck.test", password: "factdeck-student" }; // has past attempts: charts drawn
const TEACHER = { email: "teacher@factdeck.test", password: "factdeck-teacher" };

/** Issue 14: quiz, demo and dashboard pages at most 150 kB of gzipped JavaScript. */
const GOALS = new Map([
  ["/demo", 150_000],
  ["/dashboard", 150_000],
  ["/attempts/[id]", 150_000],
]);

type Session = { cookie: string };
const anonymous: Session = { cookie: "" };

async function get(base: string, session: Session, pathname: string): Promise<Response> {
  return fetch(base + pathname, { redirect: "manual", headers: session.cookie ? { cookie: session.cookie } : {} });
}

async function page(base: string, session: Session, pathname: string): Promise<string> {
  const res = await get(base, session, pathname);
  if (res.status !== 200) throw new Error(`GET ${pathname} answered ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`);
  return res.text();
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does; returns the cookie. */
async function signIn(base: string, user: { email: string; password: string }): Promise<Session> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, callbackUrl: `${base}/dashboard` }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]!).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`Signing in as ${user.email} failed (status ${res.status}); are the demo accounts seeded?`);
  return { cookie: session };
}

/** The first link in the HTML whose path matches, e.g. /teacher/classes/<id>. */
function link(html: string, pattern: RegExp): string {
  for (const match of html.matchAll(/href="([^"]+)"/g)) {
    const href = match[1]!.replace(/&amp;/g, "&");
    if (pattern.test(href)) return href;
  }
  throw new Error(`No link matching ${pattern}`);
}

/**
 * Starts a practice attempt as a browser without JavaScript would: the article page's form posts
 * to its server action (the form carries the action's id as a hidden field) and is redirected to
 * the new attempt. Returns the attempt page's path.
 */
async function startPractice(base: string, session: Session, articlePath: string, html: string): Promise<string> {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/gi)].map((m) => m[0]).find((f) => /name="slug"/.test(f));
  if (!form) throw new Error(`No practice form on ${articlePath}`);
  const body = new FormData();
  for (const input of form.matchAll(/<input\b[^>]*>/gi)) {
    const name = /\sname="([^"]*)"/.exec(input[0])?.[1];
    if (!name || /type="checkbox"/.test(input[0])) continue;
    body.append(name, /\svalue="([^"]*)"/.exec(input[0])?.[1] ?? "");
  }
  const res = await fetch(base + articlePath, { method: "POST", redirect: "manual", headers: { cookie: session.cookie }, body });
  const location = res.headers.get("location");
  if (!location || !/\/attempts\/[^/]+$/.test(new URL(location, base).pathname)) {
    throw new Error(`Starting practice answered ${res.status} without a redirect to an attempt`);
  }
  return new URL(location, base).pathname;
}

async function main() {
  let server: BenchServer | undefined;
  let base = BASE;
  if (!base) {
    console.log(`Starting Factdeck (build in ${DIST}, reused when the sources haven't changed) on port ${PORT}…`);
    server = await startServer({ port: PORT, dataDir: "bench/.data-pages", distDir: DIST });
    base = server.base;
  }
  try {
    const student = await signIn(base, STUDENT);
    const teacher = await signIn(base, TEACHER);

    // route pattern → [session, concrete path]; parameters are filled from links on earlier pages.
    const targets: { route: string; session: Session; path: string }[] = [];
    const add = (route: string, session: Session, p: string) => targets.push({ route, session, path: p });

    add("/", anonymous, "/");
    add("/demo", anonymous, "/demo");
    const articles = await page(base, anonymous, "/articles");
    add("/articles", anonymous, "/articles");
    const articlePath = link(articles, /^\/articles\/[^/?#]+$/);
    add("/articles/[slug]", anonymous, articlePath);
    add("/sign-in", anonymous, "/sign-in");

    add("/dashboard", student, "/dashboard");
    const resultPath = link(await page(base, student, "/dashboard"), /^\/attempts\/[^/]+\/result$/);
    const attemptPath = await startPractice(base, student, articlePath, await page(base, student, articlePath));
    add("/attempts/[id]", student, attemptPath);
    add("/attempts/[id]/result", student, resultPath);
    add("/progress", student, "/progress");
    add("/leaderboard", student, "/leaderboard");
    add("/review", student, "/review");
    add("/account", student, "/account");

    add("/teacher", teacher, "/teacher");
    const classes = await page(base, teacher, "/teacher/classes");
    add("/teacher/classes", teacher, "/teacher/classes");
    const classPath = link(classes, /^\/teacher\/classes\/(?!new$)[^/]+$/);
    add("/teacher/classes/[id]", teacher, classPath);
    const classPage = await page(base, teacher, classPath);
    add("/teacher/assignments/[id]/results", teacher, link(classPage, /^\/teacher\/assignments\/[^/]+\/results$/));
    // A student's progress is linked from the class board (all time: the demo has past points).
    const classId = classPath.split("/").pop()!;
    const board = await page(base, teacher, `/leaderboard?board=${encodeURIComponent(classId)}&period=all`);
    add("/teacher/students/[id]/progress", teacher, link(board, /^\/teacher\/students\/[^/]+\/progress$/));
    const sets = await page(base, teacher, "/teacher/sets");
    add("/teacher/sets", teacher, "/teacher/sets");
    add("/teacher/sets/[id]", teacher, link(sets, /^\/teacher\/sets\/[^/]+$/));
    const bankPath = `/teacher${articlePath}`;
    add("/teacher/articles/[slug]", teacher, bankPath);
    add("/teacher/articles/[slug]/questions/[id]/edit", teacher, link(await page(base, teacher, bankPath), /\/questions\/[^/]+\/edit$/));
    add("/teacher/articles/new", teacher, "/teacher/articles/new");

    const pages: { route: string; path: string; html: string; chunks: string[] }[] = [];
    for (const t of targets) {
      const html = await page(base, t.session, t.path);
      const chunks = scriptUrls(html);
      if (chunks.length === 0) throw new Error(`${t.path} loads no script: is this a production build of the app?`);
      pages.push({ route: t.route, path: t.path, html, chunks });
    }

    const sizes = new Map<string, { bytes: number; gzip: number }>();
    for (const url of new Set(pages.flatMap((p) => p.chunks))) {
      const res = await fetch(new URL(url, base));
      if (!res.ok) throw new Error(`${url} answered ${res.status}`);
      const body = new Uint8Array(await res.arrayBuffer());
      sizes.set(url, { bytes: body.length, gzip: gzipBytes(body) });
    }

    const result = weigh(pages, sizes);
    console.log(`\nFirst-load JavaScript per page (gzipped, 1 kB = 1,000 bytes), ${base}:\n`);
    console.log(table(result.pages, GOALS));
    const sharedGzip = result.shared.reduce((s, c) => s + c.gzip, 0);
    console.log(`\nShared by every page: ${result.shared.length} chunks, ${kB(sharedGzip)} kB gzipped.`);
    console.log("Largest chunks of each page beyond the shared ones (gzip kB):");
    for (const p of result.pages) {
      const top = p.ownChunks.slice(0, 4).map((c) => `${path.basename(c.url.split("?")[0]!)} ${kB(c.gzip)}`);
      console.log(`  ${p.route.padEnd(48)} ${top.join(", ") || "—"}`);
    }

    let commit = "";
    try {
      commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
      // Left out: tsconfig.json (`next build` adds a new dist dir's types to it) and this output.
      const ignore = [":!tsconfig.json", `:!${path.relative(ROOT, OUT)}`];
      if (execFileSync("git", ["status", "--porcelain", "--", ".", ...ignore], { cwd: ROOT, encoding: "utf8" }).trim()) commit += "+changes";
    } catch {
      // not a git checkout
    }
    writeFileSync(
      OUT,
      JSON.stringify(
        { measuredAt: new Date().toISOString(), commit, base, unit: "bytes", goals: Object.fromEntries(GOALS), shared: result.shared, pages: result.pages },
        null,
        2,
      ) + "\n",
    );
    console.log(`\nWrote ${path.relative(ROOT, OUT)}`);

    const missed = result.pages.filter((p) => GOALS.has(p.route) && p.jsGzip > GOALS.get(p.route)!);
    if (missed.length) {
      console.log(`FAIL: over the goal: ${missed.map((p) => `${p.route} ${kB(p.jsGzip)} kB`).join(", ")}`);
      process.exitCode = 1;
    } else {
      console.log("PASS: every page with a goal meets it.");
    }
  } finally {
    server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
