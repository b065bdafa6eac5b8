// Issue 5, the route-by-role matrix for pages: every page under app/(teacher), DISCOVERED from
// the file system, is opened as a visitor (sent to sign in), as a student ("That page is for
// teachers") and as a freshly signed-up second teacher (the not-found page for the demo
// teacher's resources; their own, empty lists otherwise) — and none of them sees the demo
// teacher's data anywhere in the HTML. The demo teacher opens each too, so the ids are right.
// A page with [params] and no entry in PARAMS fails its test: that keeps the matrix complete.
// Server actions and CSV routes: test/role-matrix.integration.test.ts.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_TEACHER, openTestDb, signIn, signUpStudent, uniqueName } from "./helpers";
import { addArticle, NEWS_ARTICLE, signUpTeacher } from "./teacher-helpers";

const TEACHER_APP = path.resolve(process.cwd(), "app", "(teacher)");

/** Route → its folder, e.g. "/teacher/classes/[id]" → app/(teacher)/teacher/classes/[id]. */
const PAGE_DIRS = new Map<string, string>();

/** "/teacher/classes/[id]" for app/(teacher)/teacher/classes/[id]/page.tsx; route groups vanish. */
function discoverPages(dir: string, segments: string[] = []): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const isGroup = /^\(.*\)$/.test(entry.name);
      if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue; // private folders and slots
      out.push(...discoverPages(path.join(dir, entry.name), isGroup ? segments : [...segments, entry.name]));
    } else if (/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) {
      const route = `/${segments.join("/")}`;
      PAGE_DIRS.set(route, dir);
      out.push(route);
    }
  }
  return out.sort();
}
const PAGES = discoverPages(TEACHER_APP);

/**
 * A loading.tsx above the page streams its shell first, so the status (200) is sent before the
 * page can call notFound(): the not-found page still replaces it, only the status can't be 404.
 */
function streamed(route: string): boolean {
  const appDir = path.resolve(process.cwd(), "app");
  for (let dir = PAGE_DIRS.get(route)!; dir.startsWith(appDir); dir = path.dirname(dir)) {
    if (readdirSync(dir).some((name) => /^loading\.(tsx|ts|jsx|js)$/.test(name))) return true;
  }
  return false;
}

const DEMO_CLASS_NAME = "Demo class — Economics 101";
const DEMO_SET_TITLE = "Korea–Japan economic ties: key facts";
const PRIVATE_TITLE = `Role matrix private draft ${Date.now()}`;

type Fixtures = { classId: string; setId: string; assignmentId: string; studentId: string; slug: string; questionId: string; joinCode: string; jobId: string; liveGameId: string };

/** Fills each [param] with an id of the demo teacher's own resources. */
const PARAMS: Record<string, (f: Fixtures) => Record<string, string>> = {
  "/teacher/articles/[slug]": (f) => ({ slug: f.slug }),
  "/teacher/articles/[slug]/questions/new": (f) => ({ slug: f.slug }),
  "/teacher/articles/[slug]/worksheet": (f) => ({ slug: f.slug }),
  "/teacher/articles/[slug]/questions/[id]/edit": (f) => ({ slug: f.slug, id: f.questionId }),
  "/teacher/articles/new/[job]": (f) => ({ job: f.jobId }),
  "/teacher/assignments/[id]": (f) => ({ id: f.assignmentId }),
  "/teacher/assignments/[id]/results": (f) => ({ id: f.assignmentId }),
  "/teacher/assignments/[id]/results/students/[studentId]": (f) => ({ id: f.assignmentId, studentId: f.studentId }),
  "/teacher/classes/[id]": (f) => ({ id: f.classId }),
  "/teacher/classes/[id]/assign": (f) => ({ id: f.classId }),
  "/teacher/live/[id]": (f) => ({ id: f.liveGameId }),
  "/teacher/live/[id]/present": (f) => ({ id: f.liveGameId }),
  "/teacher/live/[id]/results": (f) => ({ id: f.liveGameId }),
  "/teacher/sets/[id]": (f) => ({ id: f.setId }),
  "/teacher/sets/[id]/assign": (f) => ({ id: f.setId }),
  "/teacher/sets/[id]/worksheet": (f) => ({ id: f.setId }),
  "/teacher/students/[id]/progress": (f) => ({ id: f.studentId }),
};

