import { expect, type Page } from "@playwright/test";
import en from "@/messages/en.json";
import { openTestDb, SEED_SLUG } from "./helpers";
import { atWidths } from "./screenshots";

// The Korean interface's scanner (issue 17), shared by the journeys that walk pages in Korean:
// `untranslated` fails on a message key shown instead of its message (next-intl and the client
// messages both show the key when a message is missing) and on English words of messages/en.json
// left in the page. Content (the article, its questions, names) is English on purpose and is taken
// out before scanning (contentOf).

type Tree = { [key: string]: string | Tree };

function messagesOf(tree: Tree, prefix = ""): [key: string, text: string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : messagesOf(v, `${prefix}${k}.`)));
}

const MESSAGES = messagesOf(en as Tree);
const NAMESPACES = [...new Set(MESSAGES.map(([key]) => key.split(".")[0]!))];
/** "client.quiz.check", "result.scored": a key shown in place of its message. */
const KEY_PATTERN = new RegExp(`\\b(?:${NAMESPACES.join("|")})\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)*`, "g");
/**
 * Words that stay as they are in Korean: names, a symbol, a game's PIN ("게임 PIN", as Korean quiz
 * games say it), and the file formats' names (GIFT, Aiken, Moodle XML, CSV: said as they are).
 */
const KEPT = new Set(["factdeck", "korea", "joongang", "daily", "utc", "english", "npm", "start", "txt", "pin", "gift", "aiken", "moodle", "xml", "csv", "json", "pdf", "utf"]);
/** The English words of the interface: every word of three letters or more in en.json's messages, placeholders and tags left out. */
const ENGLISH_UI_WORDS = new Set(
  MESSAGES.flatMap(([, text]) => text.replace(/\{[^{}]*\}|<\/?\w+>/g, " ").toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !KEPT.has(w)),
);

/** The page's text as a person or a screen reader meets it: text nodes, labels, titles, and the document title. */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-valuetext]")) {
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-valuetext"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/**
 * The texts that are content, not interface: the article, its facts' labels and its questions (the
 * engine's English, on purpose), and the names given.
 */
export async function contentOf(extra: string[]): Promise<string[]> {
  const db = await openTestDb();
  try {
    const article = (await db.get("SELECT id, title, rawText FROM Article WHERE slug = ?", SEED_SLUG)) as { id: string; title: string; rawText: string };
    const bodies = ((await db.all("SELECT bodyJson FROM Question WHERE articleId = ?", article.id)) as { bodyJson: string }[]).map((r) => JSON.parse(r.bodyJson) as unknown);
    const labels = ((await db.all("SELECT label FROM Fact WHERE articleId = ?", article.id)) as { label: string }[]).map((r) => r.label);
    const strings: string[] = [article.title, article.rawText, ...labels];
    const collect = (v: unknown) => {
      if (typeof v === "string") strings.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    bodies.forEach(collect);
    return [...strings, ...extra].map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length > 0);
  } finally {
    await db.close();
  }
}

/** What is left of the interface in English or as raw keys on this page; empty when all of it is Korean. */
export async function untranslated(page: Page, content: string[]): Promise<string[]> {
  const corpus = content.join("\n");
  // Longest first, so a title is taken out whole before a shorter string inside it.
  const pieces = [...content].sort((a, b) => b.length - a.length);
  const problems: string[] = [];
  for (const raw of await pageTexts(page)) {
    const text = raw.replace(/\s+/g, " ");
    for (const key of text.match(KEY_PATTERN) ?? []) problems.push(`untranslated key ${key} in “${text}”`);
    if (corpus.includes(text)) continue; // a piece of the article or a question, as it is
    let rest = text;
    for (const piece of pieces) if (piece.length > 1 && rest.includes(piece)) rest = rest.split(piece).join(" ");
    // Answers as the student gave them (an order "a → b", a number with its unit) are content too.
    const words = (rest.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => ENGLISH_UI_WORDS.has(w) && !corpus.toLowerCase().includes(w));
    if (words.length > 0) problems.push(`English (${words.join(", ")}) in “${text}”`);
  }
  return [...new Set(problems)];
}

export async function expectKorean(page: Page, label: string, content: string[]) {
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  expect(await untranslated(page, content), `English left on ${label}`).toEqual([]);
}

/** Fails when the page scrolls sideways (text too long for the screen) at the width it has now. */
export async function expectNoSidewaysOverflow(page: Page, name: string, width: number) {
  // Polled: a chart sized for the previous width (ResizeObserver) takes a moment to follow.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${name} overflows sideways at ${width} px`, timeout: 10_000 })
    .toBeLessThanOrEqual(0);
}

/** The page at the four usual widths, each checked for sideways overflow, and screenshots of it under test-results/shots/<folder>/. */
export async function shoot(page: Page, name: string, folder = "ko") {
  await atWidths(page, `${folder}/${name}`, { check: (width) => expectNoSidewaysOverflow(page, name, width) });
}
