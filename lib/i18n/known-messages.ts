// Messages the app's code writes in English (a schema's message, an error thrown deep in lib/) told
// apart by their text: each is in messages/en.json verbatim, so its key there gives it in the
// teacher's language. A message with {name} placeholders matches with its values read back
// ("You already have 3 articles…" → tooManyJobs, { n: "3" }). Plain {name} placeholders only.

type Tree = { [key: string]: string | Tree };

export type KnownMessage = { key: string; values: Record<string, string> };

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function matcher(template: string): ((message: string) => Record<string, string> | null) | null {
  if (/\{\s*\w+\s*,/.test(template)) return null; // ICU plural or select: not written by code
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escape(part);
      names.push(name);
      return "(.+?)";
    })
    .join("");
  if (names.length === 0) return (message) => (message === template ? {} : null);
  const pattern = new RegExp(`^${source}$`, "s");
  return (message) => {
    const match = pattern.exec(message);
    return match ? Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) : null;
  };
}

/** Reads English messages back to their keys in `english` (a namespace of messages/en.json). */
export function knownMessages(english: Tree): (message: string) => KnownMessage | null {
  const entries = flatten(english).flatMap(([key, template]) => {
    const match = matcher(template);
    return match ? [{ key, match }] : [];
  });
  return (message) => {
    for (const { key, match } of entries) {
      const values = match(message);
      if (values) return { key, values };
    }
    return null;
  };
}

/** `message` in the language `t` speaks, when it is one of `english`'s; else as it is. */
export function translateKnown(message: string, read: (message: string) => KnownMessage | null, t: (key: string, values?: Record<string, string>) => string): string {
  const known = read(message);
  return known ? t(known.key, known.values) : message;
}