async function readFixtures(slug: string): Promise<Fixtures> {
  const db = await openTestDb();
  try {
    const one = async <T>(sql: string, ...args: unknown[]) => {
      const row = (await db.get(sql, ...args)) as T | undefined;
      if (!row) throw new Error(`demo data missing: ${sql}`);
      return row;
    };
    const teacher = await one<{ id: string }>("SELECT id FROM User WHERE email = ?", DEMO_TEACHER.email);
    const klass = await one<{ id: string; joinCode: string }>("SELECT id, joinCode FROM Class WHERE teacherId = ? AND name = ?", teacher.id, DEMO_CLASS_NAME);
    const set = await one<{ id: string }>("SELECT id FROM QuestionSet WHERE ownerId = ? AND title = ?", teacher.id, DEMO_SET_TITLE);
    const assignment = await one<{ id: string }>("SELECT id FROM Assignment WHERE classId = ? AND setId = ?", klass.id, set.id);
    const student = await one<{ id: string }>("SELECT u.id FROM User u JOIN Enrollment e ON e.userId = u.id WHERE e.classId = ? AND u.email = 'ana@factdeck.test'", klass.id);
    const article = await one<{ id: string }>("SELECT id FROM Article WHERE slug = ? AND createdById = ?", slug, teacher.id);
    const question = await one<{ id: string }>("SELECT id FROM Question WHERE articleId = ? ORDER BY key LIMIT 1", article.id);
    const job = await one<{ id: string }>("SELECT id FROM GenerationJob WHERE articleSlug = ? AND createdById = ?", slug, teacher.id);
    const live = await one<{ id: string }>("SELECT id FROM LiveGame WHERE hostId = ? AND setId = ? ORDER BY createdAt DESC LIMIT 1", teacher.id, set.id);
    return { classId: klass.id, setId: set.id, assignmentId: assignment.id, studentId: student.id, slug, questionId: question.id, joinCode: klass.joinCode, jobId: job.id, liveGameId: live.id };
  } finally {
    await db.close();
  }
}

function urlOf(route: string, f: Fixtures): string {
  const params = PARAMS[route]?.(f) ?? {};
  return route.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, _rest, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`PARAMS["${route}"] gives no value for [${name}]`);
    return encodeURIComponent(value);
  });
}

/** What only the demo teacher may see: their class, code, set, private article and students. */
function secrets(f: Fixtures): string[] {
  return [DEMO_CLASS_NAME, f.joinCode, DEMO_SET_TITLE, PRIVATE_TITLE, "Ana Lima", "Ben Okafor", "Chloe Martin", "Dev Shah"];
}

async function expectNoSecrets(page: Page | APIResponse, f: Fixtures, who: string) {
  const html = "content" in page ? await page.content() : await page.text(); // the markup and the RSC payload both
  for (const secret of secrets(f)) expect(html.includes(secret), `${who} at ${page.url()} sees "${secret}"`).toBe(false);
}

/** The text of each <h1> in server-rendered HTML, tags dropped and entities decoded. */
function headingsOf(html: string): string[] {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" };
  return [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) =>
    m[1]!.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => entities[name]!).trim(),
  );
}

/** Positive controls: the owner does see these, so their absence elsewhere means something. */
const OWNER_SEES: Record<string, string> = {
  "/teacher/classes": DEMO_CLASS_NAME,
  "/teacher/sets": DEMO_SET_TITLE,
  "/teacher/articles/[slug]": PRIVATE_TITLE,
  "/teacher/classes/[id]": "Ana Lima",
  "/teacher/sets/[id]/assign": DEMO_CLASS_NAME,
  "/teacher/live/[id]": DEMO_SET_TITLE,
  "/teacher/live": DEMO_SET_TITLE,
  "/teacher/live/[id]/results": DEMO_SET_TITLE,
  "/teacher/sets/[id]/worksheet": DEMO_SET_TITLE,
  "/teacher/assignments/[id]/results/students/[studentId]": "Ana Lima",
};

let fixtures: Fixtures;
const contexts: Partial<Record<"owner" | "anonymous" | "student" | "otherTeacher", BrowserContext>> = {};

