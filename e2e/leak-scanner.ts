import type { Page, Response } from "@playwright/test";
import type { Question } from "@/lib/generation/question-schema";

const TEXTUAL = /text\/html|text\/x-component|application\/json|text\/plain/;

/** Records every HTML, RSC and JSON body the page receives, to search for answer keys. */
export function recordBodies(page: Page) {
  const bodies: { url: string; body: string }[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (res: Response) => {
    const type = res.headers()["content-type"] ?? "";
    if (!TEXTUAL.test(type)) return;
    pending.push(
      res
        .text()
        .then((body) => void bodies.push({ url: res.url(), body }))
        .catch(() => undefined),
    );
  };
  page.on("response", onResponse);
  return {
    async stop() {
      page.off("response", onResponse);
      await Promise.all(pending);
      return bodies;
    },
  };
}

/**
 * What would give an answer away: the key's field names, each explanation, and the answer text
 * of types whose answer is not already one of the visible options.
 */
export function secretsOf(questions: Question[]): string[] {
  const secrets = new Set<string>(['"answerText"', '"explanation"', '\\"answerText\\"', '\\"explanation\\"']);
  for (const q of questions) {
    secrets.add(q.explanation);
    if (q.type === "numeric" || q.type === "fill_blank") secrets.add(q.answerText);
  }
  return [...secrets];
}

export function findLeaks(bodies: { url: string; body: string }[], secrets: string[]) {
  const leaks: { url: string; secret: string }[] = [];
  for (const { url, body } of bodies) {
    // RSC payloads inside HTML are JSON-escaped strings; search both forms.
    const unescaped = body.replace(/\\"/g, '"').replace(/\\\\/g, "\\");
    for (const secret of secrets) {
      if (body.includes(secret) || unescaped.includes(secret)) leaks.push({ url, secret });
    }
  }
  return leaks;
}