async function newSignedIn(browser: Browser, signInWith: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWith(page);
  await page.close();
  return context;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  // The demo seed's articles are shared library content; an article of the demo teacher's own is
  // private while it has only drafts, which is what the article pages must keep from others.
  contexts.owner = await newSignedIn(browser, async (page) => {
    await signIn(page, DEMO_TEACHER);
    await addArticle(page, { title: PRIVATE_TITLE, text: NEWS_ARTICLE });
    // A live game of the demo set: its host and presenter pages are the teacher's alone.
    await page.goto("/teacher/sets");
    await page.getByRole("link", { name: DEMO_SET_TITLE }).click();
    await page.getByRole("button", { name: "Host live" }).click();
    await page.waitForURL(/\/teacher\/live\/\w+$/);
  });
  const db = await openTestDb();
  const { slug } = (await db.get("SELECT slug FROM Article WHERE title = ?", PRIVATE_TITLE)) as { slug: string };
  await db.close();
  fixtures = await readFixtures(slug);
  contexts.anonymous = await browser.newContext();
  contexts.student = await newSignedIn(browser, (page) => signUpStudent(page, uniqueName("Matrix Student")));
  contexts.otherTeacher = await newSignedIn(browser, (page) => signUpTeacher(page, uniqueName("Matrix Teacher")));
});

test.afterAll(async () => {
  for (const context of Object.values(contexts)) await context?.close();
});

test("the matrix discovers the teacher pages", () => {
  expect(PAGES).toContain("/teacher");
  expect(PAGES).toContain("/teacher/classes/[id]");
  const dynamic = PAGES.filter((route) => route.includes("["));
  const missing = dynamic.filter((route) => !(route in PARAMS));
  expect(missing, `teacher pages with no PARAMS entry in e2e/role-matrix.spec.ts: ${missing.join(", ")}`).toEqual([]);
  expect(Object.keys(PARAMS).filter((route) => !PAGES.includes(route)), "stale PARAMS entries").toEqual([]);
});

for (const route of PAGES) {
  test(`${route}: visitor → sign in, student → refused, other teacher → ${route.includes("[") ? "not found" : "only their own"}`, async () => {
    const url = urlOf(route, fixtures);

    // The owner, the visitor and the student are answered by the server alone (a page, a redirect,
    // a refusal), so their responses are read over HTTP with each one's cookies: the markup and the
    // RSC payload are all a leak could be in, and the matrix costs a third of the page loads.
    const asOwner = await contexts.owner!.request.get(url);
    expect(asOwner.status(), `the demo teacher opens ${url}`).toBe(200);
    const ownerHtml = await asOwner.text();
    expect(headingsOf(ownerHtml)).not.toContain("That page is for teachers");
    // 200 means the page was found, except where a loading.tsx streams the status first; there the
    // owner's own data, looked for below, shows the page itself came.
    if (streamed(route)) expect(OWNER_SEES[route], `a streamed route needs an OWNER_SEES entry: ${route}`).toBeDefined();
    if (OWNER_SEES[route]) expect(ownerHtml).toContain(OWNER_SEES[route]);

    const asVisitor = await contexts.anonymous!.request.get(url);
    expect(asVisitor.url()).toMatch(new RegExp(`/sign-in\\?callbackUrl=`));
    expect(headingsOf(await asVisitor.text())).toContainEqual(expect.stringMatching(/sign in/i));
    await expectNoSecrets(asVisitor, fixtures, "a visitor");

    const asStudent = await contexts.student!.request.get(url);
    expect(headingsOf(await asStudent.text())).toContain("That page is for teachers");
    await expectNoSecrets(asStudent, fixtures, "a student");

    // Another teacher's not-found page is drawn by the browser from the RSC payload, so this one is
    // a real page load.
    const other = await contexts.otherTeacher!.newPage();
    const res = await other.goto(url);
    if (route.includes("[")) {
      await expect(other.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
      expect(res?.status(), `another teacher at ${url}`).toBe(streamed(route) ? 200 : 404);
    } else {
      expect(res?.status()).toBe(200);
      await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(other.getByRole("heading", { name: "That page is for teachers" })).toHaveCount(0);
    }
    await expectNoSecrets(other, fixtures, "another teacher");
    await other.close();
  });
}

// Pages for any signed-in role, outside app/(teacher): a visitor is sent to sign in, every role
// opens their own (and sees nothing of the demo teacher's).
for (const route of ["/account"]) {
  test(`${route}: visitor → sign in, student and teachers → their own`, async () => {
    const anonymous = await contexts.anonymous!.newPage();
    await anonymous.goto(route);
    await expect(anonymous).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(route)}$`));
    await expect(anonymous.getByRole("heading", { name: /sign in/i })).toBeVisible();
    await anonymous.close();
    for (const who of ["student", "otherTeacher", "owner"] as const) {
      const page = await contexts[who]!.newPage();
      const res = await page.goto(route);
      expect(res?.status(), `${who} opens ${route}`).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSecrets(page, fixtures, who);
      await page.close();
    }
  });
}
